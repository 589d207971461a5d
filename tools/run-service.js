#!/usr/bin/env node
/**
 * Runs a built service: `node tools/run-service.js <app> [entry]`.
 *
 * Each app is compiled with the workspace layout kept under dist/apps/<app>/
 * (its own code and the libs it uses), so the @symbiose/* aliases of
 * tsconfig.base.json resolve there, relative to that folder.
 */
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

const [app, entry = 'main'] = process.argv.slice(2);
if (!app) {
  console.error('usage: node tools/run-service.js <app> [entry]');
  process.exit(2);
}
const workspace = path.resolve(__dirname, '..');
const buildRoot = path.join(workspace, 'dist', 'apps', app);
const { paths } = tsconfigPaths.loadConfig(path.join(workspace, 'tsconfig.base.json'));
tsconfigPaths.register({ baseUrl: buildRoot, paths });
process.argv.splice(2, 2);
require(path.join(buildRoot, 'apps', app, 'src', `${entry}.js`));
