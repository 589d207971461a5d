import {
  AccessPolicy,
  aggregates,
  anyOf,
  argument,
  asParent,
  facilitators,
  facilitatorsOrOwn,
  nullUnless,
  ownOrganization,
  memberOfAny,
  organizationsOfRow,
  parentId,
} from '@symbiose/platform';
import { Synergy } from './synergy/synergy.entity';
import { SynergyParticipantModel } from './synergy/synergy.model';

const synergyOrganizations = (...path: string[]) =>
  organizationsOfRow(Synergy, argument(...path), (synergy) => synergy.organizationIds);

/**
 * Who a participant is: open to facilitators and to the participant itself;
 * to the other side of a B2B synergy once both sides consented to meet.
 */
const identityVisible = anyOf(
  facilitators,
  ownOrganization(({ parent }) => (parent as SynergyParticipantModel).organizationId),
  ({ parent }) => (parent as SynergyParticipantModel).introduced,
);

/**
 * Who may call what in the synergy engine (see AccessPolicy). A company
 * member sees the synergies its organization takes part in.
 */
export const SYNERGY_ENGINE_ACCESS: AccessPolicy = {
  'Query.synergies': facilitatorsOrOwn(argument('filter', 'organizationId')),
  'Query.synergy': anyOf(facilitators, memberOfAny(synergyOrganizations('id'))),
  'Organization.synergies': facilitatorsOrOwn(parentId),
  'Zone.synergies': facilitators,
  'Synergy.participants': asParent,
  'SynergyParticipant.organization': nullUnless(identityVisible),
  'SynergyParticipant.contact': nullUnless(identityVisible),
  'SynergyParticipant.anonymous': asParent,
  'SynergyParticipant.consentedToIntroduction': asParent,
  'Mutation.consentToIntroduction': memberOfAny(synergyOrganizations('input', 'synergyId')),
  'Mutation.withdrawIntroductionConsent': memberOfAny(synergyOrganizations('synergyId')),
  'Synergy.history': asParent,
  'Mutation.changeSynergyStatus': facilitators,
  'SynergyExportController.csv': facilitators,
  'SynergyExportController.geojson': facilitators,

  'Zone.matchableOrganizationCount': aggregates,
  'Zone.collectiveSynergyCount': aggregates,
  'Zone.b2bSynergyCount': aggregates,
  'Zone.synergyCountsByStatus': aggregates,
  'Query.wasteFlows': aggregates,

  'Query.recomputeStatus': facilitators,
  'Mutation.requestRecompute': facilitators,
};
