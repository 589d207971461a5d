import { importedInto, importOfCaller } from '@symbiose/imports';
import {
  AccessPolicy,
  allow,
  anyOf,
  adminOnly,
  anySignedIn,
  argument,
  asParent,
  facilitatorsOf,
  facilitatorsOrOwn,
  filteredBy,
  inTerritory,
  inZone,
  ofOrganization,
  ofRow,
  otherServices,
  parentId,
  together,
} from '@symbiose/platform';
import { sharedWithCaller } from '../partners/partners.access-policy';
import { Contact } from './contact/contact.entity';
import { Organization } from './organization/organization.entity';

const organizationScope = (organization: Organization) => ({
  territoryIds: [organization.territoryId],
});

/** A new organization's territory: the one named, or its zone's. */
const registeredIn = together(
  inTerritory(argument('input', 'territoryId')),
  inZone(argument('input', 'zoneId')),
);

/** An organization's territory, and its new zone's when it moves. */
const updatedOrganization = together(
  ofOrganization(argument('input', 'id')),
  inZone(argument('input', 'zoneId')),
);

/**
 * Who may call what in the directory's core (see AccessPolicy). Territories and zones are public
 * geography; an organization is its facilitators', its own, and the partners' it agreed to be
 * known by.
 */
export const CORE_ACCESS: AccessPolicy = {
  'Query.territories': anySignedIn,
  'Query.territory': anySignedIn,
  'Query.zones': anySignedIn,
  'Query.zone': anySignedIn,
  'Territory.zones': asParent,
  'Zone.territory': asParent,
  'Zone.organizationCount': anySignedIn,

  'Query.organizations': facilitatorsOf(filteredBy(argument('filter'))),
  'Query.organization': anyOf(facilitatorsOrOwn(argument('id')), sharedWithCaller(argument('id'))),
  'Query.organizationBySiret': facilitatorsOf(
    ofRow(Organization, argument('siret'), organizationScope, { column: 'siret', uuid: false }),
  ),
  'OrganizationExportController.csv': facilitatorsOf(inZone(argument('zoneId'))),
  'OrganizationExportController.geojson': facilitatorsOf(inZone(argument('zoneId'))),
  'Organization.zone': asParent,
  'Organization.territory': asParent,
  'Organization.nafActivity': asParent,
  'Organization.address': asParent,
  'Organization.authorisations': asParent,
  'Organization.contacts': facilitatorsOrOwn(parentId),

  // What the other services' replicas lack, asked with their own SERVICE token.
  'ReplicaSourceController.organizations': otherServices,
  'ReplicaSourceController.zones': otherServices,
  'ReplicaSourceController.territories': otherServices,

  'Mutation.createTerritory': adminOnly,
  'Mutation.createZone': adminOnly,
  'Mutation.updateZone': adminOnly,
  'Mutation.registerOrganization': facilitatorsOf(registeredIn),
  'Mutation.updateOrganization': facilitatorsOf(updatedOrganization),
  'Mutation.archiveOrganization': facilitatorsOf(ofOrganization(argument('id'))),
  'Contact.organization': asParent,
  'Mutation.addContact': facilitatorsOf(ofOrganization(argument('input', 'organizationId'))),
  'Mutation.removeContact': facilitatorsOf(
    ofRow(Contact, argument('id'), (contact) => ({ organizationIds: [contact.organizationId] })),
  ),

  // Partner bodies bring their members' establishments in too, and follow their own imports.
  'OrganizationImportController.upload': anyOf(
    facilitatorsOf(together(inZone(argument('zoneId')), inTerritory(argument('territoryId')))),
    allow('PARTNER'),
  ),
  'OrganizationImportController.status': anyOf(
    facilitatorsOf(importedInto(argument('id'))),
    importOfCaller(argument('id')),
  ),
  'Query.organizationImport': anyOf(
    facilitatorsOf(importedInto(argument('id'))),
    importOfCaller(argument('id')),
  ),
  'OrganizationImport.errors': asParent,
};
