import { isUUID } from 'class-validator';
import { importedInto, importOfCaller } from '@symbiose/imports';
import { hasRole } from '@symbiose/tokens';
import { PartnerShareService } from './partner-share/partner-share.service';
import { WebhookSubscriptionService } from './webhook/webhook-subscription.service';
import {
  Accessor,
  AccessPolicy,
  AccessRule,
  allow,
  anyOf,
  adminOnly,
  aggregates,
  anySignedIn,
  argument,
  asParent,
  facilitatorsOf,
  facilitatorsOrOwn,
  filteredBy,
  inTerritory,
  inZone,
  nullUnless,
  ofOrganization,
  ofRow,
  otherServices,
  parentId,
  refuseOutOfReach,
  together,
} from '@symbiose/platform';
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
 * A partner body on an organization that agreed to be known by it; any other (or an unknown one)
 * is out of its reach.
 */
const sharedWithCaller =
  (organizationOf: Accessor): AccessRule =>
  async (request) => {
    const { partnerId } = request.principal;
    if (!hasRole(request.principal, 'PARTNER') || partnerId === undefined) return false;
    const organizationId = organizationOf(request);
    const shared =
      typeof organizationId === 'string' &&
      isUUID(organizationId) &&
      (await request.services
        .get(PartnerShareService, { strict: false })
        .isShared(organizationId, partnerId));
    return shared || refuseOutOfReach(request, organizationOf);
  };

/** A partner body asking about itself: the partner named, if any, is the caller. */
const partnerItself =
  (partnerOf: Accessor): AccessRule =>
  (request) => {
    if (!hasRole(request.principal, 'PARTNER')) return false;
    const named = partnerOf(request);
    return (
      named === undefined ||
      named === request.principal.partnerId ||
      refuseOutOfReach(request, partnerOf)
    );
  };

/** A partner body on a webhook subscription it owns (an unknown id is owned by no one). */
const ownWebhook =
  (subscriptionOf: Accessor): AccessRule =>
  async (request) => {
    const { partnerId } = request.principal;
    if (!hasRole(request.principal, 'PARTNER') || partnerId === undefined) return false;
    const id = subscriptionOf(request);
    const owned =
      typeof id === 'string' &&
      isUUID(id) &&
      (await request.services
        .get(WebhookSubscriptionService, { strict: false })
        .isOwnedBy(id, partnerId));
    return owned || refuseOutOfReach(request, subscriptionOf);
  };

/** Who may call what in the directory (see AccessPolicy). Territories and zones are public geography. */
export const DIRECTORY_ACCESS: AccessPolicy = {
  'Query.territories': anySignedIn,
  'Query.territory': anySignedIn,
  'Query.zones': anySignedIn,
  'Query.zone': anySignedIn,
  'Territory.zones': asParent,
  'Zone.territory': asParent,
  'Zone.organizationCount': anySignedIn,
  'Zone.declarationFigures': aggregates,

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
  'Organization.sharedWithPartners': facilitatorsOrOwn(parentId),
  'Query.sharedOrganizations': partnerItself(argument('partnerId')),
  'Mutation.shareWithPartner': facilitatorsOrOwn(argument('organizationId')),
  'Mutation.stopSharingWithPartner': facilitatorsOrOwn(argument('organizationId')),

  'Query.assessmentGrid': anySignedIn,
  'Query.zoneAssessments': facilitatorsOf(inZone(argument('zoneId'))),
  'Query.compareZones': facilitatorsOf(inTerritory(argument('territoryId'))),
  'Query.zoneChoices': facilitatorsOf(inTerritory(argument('territoryId'))),
  'ZoneAssessment.zone': asParent,
  'ZoneAssessment.strengths': asParent,
  'ZoneAssessment.weaknesses': asParent,
  'ZoneChoice.zone': asParent,
  'AssessmentChartController.chart': facilitatorsOf(inTerritory(argument('id'))),
  'Territory.assessmentChartUrl': nullUnless(facilitatorsOf(inTerritory(parentId))),

  // What the other services' replicas lack, asked with their own SERVICE token.
  'ReplicaSourceController.organizations': otherServices,
  'ReplicaSourceController.zones': otherServices,
  'ReplicaSourceController.territories': otherServices,

  'Query.auditLog': adminOnly,
  'Query.apiKeys': adminOnly,
  'Mutation.createApiKey': adminOnly,
  'Mutation.revokeApiKey': adminOnly,

  // Webhooks: a partner reaches its own subscriptions only; ADMIN reaches every one.
  'Query.webhookSubscriptions': partnerItself(argument('partnerId')),
  'Query.webhookSubscription': ownWebhook(argument('id')),
  'WebhookSubscription.enabled': asParent,
  'WebhookSubscription.deliveries': asParent,
  'WebhookDelivery.attempts': asParent,
  'Mutation.registerWebhook': partnerItself(argument('input', 'partnerId')),
  'Mutation.enableWebhook': ownWebhook(argument('id')),
  'Mutation.disableWebhook': ownWebhook(argument('id')),
  'Mutation.deleteWebhook': ownWebhook(argument('id')),
  'Mutation.rotateWebhookSecret': ownWebhook(argument('id')),
  'Mutation.sendTestEvent': ownWebhook(argument('subscriptionId')),

  'Mutation.createTerritory': adminOnly,
  'Mutation.createZone': adminOnly,
  'Mutation.updateZone': adminOnly,
  'Mutation.publishAssessmentGrid': adminOnly,
  'Mutation.registerOrganization': facilitatorsOf(registeredIn),
  'Mutation.updateOrganization': facilitatorsOf(updatedOrganization),
  'Mutation.archiveOrganization': facilitatorsOf(ofOrganization(argument('id'))),
  'Contact.organization': asParent,
  'Mutation.addContact': facilitatorsOf(ofOrganization(argument('input', 'organizationId'))),
  'Mutation.removeContact': facilitatorsOf(
    ofRow(Contact, argument('id'), (contact) => ({ organizationIds: [contact.organizationId] })),
  ),
  'Mutation.enterIndicatorValue': facilitatorsOf(inZone(argument('input', 'zoneId'))),
  'Mutation.assessZone': facilitatorsOf(inZone(argument('zoneId'))),
  'Mutation.recordZoneChoice': facilitatorsOf(
    together(inTerritory(argument('territoryId')), inZone(argument('zoneId'))),
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
