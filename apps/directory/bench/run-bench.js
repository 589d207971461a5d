#!/usr/bin/env node
/** Runs the compiled import benchmark; `npm run bench:import` compiles it first. */
const Module = require('node:module');
const path = require('node:path');
const { registerBuildPaths, WORKSPACE } = require('../../../tools/register-build-paths');

const buildRoot = path.join(WORKSPACE, 'dist', 'bench', 'directory-import');
registerBuildPaths(buildRoot);
// The test system's launcher is plain JavaScript that the compiler does not copy: the compiled
// libraries get the workspace's own.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (/(^|\/)tools\/system$/.test(request)) return path.join(WORKSPACE, 'tools', 'system.js');
  return resolveFilename.call(this, request, ...rest);
};
require(path.join(buildRoot, 'apps', 'directory', 'bench', 'import.bench.js'));
