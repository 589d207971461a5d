export * from './envelope';
export * from './catalogue';
export * from './directory/organization-events';
export * from './directory/zone-events';
export * from './interviews/declaration-events';
export * from './synergy/synergy-events';
export * from './workshops/scenario-events';
export * from './audit/audit-events';
