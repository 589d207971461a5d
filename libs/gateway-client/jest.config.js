/** @type {import('jest').Config} */
module.exports = {
  displayName: 'gateway-client',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
