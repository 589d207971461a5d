import { randomUUID } from 'node:crypto';
import {
  CURRENT_VERSION,
  EventType,
  InterviewCompletedV1,
  OrganizationSnapshotV1,
  SynergySnapshotV1,
  SynergyStatusChangedV1,
  ZoneSnapshotV1,
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
  /** The directory announces a zone of Grand Cahors; returns its id. */
  registerZone(zoneId?: string): Promise<string>;
  /** The directory announces an organization (by default an active firm); returns its id. */
  registerOrganization(fields?: Partial<OrganizationSnapshotV1>): Promise<string>;
  count(table: string): Promise<number>;
  /** The events of changes in the outbox: all but the audit of mutations, written even when one fails. */
  countChangeEvents(): Promise<number>;
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

function organizationSnapshot(fields: Partial<OrganizationSnapshotV1>): OrganizationSnapshotV1 {
  return {
    organizationId: randomUUID(),
    siret: null,
    name: 'Transports Delmas',
    kind: 'COMPANY',
    nafCode: null,
    headcount: null,
    zoneId: null,
    territoryId: GRAND_CAHORS,
    latitude: null,
    longitude: null,
    businessAssociationMember: true,
    status: 'ACTIVE',
    ...fields,
  };
}

/** The service that emits each kind of event the workshops consume, by the type's prefix. */
const SOURCES: Record<string, string> = {
  organization: 'directory',
  zone: 'directory',
  synergy: 'synergy-engine',
  interview: 'interviews',
};

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
      source: SOURCES[type.split('.')[0]],
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
          reasonCode: null,
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
    registerZone: async (zoneId = randomUUID()) => {
      await deliver('zone.created', {
        zoneId,
        territoryId: GRAND_CAHORS,
        name: `Zone ${zoneId.slice(0, 8)}`,
        kind: 'MIXED',
        latitude: 44.405,
        longitude: 1.452,
        areaKm2: null,
      } satisfies ZoneSnapshotV1);
      return zoneId;
    },
    registerOrganization: async (fields = {}) => {
      const snapshot = organizationSnapshot(fields);
      await deliver('organization.registered', snapshot);
      return snapshot.organizationId;
    },
    count: async (table) => {
      const [{ count }] = await service.dataSource.query(
        `SELECT count(*)::int AS count FROM ${table}`,
      );
      return count;
    },
    countChangeEvents: async () => {
      const [{ count }] = await service.dataSource.query(
        `SELECT count(*)::int AS count FROM outbox_event WHERE type <> 'audit.recorded'`,
      );
      return count;
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
