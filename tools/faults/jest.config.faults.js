/**
 * The fault suite, run by `npm run test:faults` and not by `npm test`: it starts a PostgreSQL and
 * a Redis of its own and takes minutes.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'faults',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
};
