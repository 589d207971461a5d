import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Who may import whom, by the projects' tags: `type:app` (a service), `type:lib` (code services
 * share), `type:tool` (a tool run by hand or by `npm start`, the launcher of the built system among
 * them), `type:test-lib` (what tests share) and `type:test-suite` (a suite with its own harness).
 * Test libraries are for tests only: production code may not import them, test files may.
 */
// What tests may use: the shared code, the tools (the system's launcher) and the test libraries.
const FOR_TESTS = ['type:lib', 'type:tool', 'type:test-lib'];
const PRODUCTION_DEPENDENCIES = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
  { sourceTag: 'type:test-lib', onlyDependOnLibsWithTags: FOR_TESTS },
  { sourceTag: 'type:test-suite', onlyDependOnLibsWithTags: FOR_TESTS },
];
const TEST_DEPENDENCIES = PRODUCTION_DEPENDENCIES.map(({ sourceTag }) => ({
  sourceTag,
  onlyDependOnLibsWithTags: FOR_TESTS,
}));
/** Specs beside the code, integration tests and benchmarks: the files that may use test libraries. */
const TEST_FILES = ['**/*.spec.ts', '{apps,libs,tools}/*/test/**/*.ts', 'apps/*/bench/**/*.ts'];

const moduleBoundaries = (depConstraints) => ({
  '@nx/enforce-module-boundaries': ['error', { depConstraints }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.nx/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...moduleBoundaries(PRODUCTION_DEPENDENCIES),
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  { files: TEST_FILES, rules: moduleBoundaries(TEST_DEPENDENCIES) },
  prettier,
);
