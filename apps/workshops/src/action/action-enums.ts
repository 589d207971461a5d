import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@symbiose/platform';
import { THEMES } from '@symbiose/taxonomy';

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

export type Theme = (typeof THEMES)[number];
export const Theme = enumObject(THEMES);

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'PROPOSED → PRIORITISED → PLANNED → IN_PROGRESS → DONE, or DROPPED before DONE',
});
registerEnumType(ActionCarrier, {
  name: 'ActionCarrier',
  description: 'Who carries an action: the programme team, the firms, or a partner body',
});
registerEnumType(Theme, { name: 'Theme' });
