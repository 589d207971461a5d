import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@symbiose/platform';
import { PARTICIPANT_ROLES, SYNERGY_KINDS, SYNERGY_STATUSES } from '@symbiose/contracts';
import { COLLECTIVE_NEED_GROUP_CODES, THEMES } from '@symbiose/taxonomy';
import { DISMISSAL_REASON_LABELS, DISMISSAL_REASONS } from './dismissal-reason';

export const SynergyKind = enumObject(SYNERGY_KINDS);
export const SynergyStatusEnum = enumObject(SYNERGY_STATUSES);
export const ParticipantRole = enumObject(PARTICIPANT_ROLES);
export const Theme = enumObject(THEMES);
export const SynergyOrder = enumObject(['SCORE', 'DETECTED_AT'] as const);
export type SynergyOrder = keyof typeof SynergyOrder;
export const DismissalReasonEnum = enumObject(DISMISSAL_REASONS);
export const CollectiveNeedCode = enumObject(COLLECTIVE_NEED_GROUP_CODES);
export const SynergySupply = enumObject(['DECLARED_RESOURCE', 'TRADE'] as const);
export const RecomputeState = enumObject(['IDLE', 'PENDING', 'RUNNING', 'FAILED'] as const);
export type RecomputeState = keyof typeof RecomputeState;

registerEnumType(SynergyKind, {
  name: 'SynergyKind',
  description:
    'COLLECTIVE: firms of a zone sharing one need (mutualisation); B2B: one firm’s resource meeting another’s need (substitution)',
});
registerEnumType(SynergyStatusEnum, {
  name: 'SynergyStatus',
  description:
    'DETECTED → QUALIFIED → STUDYING → SELECTED → IMPLEMENTING → OPERATIONAL, or DISMISSED / ABANDONED',
});
registerEnumType(ParticipantRole, { name: 'SynergyParticipantRole' });
registerEnumType(Theme, { name: 'Theme' });
registerEnumType(SynergyOrder, {
  name: 'SynergyOrder',
  description: 'SCORE: best first; DETECTED_AT: newest first. Ties by id.',
});
registerEnumType(CollectiveNeedCode, {
  name: 'CollectiveNeedCode',
  description: 'The collective needs a programme pools, each gathering one or more categories',
});
registerEnumType(SynergySupply, {
  name: 'SynergySupply',
  description:
    'DECLARED_RESOURCE: the supplier declared the resource; TRADE: the supplier’s activity ' +
    '(its NAF code) supplies the need, with no declared resource: a lead to confirm, scored apart',
});
registerEnumType(RecomputeState, {
  name: 'RecomputeState',
  description:
    'RUNNING: a recompute is under way; PENDING: requests wait for one; FAILED: the last attempt failed after the last request; IDLE: up to date',
});
registerEnumType(DismissalReasonEnum, {
  name: 'DismissalReason',
  description: 'Why a synergy was dismissed (French / English in each value’s description)',
  valuesMap: Object.fromEntries(
    DISMISSAL_REASONS.map((reason) => [
      reason,
      {
        description: `${DISMISSAL_REASON_LABELS[reason].fr} / ${DISMISSAL_REASON_LABELS[reason].en}`,
      },
    ]),
  ),
});
