export * from './directory-labels';
export * from './interviews-labels';
export * from './synergy-labels';
export * from './workshops-labels';
