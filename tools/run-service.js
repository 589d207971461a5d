#!/usr/bin/env node
/**
 * Runs a built project: `node tools/run-service.js <app | project-path> [entry]`,
 * e.g. `directory` (for apps/directory) or `tools/demo`; the entry is a file of
 * the project's src/ (default `main`).
 */
const path = require('node:path');
const { registerBuildPaths, WORKSPACE } = require('./register-build-paths');

const [project, entry = 'main'] = process.argv.slice(2);
if (!project) {
  console.error('usage: node tools/run-service.js <app | project-path> [entry]');
  process.exit(2);
}
const projectPath = project.includes('/') ? project : `apps/${project}`;
const buildRoot = path.join(WORKSPACE, 'dist', projectPath);
registerBuildPaths(buildRoot);
process.argv.splice(2, 2);
require(path.join(buildRoot, projectPath, 'src', `${entry}.js`));
