export * from './synergy-case.schema';
export type { CaseIssue } from './case-references';
export * from './read-synergy-case-file';
export * from './annual-quantity';
export * from './score-case';
export * from './score-set';
export * from './format-score';
