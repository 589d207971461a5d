import { loadConfig, ServiceConfig } from '@symbiose/platform';
import { issueToken } from '@symbiose/tokens';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type * as SystemLauncher from '@symbiose/system';
import { SubgraphSdl } from './compose';
import { workspaceRoot } from './workspace';

const TOKEN_LIFETIME_SECONDS = 300;
const SDL_QUERY = '{ _service { sdl } }';

/**
 * The URL the checked-in supergraph names for each subgraph: the gateway's defaults (see
 * GatewayConfig), never the ports of the run that read them, so that the file does not change
 * from one run to the next.
 */
export function canonicalUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}

/**
 * Starts the four built subgraphs, on free ports, a database, a queue prefix and an audit spool
 * of their own, asks each its SDL with `_service { sdl }` as the gateway does (with a SERVICE
 * token, as the gateway's own), then stops them and removes the database, the queue keys and
 * the spool.
 */
export async function readRunningSubgraphs(): Promise<SubgraphSdl[]> {
  const workspace = workspaceRoot();
  const launcher = (await import(
    path.join(workspace, 'tools', 'system', 'index.js')
  )) as typeof SystemLauncher;
  assertBuilt(workspace, launcher.SUBGRAPHS);
  const config = loadConfig(ServiceConfig);
  const run = `api_contract_${randomBytes(4).toString('hex')}`;
  const database = await createDatabase(config.DATABASE_URL, `symbiose_${run}`);
  const queuePrefix = run.replace(/_/g, '-');
  // A spool of their own: the default one may hold another system's audit, which they would
  // replay into this throwaway database and delete.
  const auditSpool = path.join(tmpdir(), `symbiose-audit-spool-${queuePrefix}`);
  const started: SystemLauncher.ServiceProcess[] = [];
  try {
    const ports = await Promise.all(launcher.SUBGRAPHS.map(() => freePort()));
    // The subgraphs ask each other on internal routes (DIRECTORY_URL …), as under startSystem.
    const internalUrls = Object.fromEntries(
      launcher.SUBGRAPHS.map(({ urlVariable }, index) => [
        urlVariable,
        `http://127.0.0.1:${ports[index]}`,
      ]),
    );
    const env = {
      ...internalUrls,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: queuePrefix,
      AUDIT_SPOOL_DIR: auditSpool,
      LOG_LEVEL: 'warn',
    };
    const starts = await Promise.allSettled(
      launcher.SUBGRAPHS.map(({ name }, index) =>
        launcher.startService(name, { port: ports[index], env }),
      ),
    );
    for (const start of starts) if (start.status === 'fulfilled') started.push(start.value);
    const failed = starts.find((start) => start.status === 'rejected');
    if (failed) throw failed.reason;
    const token = await issueToken(
      { subject: 'tool:api-contract', roles: ['SERVICE'], territoryIds: [] },
      config,
      { lifetimeSeconds: TOKEN_LIFETIME_SECONDS },
    );
    return await Promise.all(
      launcher.SUBGRAPHS.map(async ({ name, port }, index) => ({
        name,
        url: canonicalUrl(port),
        sdl: await subgraphSdl(`http://127.0.0.1:${ports[index]}/graphql`, token),
      })),
    );
  } finally {
    await Promise.all(started.map((service) => service.stop()));
    await database.drop();
    await deleteQueueKeys(config.REDIS_URL, queuePrefix);
    await rm(auditSpool, { recursive: true, force: true });
  }
}

function assertBuilt(workspace: string, subgraphs: { name: string }[]): void {
  const missing = subgraphs.filter(
    ({ name }) => !existsSync(path.join(workspace, 'dist/apps', name, 'apps', name, 'src/main.js')),
  );
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.map(({ name }) => name).join(', ')}; run \`npm run build\` first`,
    );
  }
}

async function subgraphSdl(endpoint: string, token: string): Promise<string> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SDL_QUERY }),
  });
  const body = (await response.json()) as {
    data?: { _service?: { sdl?: string } };
    errors?: { message: string }[];
  };
  const sdl = body.data?._service?.sdl;
  if (!sdl) {
    const reasons = body.errors?.map((error) => error.message).join('; ') ?? 'no SDL';
    throw new Error(`${endpoint} answered HTTP ${response.status} without its SDL: ${reasons}`);
  }
  return sdl;
}

async function createDatabase(
  serverUrl: string,
  name: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(serverUrl);
  server.pathname = '/postgres';
  const onServer = async (statement: string) => {
    const client = new Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
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
