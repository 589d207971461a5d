import { ACTION_CARRIER_LABELS, ACTION_STATUS_LABELS } from '@symbiose/contracts';
import { enumObject, registerLabelledEnum } from '@symbiose/platform';

export const ACTION_STATUSES = [
  'PROPOSED',
  'PRIORITISED',
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
  'DROPPED',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ActionStatus = enumObject(ACTION_STATUSES);

export const ACTION_CARRIERS = ['ANIMATION', 'COMPANIES', 'PARTNER'] as const;
export type ActionCarrier = (typeof ACTION_CARRIERS)[number];
export const ActionCarrier = enumObject(ACTION_CARRIERS);

// One Theme enum for every subgraph that returns a Category.
export { Theme } from '@symbiose/taxonomy-graphql';

registerLabelledEnum(
  ActionStatus,
  {
    name: 'ActionStatus',
    description: 'PROPOSED → PRIORITISED → PLANNED → IN_PROGRESS → DONE, or DROPPED before DONE',
  },
  ACTION_STATUS_LABELS,
);
registerLabelledEnum(
  ActionCarrier,
  {
    name: 'ActionCarrier',
    description: 'Who carries an action: the programme team, the firms, or a partner body',
  },
  ACTION_CARRIER_LABELS,
);
