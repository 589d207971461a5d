#!/usr/bin/env node
/**
 * Runs a built project: `node tools/run-service.js <app | project-path> [entry]`,
 * e.g. `directory` (for apps/directory) or `tools/demo`.
 *
 * Each project is compiled with the workspace layout kept under
 * dist/<project-path>/ (its own code and the libs it uses), so the
 * @symbiose/* aliases of tsconfig.base.json resolve there.
 */
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

const [project, entry = 'main'] = process.argv.slice(2);
if (!project) {
  console.error('usage: node tools/run-service.js <app | project-path> [entry]');
  process.exit(2);
}
const projectPath = project.includes('/') ? project : `apps/${project}`;
const workspace = path.resolve(__dirname, '..');
const buildRoot = path.join(workspace, 'dist', projectPath);
const { paths } = tsconfigPaths.loadConfig(path.join(workspace, 'tsconfig.base.json'));
tsconfigPaths.register({ baseUrl: buildRoot, paths });
process.argv.splice(2, 2);
require(path.join(buildRoot, projectPath, 'src', `${entry}.js`));
