#!/usr/bin/env node
/**
 * `npm start`: the whole system on this machine, with its demo data.
 * Makes sure PostgreSQL and Redis run, creates the database, builds, starts
 * the four subgraphs and the gateway, loads the demo data into an empty
 * database, and prints where to go. Ctrl-C stops every process.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');
const { Client } = require('pg');
const { startSystem } = require('./system');

const WORKSPACE = path.resolve(__dirname, '..');
const DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@localhost:5432/symbiose';
const EXAMPLE_QUERY = `{
  territories(first: 1) {
    nodes {
      name
      zones { name kind organizationCount workshopCount matchableOrganizationCount }
    }
  }
}`;

function step(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: WORKSPACE,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status})`);
  }
}

async function ensureDatabase() {
  const target = new URL(DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(DATABASE_URL);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Runs an entry of the development-token tool and returns what it printed. */
function devTokenTool(entry, args, env = {}) {
  return execFileSync(
    process.execPath,
    [path.join(__dirname, 'run-service.js'), 'tools/dev-token', entry, ...args],
    { cwd: WORKSPACE, env: { ...process.env, ...env }, encoding: 'utf8' },
  ).trimEnd();
}

async function isEmpty(gatewayUrl) {
  const token = devTokenTool('main', [
    '--role',
    'ADMIN',
    '--subject',
    'tool:start',
    '--hours',
    '1',
  ]);
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ territories(first: 0) { totalCount } }' }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`could not count territories: ${body.errors[0].message}`);
  return body.data.territories.totalCount === 0;
}

function printLine(service, line) {
  console.log(`[${service.padEnd(14)}] ${line}`);
}

async function main() {
  step('PostgreSQL and Redis');
  run('bash', [path.join(__dirname, 'infra/ensure-services.sh')]);
  await ensureDatabase();

  step('Build');
  run(process.execPath, [require.resolve('nx/bin/nx'), 'run-many', '-t', 'build'], {
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
  });

  step('Start the four subgraphs, then the gateway');
  const system = await startSystem({
    env: { DATABASE_URL, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' },
    onLine: printLine,
  });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping every service…`);
    await system.stop();
    console.log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (await isEmpty(system.gatewayUrl)) {
    step('Load the Cahors Sud demo data');
    run(process.execPath, [path.join(__dirname, 'run-service.js'), 'tools/demo'], {
      GATEWAY_URL: system.gatewayUrl,
    });
  }

  const url = system.gatewayUrl.replace('127.0.0.1', 'localhost');
  console.log(`
Symbiose is running. GraphQL: ${url}/graphql

Development tokens, one per role (\`npm run token\` makes others):
${devTokenTool('demo-tokens', [], { GATEWAY_URL: system.gatewayUrl })}

Try:
  curl -s ${url}/graphql \\
    -H 'content-type: application/json' \\
    -H "authorization: Bearer <a token above>" \\
    -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'

Ctrl-C stops every service.`);
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
