import { INTERVIEW_STATUS_LABELS } from '@symbiose/contracts';
import { registerLabelledEnum } from '@symbiose/platform';

export const INTERVIEW_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const InterviewStatus = Object.fromEntries(INTERVIEW_STATUSES.map((s) => [s, s])) as {
  [S in InterviewStatus]: S;
};

registerLabelledEnum(
  InterviewStatus,
  {
    name: 'InterviewStatus',
    description: 'PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED before completion',
  },
  INTERVIEW_STATUS_LABELS,
);
