#!/usr/bin/env node
/**
 * Runs a compiled benchmark: `run-bench.js <its directory under dist/bench> <its source path,
 * .js>`, as the `bench:*` npm scripts do once they have compiled it.
 */
const Module = require('node:module');
const path = require('node:path');
const { registerBuildPaths, WORKSPACE } = require('./register-build-paths');

const [buildDirectory, compiled] = process.argv.slice(2);
if (!buildDirectory || !compiled) {
  console.error('usage: run-bench.js <directory under dist/bench> <compiled file>');
  process.exit(2);
}
const buildRoot = path.join(WORKSPACE, 'dist', 'bench', buildDirectory);
registerBuildPaths(buildRoot);
// The test system's launcher is plain JavaScript that the compiler does not copy: the compiled
// libraries get the workspace's own, next to the service runner it starts.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (request === '@symbiose/system') return path.join(WORKSPACE, 'tools', 'system', 'index.js');
  return resolveFilename.call(this, request, ...rest);
};
require(path.join(buildRoot, compiled));
