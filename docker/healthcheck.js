#!/usr/bin/env node
'use strict';
/**
 * Container health check: GET /health/ready on the service's port (PORT, or
 * the default port of SERVICE). Exits 0 when it answers 2xx, 1 otherwise.
 * Node's own fetch, since the slim image has no curl.
 */
const services = require('./services');

const port = process.env.PORT || services[process.env.SERVICE] || 4000;
const url = `http://127.0.0.1:${port}/health/ready`;

fetch(url, { signal: AbortSignal.timeout(Number(process.env.HEALTHCHECK_TIMEOUT_MS) || 4000) })
  .then(async (res) => {
    if (res.ok) process.exit(0);
    const body = (await res.text().catch(() => '')).slice(0, 500);
    console.error(`${url} answered ${res.status} ${body}`);
    process.exit(1);
  })
  .catch((err) => {
    console.error(`${url}: ${err.cause?.code ?? err.name}: ${err.message}`);
    process.exit(1);
  });
