import { WORKSHOP_KIND_LABELS, WORKSHOP_STATUS_LABELS } from '@symbiose/contracts';
import { registerLabelledEnum } from '@symbiose/platform';

export const WORKSHOP_KINDS = [
  'AWARENESS_EVENT',
  'NETWORKING',
  'PRIORITISATION',
  'STEERING_COMMITTEE',
  'TECHNICAL_COMMITTEE',
  'FOLLOW_UP_GROUP',
] as const;
export const WORKSHOP_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;

export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];
export const WorkshopKind = Object.fromEntries(WORKSHOP_KINDS.map((k) => [k, k])) as {
  [K in WorkshopKind]: K;
};

export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
export const WorkshopStatus = Object.fromEntries(WORKSHOP_STATUSES.map((s) => [s, s])) as {
  [S in WorkshopStatus]: S;
};

registerLabelledEnum(
  WorkshopKind,
  {
    name: 'WorkshopKind',
    description: 'STEERING_COMMITTEE is the COPIL, TECHNICAL_COMMITTEE the COTECH',
  },
  WORKSHOP_KIND_LABELS,
);
registerLabelledEnum(WorkshopStatus, { name: 'WorkshopStatus' }, WORKSHOP_STATUS_LABELS);
