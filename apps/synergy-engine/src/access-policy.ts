import {
  AccessPolicy,
  aggregates,
  anyOf,
  argument,
  asParent,
  anyFacilitator,
  facilitatorsOf,
  facilitatorsOrOwn,
  filteredBy,
  inTerritory,
  inZone,
  ofRow,
  nullUnless,
  otherServices,
  ownOrganization,
  memberOfAny,
  organizationsOfRow,
  parentId,
} from '@symbiose/platform';
import { Synergy } from './synergy/synergy.entity';
import { SynergyParticipantModel } from './synergy/synergy.model';

const synergyOrganizations = (...path: string[]) =>
  organizationsOfRow(Synergy, argument(...path), (synergy) => synergy.organizationIds);

/** Facilitators of the territory of the synergy a call names. */
const synergyFacilitators = (...path: string[]) =>
  facilitatorsOf(
    ofRow(Synergy, argument(...path), (synergy) => ({ territoryIds: [synergy.territoryId] })),
  );

/**
 * Who a participant is: open to facilitators (who reach a synergy only through
 * the rules of its territory) and to the participant itself; to the other side
 * of a B2B synergy once both sides consented to meet.
 */
const identityVisible = anyOf(
  anyFacilitator,
  ownOrganization(({ parent }) => (parent as SynergyParticipantModel).organizationId),
  ({ parent }) => (parent as SynergyParticipantModel).introduced,
);

/**
 * Who may call what in the synergy engine (see AccessPolicy). A company
 * member sees the synergies its organization takes part in.
 */
export const SYNERGY_ENGINE_ACCESS: AccessPolicy = {
  'Query.synergies': anyOf(
    facilitatorsOf(filteredBy(argument('filter'))),
    ownOrganization(argument('filter', 'organizationId')),
  ),
  'Query.synergy': anyOf(synergyFacilitators('id'), memberOfAny(synergyOrganizations('id'))),
  'Organization.synergies': facilitatorsOrOwn(parentId),
  'Zone.synergies': facilitatorsOf(inZone(parentId)),
  'Zone.b2bOpportunities': facilitatorsOf(inZone(parentId)),
  'Synergy.participants': asParent,
  'Synergy.category': asParent,
  'Synergy.resourceCategory': asParent,
  'CollectiveNeed.categories': asParent,
  'WasteFlow.wasteCodeEntry': asParent,
  'SynergyParticipant.organization': nullUnless(identityVisible),
  'SynergyParticipant.contact': nullUnless(identityVisible),
  'SynergyParticipant.anonymous': asParent,
  'SynergyParticipant.consentedToIntroduction': asParent,
  'Mutation.consentToIntroduction': memberOfAny(synergyOrganizations('input', 'synergyId')),
  'Mutation.withdrawIntroductionConsent': memberOfAny(synergyOrganizations('synergyId')),
  'Synergy.history': asParent,
  'Synergy.rationale': asParent,
  'Synergy.explanation': asParent,
  'Synergy.distanceKm': asParent,
  'Synergy.score': asParent,
  'Synergy.allocatedQuantity': asParent,
  'Synergy.collectiveNeed': asParent,
  'Synergy.supply': asParent,
  'Synergy.impact': asParent,
  'Synergy.collectiveImpact': asParent,
  'Synergy.euros': asParent,
  'Mutation.changeSynergyStatus': synergyFacilitators('input', 'id'),
  'Mutation.recordSynergyOutcome': synergyFacilitators('input', 'synergyId'),
  'Synergy.outcomes': asParent,
  'SynergyExportController.csv': facilitatorsOf(inZone(argument('zoneId'))),
  'SynergyExportController.geojson': facilitatorsOf(inZone(argument('zoneId'))),
  'SynergySourceController.digests': otherServices,
  'SynergySourceController.synergies': otherServices,

  'Zone.matchableOrganizationCount': aggregates,
  'Zone.collectiveSynergyCount': aggregates,
  'Zone.b2bSynergyCount': aggregates,
  'Zone.b2bOpportunityCount': aggregates,
  'Zone.synergyCountsByStatus': aggregates,
  'Zone.potentialImpact': aggregates,
  'Zone.realisedImpact': aggregates,
  'Query.wasteFlows': aggregates,

  'Query.dismissalReasonCounts': facilitatorsOf(inTerritory(argument('territoryId'))),
  'Query.territoryPotentialImpact': facilitatorsOf(inTerritory(argument('territoryId'))),
  'Query.territoryRealisedImpact': facilitatorsOf(inTerritory(argument('territoryId'))),

  'Query.matchingSettings': facilitatorsOf(inTerritory(argument('territoryId'))),
  'Mutation.updateMatchingSettings': facilitatorsOf(inTerritory(argument('input', 'territoryId'))),
  'MatchingSettings.history': asParent,

  'Query.recomputeStatus': facilitatorsOf(inZone(argument('zoneId'))),
  'Mutation.requestRecompute': facilitatorsOf(inZone(argument('zoneId'))),
};
