#!/usr/bin/env node
/** Runs the compiled engine benchmark (`npm run bench:engine` compiles it first). */
const path = require('node:path');
const { registerBuildPaths, WORKSPACE } = require('../../../tools/register-build-paths');

const buildRoot = path.join(WORKSPACE, 'dist', 'bench', 'synergy-engine');
registerBuildPaths(buildRoot);
require(path.join(buildRoot, 'apps', 'synergy-engine', 'bench', 'engine.bench.js'));
