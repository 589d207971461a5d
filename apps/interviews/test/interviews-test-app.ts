import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventEnvelope, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { OrganizationEventType, OrganizationReplicaProjection } from '@symbiose/directory-replica';
import { createServiceApp, runMigrations } from '@symbiose/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  GraphQLResponse,
  postGraphQL,
  TEST_REDIS_URL,
  uniqueQueuePrefix,
} from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { INTERVIEWS_DATABASE } from '../src/interviews.database';

export const GRAND_CAHORS = randomUUID();

export interface InterviewsTestApp {
  app: INestApplication;
  dataSource: DataSource;
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /**
   * Applies a directory event to the replica through the service's own handler, as its consumer
   * does; delivery through Redis is tested with the platform's consumer.
   */
  projectOrganization(
    type: OrganizationEventType,
    organization: Partial<OrganizationSnapshotV1> & { organizationId: string },
  ): Promise<void>;
  stop(): Promise<void>;
}

/** The interviews service in-process, on a database and a queue prefix of the suite's own. */
export async function startInterviewsApp(label: string): Promise<InterviewsTestApp> {
  const database = await createTestDatabase(label);
  const queuePrefix = uniqueQueuePrefix(label);
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
  });
  const app = await createServiceApp(AppModule);
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource, INTERVIEWS_DATABASE.schema);
  await app.init();
  const handlers = app.get(OrganizationReplicaProjection).handlers();

  return {
    app,
    dataSource,
    gql: (query, variables) => postGraphQL(app.getHttpServer(), query, variables),
    projectOrganization: (type, organization) => {
      const event: EventEnvelope = {
        id: randomUUID(),
        type,
        version: 1,
        occurredAt: new Date().toISOString(),
        source: 'directory',
        payload: {
          siret: null,
          name: 'Entreprise',
          kind: 'COMPANY',
          nafCode: null,
          headcount: null,
          zoneId: null,
          territoryId: GRAND_CAHORS,
          latitude: null,
          longitude: null,
          businessAssociationMember: false,
          status: 'ACTIVE',
          ...organization,
        } satisfies OrganizationSnapshotV1,
      };
      return dataSource.transaction((manager) => handlers[type](event, manager));
    },
    stop: async () => {
      await app.close();
      await database.drop();
      await deleteQueueKeys(queuePrefix);
    },
  };
}

/** The code and field of a refusal, to compare with `{ code: 'BAD_USER_INPUT', field }`. */
export function refusalOf(response: GraphQLResponse): Record<string, unknown> | undefined {
  return response.errors?.[0]?.extensions;
}
