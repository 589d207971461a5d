export * from './test-service';
export * from './stub-directory';
