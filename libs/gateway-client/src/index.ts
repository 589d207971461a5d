export * from './graphql-client';
export * from './wait';
