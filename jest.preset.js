/**
 * Shared Jest settings: TypeScript through SWC (with decorator metadata, which
 * NestJS, TypeORM and GraphQL code-first need) and the @symbiose/* aliases.
 */
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: [path.join(__dirname, 'tools/jest/error-reasons.setup.js')],
  moduleNameMapper: {
    '^@symbiose/system$': path.join(__dirname, 'tools/system'),
    '^@symbiose/(.*)$': path.join(__dirname, 'libs/$1/src'),
  },
};
