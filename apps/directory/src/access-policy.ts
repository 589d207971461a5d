import { isUUID } from 'class-validator';
import { importOfCaller } from '@symbiose/imports';
import { hasRole } from '@symbiose/tokens';
import { PartnerShareService } from './partner-share/partner-share.service';
import {
  AccessPolicy,
  AccessRequest,
  AccessRule,
  allow,
  anyOf,
  adminOnly,
  aggregates,
  anySignedIn,
  argument,
  asParent,
  facilitators,
  facilitatorsOrOwn,
  parentId,
} from '@symbiose/platform';

/** A partner body on an organization that agreed to be known by it. */
const sharedWithCaller =
  (organizationOf: (request: AccessRequest) => unknown): AccessRule =>
  async (request) => {
    const { partnerId } = request.principal;
    const organizationId = organizationOf(request);
    return (
      hasRole(request.principal, 'PARTNER') &&
      partnerId !== undefined &&
      typeof organizationId === 'string' &&
      isUUID(organizationId) &&
      request.services
        .get(PartnerShareService, { strict: false })
        .isShared(organizationId, partnerId)
    );
  };

/** A partner body asking about itself: the partner named, if any, is the caller. */
const partnerItself =
  (partnerOf: (request: AccessRequest) => unknown): AccessRule =>
  (request) => {
    const named = partnerOf(request);
    return (
      hasRole(request.principal, 'PARTNER') &&
      (named === undefined || named === request.principal.partnerId)
    );
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

  'Query.organizations': facilitators,
  'Query.organization': anyOf(facilitatorsOrOwn(argument('id')), sharedWithCaller(argument('id'))),
  'Query.organizationBySiret': facilitators,
  'Organization.zone': asParent,
  'Organization.territory': asParent,
  'Organization.nafActivity': asParent,
  'Organization.address': asParent,
  'Organization.contacts': facilitatorsOrOwn(parentId),
  'Organization.sharedWithPartners': facilitatorsOrOwn(parentId),
  'Query.sharedOrganizations': anyOf(facilitators, partnerItself(argument('partnerId'))),
  'Mutation.shareWithPartner': facilitatorsOrOwn(argument('organizationId')),
  'Mutation.stopSharingWithPartner': facilitatorsOrOwn(argument('organizationId')),

  'Query.assessmentGrid': anySignedIn,
  'Query.zoneAssessments': facilitators,
  'Query.compareZones': facilitators,
  'Query.zoneChoices': facilitators,
  'ZoneAssessment.zone': asParent,
  'ZoneAssessment.strengths': asParent,
  'ZoneAssessment.weaknesses': asParent,
  'ZoneChoice.zone': asParent,
  'AssessmentChartController.chart': facilitators,

  'Query.auditLog': adminOnly,
  'Query.apiKeys': adminOnly,
  'Mutation.createApiKey': adminOnly,
  'Mutation.revokeApiKey': adminOnly,

  'Mutation.createTerritory': adminOnly,
  'Mutation.createZone': adminOnly,
  'Mutation.updateZone': adminOnly,
  'Mutation.publishAssessmentGrid': adminOnly,
  'Mutation.registerOrganization': facilitators,
  'Mutation.updateOrganization': facilitators,
  'Mutation.archiveOrganization': facilitators,
  'Mutation.addContact': facilitators,
  'Mutation.removeContact': facilitators,
  'Mutation.enterIndicatorValue': facilitators,
  'Mutation.assessZone': facilitators,
  'Mutation.recordZoneChoice': facilitators,

  // Partner bodies bring their members' establishments in too, and follow their own imports.
  'OrganizationImportController.upload': allow('FACILITATOR', 'PARTNER'),
  'OrganizationImportController.status': anyOf(facilitators, importOfCaller(argument('id'))),
  'Query.organizationImport': anyOf(facilitators, importOfCaller(argument('id'))),
  'OrganizationImport.errors': asParent,
};
