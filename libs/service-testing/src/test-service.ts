import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createServiceApp, runMigrations } from '@symbiose/platform';
import {
  auditSpoolOf,
  createTestDatabase,
  deleteQueueKeys,
  GraphQLResponse,
  postGraphQL,
  removeAuditSpool,
  TEST_REDIS_URL,
  uniqueQueuePrefix,
} from '@symbiose/testing';
import { StubDirectory } from './stub-directory';

export interface TestService {
  app: INestApplication;
  dataSource: DataSource;
  /** The BullMQ key prefix the service uses. */
  queuePrefix: string;
  /** The directory a service with a replica asks for what it lacks: it knows nothing unless told. */
  directory: StubDirectory;
  /** Posts an operation to the service's own /graphql. */
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/**
 * A subgraph service in-process, migrated, on a database and a queue prefix
 * of the suite's own; `stop` closes it and removes both.
 */
export async function startTestService(
  module: Type | DynamicModule,
  schema: string,
  label: string,
): Promise<TestService> {
  const database = await createTestDatabase(label);
  const queuePrefix = uniqueQueuePrefix(label);
  const directory = await StubDirectory.start();
  // The service reads its configuration from the environment, as in production.
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    AUDIT_SPOOL_DIR: auditSpoolOf(queuePrefix),
    LOG_LEVEL: 'silent',
    DIRECTORY_URL: directory.url,
  });
  const app = await createServiceApp(module);
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource, schema);
  await app.init();
  return {
    app,
    dataSource,
    queuePrefix,
    directory,
    gql: (query, variables) => postGraphQL(app.getHttpServer(), query, variables),
    stop: async () => {
      await app.close();
      await directory.stop();
      await database.drop();
      await deleteQueueKeys(queuePrefix);
      await removeAuditSpool(queuePrefix);
    },
  };
}
