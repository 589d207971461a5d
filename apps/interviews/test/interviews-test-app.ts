import { randomUUID } from 'node:crypto';
import { EventEnvelope, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { OrganizationEventType } from '@symbiose/directory-replica';
import { GraphQLResponse } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { INTERVIEWS_DATABASE } from '../src/interviews.database';
import { InterviewsEventHandlers } from '../src/interviews-event-handlers';

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
      return service.dataSource.transaction((manager) => handlers[type](event, manager));
    },
  };
}

/** The code and field of a refusal, to compare with `{ code: 'BAD_USER_INPUT', field }`. */
export function refusalOf(response: GraphQLResponse): Record<string, unknown> | undefined {
  return response.errors?.[0]?.extensions;
}
