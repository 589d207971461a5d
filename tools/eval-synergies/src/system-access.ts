import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type * as SystemLauncher from '@symbiose/system';
import { DEFAULT_DATABASE_URL, ensureDatabase } from './database';
import { graphqlEndpoint } from '@symbiose/gateway-client';
import { workspaceRoot } from './workspace';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';
const PROBE_TIMEOUT_MS = 3000;
const SERVICES = ['directory', 'interviews', 'synergy-engine', 'workshops', 'gateway'];

/** The system the evaluator talks to: one already running, or one it started and will stop. */
export interface SystemAccess {
  endpoint: string;
  startedHere: boolean;
  stop(): Promise<void>;
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function assertBuilt(workspace: string): void {
  const missing = SERVICES.filter(
    (name) => !existsSync(path.join(workspace, 'dist/apps', name, 'apps', name, 'src/main.js')),
  );
  if (missing.length > 0) {
    throw new Error(`not built: ${missing.join(', ')}; run \`npm run build\` first`);
  }
}

/**
 * The gateway at GATEWAY_URL when it answers; otherwise the built system, started here on free
 * ports (other systems may run beside it) on DATABASE_URL's database, created if need be.
 */
export async function reachSystem(log: (message: string) => void): Promise<SystemAccess> {
  const endpoint = graphqlEndpoint(process.env['GATEWAY_URL'] || DEFAULT_GATEWAY_URL);
  if (await answers(endpoint)) return { endpoint, startedHere: false, stop: async () => {} };
  const workspace = workspaceRoot();
  assertBuilt(workspace);
  const databaseUrl = process.env['DATABASE_URL'] || DEFAULT_DATABASE_URL;
  log(`${endpoint} does not answer: starting the built system on ${databaseUrl}`);
  await ensureDatabase(databaseUrl);
  const launcher = (await import(
    path.join(workspace, 'tools', 'system', 'index.js')
  )) as typeof SystemLauncher;
  const ports = Object.fromEntries(
    await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const)),
  );
  const system = await launcher.startSystem({
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: process.env['LOG_LEVEL'] || 'warn' },
    ports,
  });
  return { endpoint: graphqlEndpoint(system.gatewayUrl), startedHere: true, stop: system.stop };
}
