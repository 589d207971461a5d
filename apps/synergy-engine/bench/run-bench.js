#!/usr/bin/env node
/**
 * Runs a compiled engine benchmark: `engine` (the matching core) or `recompute` (through the
 * database and the running system). The npm scripts compile them first.
 */
const Module = require('node:module');
const path = require('node:path');
const { registerBuildPaths, WORKSPACE } = require('../../../tools/register-build-paths');

const BENCHES = {
  engine: ['synergy-engine', 'engine.bench.js'],
  recompute: ['synergy-recompute', 'recompute.bench.js'],
};
const bench = BENCHES[process.argv[2]];
if (!bench) {
  console.error(`usage: run-bench.js ${Object.keys(BENCHES).join('|')}`);
  process.exit(2);
}
const buildRoot = path.join(WORKSPACE, 'dist', 'bench', bench[0]);
registerBuildPaths(buildRoot);
// The test system's launcher is plain JavaScript that the compiler does not copy: the compiled
// libraries get the workspace's own, next to the service runner it starts.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (/(^|\/)tools\/system$/.test(request)) return path.join(WORKSPACE, 'tools', 'system.js');
  return resolveFilename.call(this, request, ...rest);
};
require(path.join(buildRoot, 'apps', 'synergy-engine', 'bench', bench[1]));
