export * from './test-database';
export * from './test-queues';
export * from './wait-for';
