export * from './test-database';
export * from './test-queues';
export * from './wait-for';
export * from './free-port';
export * from './graphql-client';
export * from './test-system';
export * from './xml-document';
export * from './test-tokens';
