import { randomUUID } from 'node:crypto';
import {
  CURRENT_VERSION,
  EventType,
  InterviewCompletedV1,
  SynergySnapshotV1,
  SynergyStatusChangedV1,
} from '@symbiose/contracts';
import { EventConsumer, RedisConnection } from '@symbiose/platform';
import { GraphQLResponse } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { WorkshopsEventHandlers } from '../src/events/workshops-event-handlers';
import { WORKSHOPS_DATABASE } from '../src/workshops.database';

export const GRAND_CAHORS = randomUUID();

export interface WorkshopsTestApp extends TestService {
  /**
   * Delivers an event to the service's consumer as its queue would: checked against its
   * contract, applied once through the inbox, in the type's current version unless told.
   * Returns false for a redelivery.
   */
  deliver(
    type: EventType,
    payload: unknown,
    occurredAt?: string,
    version?: number,
  ): Promise<boolean>;
  /** The engine announces a synergy (by default a detected COLLECTIVE one, in the zones given). */
  detectSynergy(zoneIds: string[], fields?: Partial<SynergySnapshotV1>): Promise<string>;
  /** The engine moves a synergy to a status; returns when the replica has it. */
  changeSynergyStatus(
    snapshot: SynergySnapshotV1,
    status: SynergySnapshotV1['status'],
    occurredAt?: string,
  ): Promise<boolean>;
  completeInterview(organizationId: string, zoneId: string | null): Promise<void>;
  count(table: string): Promise<number>;
}

export function synergySnapshot(
  zoneIds: string[],
  fields: Partial<SynergySnapshotV1> = {},
): SynergySnapshotV1 {
  return {
    synergyId: randomUUID(),
    kind: 'COLLECTIVE',
    territoryId: GRAND_CAHORS,
    zoneIds,
    categoryCode: 'SERVICE_SECURITY_GUARDING',
    theme: 'SERVICES',
    score: 0.8,
    participants: [],
    status: 'DETECTED',
    obsolete: false,
    ...fields,
  };
}

/** The workshops service in-process, on a database and a queue prefix of the suite's own. */
export async function startWorkshopsApp(label: string): Promise<WorkshopsTestApp> {
  const service = await startTestService(AppModule, WORKSHOPS_DATABASE.schema, label);
  const consumer = new EventConsumer(service.dataSource, service.app.get(RedisConnection), {
    service: 'workshops',
    handlers: service.app.get(WorkshopsEventHandlers).handlers(),
  });
  const deliver: WorkshopsTestApp['deliver'] = (type, payload, occurredAt, version) =>
    consumer.consume({
      id: randomUUID(),
      type,
      version: version ?? CURRENT_VERSION[type],
      occurredAt: occurredAt ?? new Date().toISOString(),
      source: type.startsWith('synergy.') ? 'synergy-engine' : 'interviews',
      payload,
    });
  return {
    ...service,
    deliver,
    detectSynergy: async (zoneIds, fields) => {
      const snapshot = synergySnapshot(zoneIds, fields);
      await deliver('synergy.detected', { synergies: [snapshot] });
      return snapshot.synergyId;
    },
    changeSynergyStatus: (snapshot, status, occurredAt) =>
      deliver(
        'synergy.status_changed',
        {
          ...snapshot,
          status,
          from: snapshot.status,
          changedBy: 'Anne Delpech',
          note: null,
        } satisfies SynergyStatusChangedV1,
        occurredAt,
      ),
    completeInterview: async (organizationId, zoneId) => {
      await deliver('interview.completed', {
        interviewId: randomUUID(),
        organizationId,
        zoneId,
        gridVersion: 1,
        conductedOn: '2022-06-14',
        needCount: 5,
        resourceCount: 2,
      } satisfies InterviewCompletedV1);
    },
    count: async (table) => {
      const [{ count }] = await service.dataSource.query(
        `SELECT count(*)::int AS count FROM ${table}`,
      );
      return count;
    },
  };
}

/** The code and field of a refusal, to compare with `{ code: 'BAD_USER_INPUT', field }`. */
export function refusalOf(response: GraphQLResponse): Record<string, unknown> | undefined {
  return response.errors?.[0]?.extensions;
}
