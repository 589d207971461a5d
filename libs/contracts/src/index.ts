export * from './envelope';
export * from './catalogue';
export * from './directory/organization-events';
export * from './directory/zone-events';
export * from './interviews/declaration-events';
