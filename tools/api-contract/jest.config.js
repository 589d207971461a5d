/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api-contract',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
