/**
 * The questions of version 1 of the interview grid, the one the Cahors Sud campaign used, as the
 * interviews service publishes it (apps/interviews/src/interview-grid/cahors-sud-grid.ts). A copy,
 * because a tool may only import libraries; it is safe because a published grid never changes,
 * and the end-to-end test compares it with the grid the gateway serves.
 */
import type { Theme } from '@symbiose/taxonomy';

export const GRID_VERSION = 1;

export type AnswerType = 'TEXT' | 'NUMBER' | 'BOOLEAN' | 'CHOICE' | 'MULTI_CHOICE';

export interface GridQuestion {
  theme: Theme;
  key: string;
  answerType: AnswerType;
  choices?: readonly string[];
}

export const POOLING_CHOICES = [
  'SECURITY',
  'CATERING',
  'GREEN_SPACES',
  'NETWORK',
  'WASTE_COLLECTION',
  'GROUP_PURCHASING',
  'MOBILITY',
] as const;
export type PoolingChoice = (typeof POOLING_CHOICES)[number];

export const RECRUITMENT_DIFFICULTIES = ['NONE', 'SOME', 'SEVERE'] as const;
export type RecruitmentDifficulty = (typeof RECRUITMENT_DIFFICULTIES)[number];

/** In the grid's order, section by section. */
export const GRID_V1_QUESTIONS: readonly GridQuestion[] = [
  { theme: 'SERVICES', key: 'services.outsourced', answerType: 'TEXT' },
  {
    theme: 'SERVICES',
    key: 'services.pooling_interest',
    answerType: 'MULTI_CHOICE',
    choices: POOLING_CHOICES,
  },
  { theme: 'EQUIPMENT', key: 'equipment.underused', answerType: 'TEXT' },
  { theme: 'EQUIPMENT', key: 'equipment.would_lend', answerType: 'BOOLEAN' },
  { theme: 'MATERIALS_WASTE', key: 'waste.sorted_on_site', answerType: 'BOOLEAN' },
  { theme: 'MATERIALS_WASTE', key: 'waste.annual_cost_eur', answerType: 'NUMBER' },
  { theme: 'MATERIALS_WASTE', key: 'waste.main_flows', answerType: 'TEXT' },
  {
    theme: 'HR_ANIMATION',
    key: 'hr.recruitment_difficulty',
    answerType: 'CHOICE',
    choices: RECRUITMENT_DIFFICULTIES,
  },
  { theme: 'HR_ANIMATION', key: 'hr.shared_jobs_interest', answerType: 'BOOLEAN' },
  { theme: 'FLUIDS', key: 'fluids.energy_bill_eur', answerType: 'NUMBER' },
  { theme: 'FLUIDS', key: 'fluids.waste_heat', answerType: 'BOOLEAN' },
  { theme: 'FLUIDS', key: 'fluids.water_use_m3', answerType: 'NUMBER' },
];
