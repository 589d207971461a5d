import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EventEnvelope, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { OrganizationEventType } from '@symbiose/directory-replica';
import { GraphQLResponse } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { INTERVIEWS_DATABASE } from '../src/interviews.database';
import { InterviewsEventHandlers } from '../src/events/interviews-event-handlers';
import { handlerOf } from '@symbiose/platform';

export const GRAND_CAHORS = randomUUID();

export interface InterviewsTestApp extends TestService {
  /**
   * Applies a directory event to the replica through the service's own handler, as its consumer
   * does; delivery through Redis is tested with the platform's consumer.
   */
  projectOrganization(
    type: OrganizationEventType,
    organization: Partial<OrganizationSnapshotV1> & { organizationId: string },
  ): Promise<void>;
}

/** The interviews service in-process, on a database and a queue prefix of the suite's own. */
export async function startInterviewsApp(label: string): Promise<InterviewsTestApp> {
  const service = await startTestService(AppModule, INTERVIEWS_DATABASE.schema, label);
  const handlers = service.app.get(InterviewsEventHandlers).handlers();

  return {
    ...service,
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
      return service.dataSource.transaction((manager) =>
        handlerOf(handlers, type)!(event, manager),
      );
    },
  };
}

/** The code and field of a refusal, to compare with `{ code: 'BAD_USER_INPUT', field }`. */
export function refusalOf(response: GraphQLResponse): Record<string, unknown> | undefined {
  const extensions = response.errors?.[0]?.extensions;
  if (!extensions) return undefined;
  const { code, field } = extensions;
  return field === undefined ? { code } : { code, field };
}

/** The events recorded for a declaration, oldest first. */
export function declarationEvents(
  dataSource: DataSource,
  declarationId: string,
): Promise<{ type: string; payload: unknown }[]> {
  return dataSource.query(
    `SELECT type, payload FROM outbox_event WHERE payload->>'declarationId' = $1
      ORDER BY occurred_at`,
    [declarationId],
  );
}

/** How many declarations and change events (audit left out) are stored: what a refusal must not move. */
export async function writtenCounts(
  dataSource: DataSource,
): Promise<{ declarations: number; events: number }> {
  const [counts] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM declaration) AS declarations,
            (SELECT count(*)::int FROM outbox_event WHERE type <> 'audit.recorded') AS events`,
  );
  return counts;
}
