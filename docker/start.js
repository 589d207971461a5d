#!/usr/bin/env node
'use strict';
/**
 * Container entry: runs the service named by SERVICE (or by the first
 * argument) with tools/run-service.js, in this process, so node is the
 * process that receives the container's stop signal.
 */
const fs = require('node:fs');
const path = require('node:path');
const services = require('./services');

const service = process.argv[2] || process.env.SERVICE || '';
if (!Object.hasOwn(services, service)) {
  console.error(`SERVICE must be one of ${Object.keys(services).join(', ')} (got "${service}")`);
  process.exit(2);
}
const entry = path.join(__dirname, '..', 'dist/apps', service, 'apps', service, 'src/main.js');
if (!fs.existsSync(entry)) {
  console.error(`SERVICE=${service}: ${path.relative(process.cwd(), entry)} is not in this image`);
  process.exit(2);
}
process.argv.splice(2, process.argv.length - 2, service);
require('../tools/run-service.js');
