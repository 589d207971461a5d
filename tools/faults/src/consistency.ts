import { Client } from 'pg';
import { CONSUMING_SERVICES, ConsumingService } from '@symbiose/contracts';
import { Programme } from './programme';

/** The schema each consuming service keeps its inbox, outbox and copies in. */
const SCHEMA_OF: Record<ConsumingService, string> = {
  directory: 'directory',
  interviews: 'interviews',
  'synergy-engine': 'synergy',
  workshops: 'workshops',
};
const PRODUCERS = Object.values(SCHEMA_OF);
const REPLICA_SCHEMAS = ['interviews', 'synergy', 'workshops'];

/** A copy and its source, as the same columns in the same order. */
interface CopyPair {
  name: string;
  copy: string;
  source: string;
}

const COPIES: CopyPair[] = [
  ...REPLICA_SCHEMAS.flatMap((schema) => [
    {
      name: `${schema}.organization`,
      copy: `SELECT organization_id, zone_id, territory_id, name, status, latitude, longitude
               FROM ${schema}.organization`,
      source: `SELECT id, zone_id, territory_id, name, status, latitude, longitude
                 FROM directory.organization`,
    },
    {
      name: `${schema}.zone`,
      copy: `SELECT zone_id, territory_id, name, kind FROM ${schema}.zone`,
      source: `SELECT id, territory_id, name, kind FROM directory.zone`,
    },
  ]),
  {
    name: 'synergy.declaration',
    copy: `SELECT declaration_id, organization_id, kind, category_code, status
             FROM synergy.declaration`,
    source: `SELECT id, organization_id, kind, category_code, status FROM interviews.declaration`,
  },
  {
    name: 'workshops.synergy',
    copy: `SELECT synergy_id, zone_ids, status, obsolete FROM workshops.synergy`,
    source: `SELECT id, zone_ids, status, obsolete FROM synergy.synergy`,
  },
];

/** What the databases say after a fault, every figure 0 (or empty) once the system has recovered. */
export interface Consistency {
  /** Outbox events not yet published to their subscribers. */
  unpublishedEvents: number;
  /** Deliveries a subscriber has not acknowledged. */
  unacknowledgedDeliveries: number;
  /** Deliveries whose event is not in the subscriber's inbox: an event never applied. */
  deliveriesNotInInbox: number;
  /** Rows that differ between each copy and its source, by copy. */
  copyRowsDiffering: Record<string, number>;
  /** Zones pending a recompute, or shown as running one. */
  zonesNotSettled: number;
  /** Acknowledged writes the database does not hold as acknowledged. */
  acknowledgedWritesLost: string[];
  /** Mutations the services received whose audit entry is missing or doubled. */
  mutationsNotAuditedOnce: string[];
}

export const CONSISTENT: Consistency = {
  unpublishedEvents: 0,
  unacknowledgedDeliveries: 0,
  deliveriesNotInInbox: 0,
  copyRowsDiffering: Object.fromEntries(COPIES.map(({ name }) => [name, 0])),
  zonesNotSettled: 0,
  acknowledgedWritesLost: [],
  mutationsNotAuditedOnce: [],
};

export function isConsistent(consistency: Consistency): boolean {
  return JSON.stringify(consistency) === JSON.stringify(CONSISTENT);
}

async function count(db: Client, sql: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT (${sql})::int AS n`);
  return rows[0].n;
}

const sum = (parts: string[]) => parts.map((part) => `(${part})`).join(' + ');

async function deliveriesNotInInbox(db: Client): Promise<number> {
  const missing = PRODUCERS.flatMap((producer) =>
    CONSUMING_SERVICES.map(
      (consumer) =>
        `SELECT count(*) FROM ${producer}.outbox_delivery d WHERE d.subscriber = '${consumer}'
           AND NOT EXISTS (SELECT 1 FROM ${SCHEMA_OF[consumer]}.inbox_event i
                            WHERE i.consumer = '${consumer}' AND i.event_id = d.event_id)`,
    ),
  );
  return count(db, sum(missing));
}

async function copyRowsDiffering(db: Client): Promise<Record<string, number>> {
  const differing: Record<string, number> = {};
  for (const { name, copy, source } of COPIES) {
    differing[name] = await count(
      db,
      `SELECT count(*) FROM ((${copy} EXCEPT ${source}) UNION ALL (${source} EXCEPT ${copy})) d`,
    );
  }
  return differing;
}

async function acknowledgedWritesLost(db: Client, programme: Programme): Promise<string[]> {
  const firms = await db.query<{ id: string; zone_id: string }>(
    `SELECT id, zone_id FROM directory.organization WHERE id = ANY($1::uuid[])`,
    [[...programme.zoneOfFirm.keys()]],
  );
  const zoneOf = new Map(firms.rows.map((row) => [row.id, row.zone_id]));
  const declarations = await db.query<{ id: string }>(
    `SELECT id FROM interviews.declaration WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
    [[...programme.declarations]],
  );
  const held = new Set(declarations.rows.map((row) => row.id));
  return [
    ...[...programme.zoneOfFirm]
      .filter(([id, zoneId]) => zoneOf.get(id) !== zoneId)
      .map(([id, zoneId]) => `organization ${id} in zone ${zoneId}`),
    ...[...programme.declarations].filter((id) => !held.has(id)).map((id) => `declaration ${id}`),
  ];
}

async function mutationsNotAuditedOnce(db: Client, programme: Programme): Promise<string[]> {
  const { rows } = await db.query<{ request_id: string; entries: number }>(
    `SELECT request_id, count(*)::int AS entries FROM directory.audit_entry
      WHERE request_id = ANY($1::text[]) GROUP BY request_id`,
    [programme.sent.map((mutation) => mutation.requestId)],
  );
  const entries = new Map(rows.map((row) => [row.request_id, row.entries]));
  return programme.sent
    .filter((mutation) => entries.get(mutation.requestId) !== 1)
    .map(
      (mutation) =>
        `${mutation.operation} ${mutation.requestId}: ${entries.get(mutation.requestId) ?? 0} entries`,
    );
}

/** Reads the consistency of the whole system, on a connection of its own (PostgreSQL restarts). */
export async function readConsistency(
  databaseUrl: string,
  programme: Programme,
): Promise<Consistency> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return {
      unpublishedEvents: await count(
        db,
        sum(
          PRODUCERS.map((p) => `SELECT count(*) FROM ${p}.outbox_event WHERE published_at IS NULL`),
        ),
      ),
      unacknowledgedDeliveries: await count(
        db,
        sum(
          PRODUCERS.map(
            (p) => `SELECT count(*) FROM ${p}.outbox_delivery WHERE acknowledged_at IS NULL`,
          ),
        ),
      ),
      deliveriesNotInInbox: await deliveriesNotInInbox(db),
      copyRowsDiffering: await copyRowsDiffering(db),
      zonesNotSettled: await count(
        db,
        `SELECT count(*) FROM synergy.zone_recompute
          WHERE request_seq > computed_seq OR started_at IS NOT NULL`,
      ),
      acknowledgedWritesLost: await acknowledgedWritesLost(db, programme),
      mutationsNotAuditedOnce: await mutationsNotAuditedOnce(db, programme),
    };
  } finally {
    await db.end();
  }
}
