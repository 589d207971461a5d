/** @type {import('jest').Config} */
module.exports = {
  displayName: 'taxonomy-graphql',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
