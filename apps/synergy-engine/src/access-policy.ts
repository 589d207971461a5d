import {
  AccessPolicy,
  aggregates,
  anyOf,
  argument,
  asParent,
  facilitators,
  facilitatorsOrOwn,
  memberOfAny,
  organizationsOfRow,
  parentId,
} from '@symbiose/platform';
import { Synergy } from './synergy/synergy.entity';

/**
 * Who may call what in the synergy engine (see AccessPolicy). A company
 * member sees the synergies its organization takes part in.
 */
export const SYNERGY_ENGINE_ACCESS: AccessPolicy = {
  'Query.synergies': facilitatorsOrOwn(argument('filter', 'organizationId')),
  'Query.synergy': anyOf(
    facilitators,
    memberOfAny(organizationsOfRow(Synergy, argument('id'), (synergy) => synergy.organizationIds)),
  ),
  'Organization.synergies': facilitatorsOrOwn(parentId),
  'Zone.synergies': facilitators,
  'Synergy.participants': asParent,
  'Synergy.history': asParent,
  'Mutation.changeSynergyStatus': facilitators,

  'Zone.matchableOrganizationCount': aggregates,
  'Zone.collectiveSynergyCount': aggregates,
  'Zone.b2bSynergyCount': aggregates,

  'Query.recomputeStatus': facilitators,
  'Mutation.requestRecompute': facilitators,
};
