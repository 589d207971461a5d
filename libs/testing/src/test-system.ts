import { existsSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY, RunningSystem, startSystem, SUBGRAPHS, WORKSPACE } from '@symbiose/system';
import { freePort } from './free-port';
import { GraphQLResponse, postGraphQL } from './graphql-client';
import { createTestDatabase } from './test-database';
import { deleteQueueKeys, TEST_REDIS_URL, uniqueQueuePrefix } from './test-queues';
import { auditSpoolOf, removeAuditSpool } from './test-audit-spool';

export const SERVICE_NAMES = [...SUBGRAPHS.map((subgraph) => subgraph.name), GATEWAY.name];

export interface TestSystem extends RunningSystem {
  /** The test database's URL, to check what the services wrote. */
  databaseUrl: string;
  /** The BullMQ key prefix of every service, to look at their queues. */
  queuePrefix: string;
  /** Every line each service printed, in order. */
  logLines: { service: string; line: string }[];
  /** Posts an operation to the gateway. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
}

function assertBuilt(): void {
  const missing = SERVICE_NAMES.filter(
    (name) => !existsSync(path.join(WORKSPACE, 'dist/apps', name, 'apps', name, 'src/main.js')),
  );
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.join(', ')}; run \`npm run build\` first (npm test does)`,
    );
  }
}

export interface TestSystemOptions {
  /** Variables given to every service, on top of the suite's database and queues. */
  env?: Record<string, string>;
  /** Variables given to the gateway only. */
  gatewayEnv?: Record<string, string>;
}

/**
 * The five built services as separate processes, as they run for real, on a
 * database and a queue prefix of the suite's own; `stop` removes both.
 */
export async function startTestSystem(
  label: string,
  { env, gatewayEnv }: TestSystemOptions = {},
): Promise<TestSystem> {
  assertBuilt();
  const database = await createTestDatabase(label);
  const queuePrefix = uniqueQueuePrefix(label);
  const logLines: TestSystem['logLines'] = [];
  const ports = Object.fromEntries(
    await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()] as const)),
  );
  const cleanUp = async () => {
    await database.drop();
    await deleteQueueKeys(queuePrefix);
    await removeAuditSpool(queuePrefix);
  };
  let system: RunningSystem;
  try {
    system = await startSystem({
      env: {
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: queuePrefix,
        AUDIT_SPOOL_DIR: auditSpoolOf(queuePrefix),
        LOG_LEVEL: 'info',
        ...env,
      },
      gatewayEnv,
      ports,
      onLine: (service, line) => logLines.push({ service, line }),
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    ...system,
    databaseUrl: database.url,
    queuePrefix,
    logLines,
    gql: (query, variables, headers) => postGraphQL(system.gatewayUrl, query, variables, headers),
    stop: async () => {
      await system.stop();
      await cleanUp();
    },
  };
}
