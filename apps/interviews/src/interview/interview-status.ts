import { registerEnumType } from '@nestjs/graphql';

export const INTERVIEW_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const InterviewStatus = Object.fromEntries(INTERVIEW_STATUSES.map((s) => [s, s])) as {
  [S in InterviewStatus]: S;
};

registerEnumType(InterviewStatus, {
  name: 'InterviewStatus',
  description: 'PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED before completion',
});
