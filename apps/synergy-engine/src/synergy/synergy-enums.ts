import { enumObject, registerLabelledEnum } from '@symbiose/platform';
import {
  DISMISSAL_REASON_LABELS,
  PAIR_RULE_LABELS,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  RECOMPUTE_STATE_LABELS,
  RULE_VERDICT_LABELS,
  SCORE_TERM_LABELS,
  SYNERGY_KIND_LABELS,
  SYNERGY_KINDS,
  SYNERGY_ORDER_LABELS,
  SYNERGY_STATUS_LABELS,
  SYNERGY_STATUSES,
  SYNERGY_SUPPLY_LABELS,
} from '@symbiose/contracts';
import {
  COLLECTIVE_NEED_GROUP_CODES,
  COLLECTIVE_NEED_LABELS,
  type Labels,
} from '@symbiose/taxonomy';
import { Theme } from '@symbiose/taxonomy-graphql';
import type { PairRuleCode, RuleVerdict } from '../matching';
import { DISMISSAL_REASONS } from './dismissal-reason';

// One Theme enum for every subgraph that returns a Category.
export { Theme };

export const SynergyKind = enumObject(SYNERGY_KINDS);
export const SynergyStatusEnum = enumObject(SYNERGY_STATUSES);
export const ParticipantRole = enumObject(PARTICIPANT_ROLES);
export const SynergyOrder = enumObject(['SCORE', 'DETECTED_AT'] as const);
export type SynergyOrder = keyof typeof SynergyOrder;
export const DismissalReasonEnum = enumObject(DISMISSAL_REASONS);
export const CollectiveNeedCode = enumObject(COLLECTIVE_NEED_GROUP_CODES);
export const SynergySupply = enumObject(['DECLARED_RESOURCE', 'TRADE'] as const);
export const RecomputeState = enumObject(['IDLE', 'PENDING', 'RUNNING', 'FAILED'] as const);
export type RecomputeState = keyof typeof RecomputeState;

registerLabelledEnum(
  SynergyKind,
  {
    name: 'SynergyKind',
    description:
      'COLLECTIVE: firms of a zone sharing one need (mutualisation); B2B: one firm’s resource meeting another’s need (substitution)',
  },
  SYNERGY_KIND_LABELS,
);
registerLabelledEnum(
  SynergyStatusEnum,
  {
    name: 'SynergyStatus',
    description:
      'DETECTED → QUALIFIED → STUDYING → SELECTED → IMPLEMENTING → OPERATIONAL, or DISMISSED / ABANDONED',
  },
  SYNERGY_STATUS_LABELS,
);
registerLabelledEnum(ParticipantRole, { name: 'SynergyParticipantRole' }, PARTICIPANT_ROLE_LABELS);
registerLabelledEnum(
  SynergyOrder,
  {
    name: 'SynergyOrder',
    description: 'SCORE: best first; DETECTED_AT: newest first. Ties by id.',
  },
  SYNERGY_ORDER_LABELS,
);
registerLabelledEnum(
  CollectiveNeedCode,
  {
    name: 'CollectiveNeedCode',
    description: 'The collective needs a programme pools, each gathering one or more categories',
  },
  COLLECTIVE_NEED_LABELS,
);
registerLabelledEnum(
  SynergySupply,
  {
    name: 'SynergySupply',
    description:
      'DECLARED_RESOURCE: the supplier declared the resource; TRADE: the supplier’s activity ' +
      '(its NAF code) supplies the need, with no declared resource: a lead to confirm, scored apart',
  },
  SYNERGY_SUPPLY_LABELS,
);
registerLabelledEnum(
  RecomputeState,
  {
    name: 'RecomputeState',
    description:
      'RUNNING: a recompute is under way; PENDING: requests wait for one; FAILED: the last attempt failed after the last request; IDLE: up to date',
  },
  RECOMPUTE_STATE_LABELS,
);
registerLabelledEnum(
  DismissalReasonEnum,
  { name: 'DismissalReason', description: 'Why a synergy was dismissed' },
  DISMISSAL_REASON_LABELS,
);

/** Typed as every rule of the matching: a rule without its labels does not compile. */
const PAIR_RULE_WORDS: Readonly<Record<PairRuleCode, Labels>> = PAIR_RULE_LABELS;
export const PairRule = enumObject(Object.keys(PAIR_RULE_WORDS) as PairRuleCode[]);
registerLabelledEnum(
  PairRule,
  { name: 'PairRule', description: 'A rule a B2B pair is checked against beyond its categories' },
  PAIR_RULE_WORDS,
);

/** The verdicts a proposed synergy's rules can have: a FAILED rule means no synergy. */
export type ProposedVerdict = Exclude<RuleVerdict, 'FAILED'>;
const VERDICT_WORDS: Readonly<Record<ProposedVerdict, Labels>> = RULE_VERDICT_LABELS;
export const RuleVerdictEnum = enumObject(Object.keys(VERDICT_WORDS) as ProposedVerdict[]);
registerLabelledEnum(
  RuleVerdictEnum,
  {
    name: 'RuleVerdict',
    description:
      'MET: the facts show the rule holds; TO_CONFIRM: a fact is missing; STEP_REQUIRED: lawful once a step is taken (an authorisation, end-of-waste status)',
  },
  VERDICT_WORDS,
);

export const ScoreTerm = enumObject(
  Object.keys(SCORE_TERM_LABELS) as (keyof typeof SCORE_TERM_LABELS)[],
);
export type ScoreTerm = keyof typeof ScoreTerm;
registerLabelledEnum(
  ScoreTerm,
  {
    name: 'ScoreTerm',
    description:
      'A term of a synergy’s score: COMPATIBILITY, QUANTITY_COVERAGE, DISTANCE_DECAY and FREQUENCY_FIT for B2B (DISTANCE_DECAY alone for a supply by trade); MEMBERS and SUPPLY_COVERAGE for COLLECTIVE',
  },
  SCORE_TERM_LABELS,
);
