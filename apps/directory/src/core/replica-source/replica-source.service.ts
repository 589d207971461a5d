import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventOf, singleOrganizationEvents } from '@symbiose/contracts';
import { SourceEvents, SourceTerritories } from '@symbiose/directory-replica';

interface OutboxRow {
  id: string;
  type: string;
  version: number;
  occurred_at: Date;
  payload: unknown;
}

/** The row of the outbox as the envelope the relay publishes. */
function envelopeOf(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    occurredAt: row.occurred_at.toISOString(),
    source: 'directory',
    payload: row.payload,
  };
}

/**
 * The latest event of each zone or organization asked, read from the outbox, which keeps every
 * event (see the outbox-by-subject migration for the indexes these reads use). The `type LIKE`
 * clauses are written as the indexes' predicates, for the planner to use them.
 */
@Injectable()
export class ReplicaSourceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Of an imported organization, the latest event may be a change inside an import's batch:
   * that change is given as the single event it stands for (`singleOrganizationEvents`).
   */
  async organizations(ids: string[]): Promise<SourceEvents> {
    const latest = new Map<string, EventEnvelope>();
    const keep = (organizationId: string, event: EventEnvelope) => {
      const kept = latest.get(organizationId);
      if (!kept || Date.parse(kept.occurredAt) < Date.parse(event.occurredAt)) {
        latest.set(organizationId, event);
      }
    };
    const { events } = await this.latestEvents('organization', ids);
    for (const event of events as EventOf<'organization.registered'>[]) {
      keep(event.payload.organizationId, event);
    }
    const asked = new Set(ids);
    for (const batch of await this.importsNaming(ids)) {
      for (const event of singleOrganizationEvents(batch)) {
        if (asked.has(event.payload.organizationId)) keep(event.payload.organizationId, event);
      }
    }
    return { events: [...latest.values()] };
  }

  /** The import batches that name any of the organizations, in the order they were recorded. */
  private async importsNaming(ids: string[]): Promise<EventOf<'organization.imported'>[]> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, type, version, occurred_at, payload FROM outbox_event
        WHERE type = 'organization.imported'
          AND jsonb_path_query_array(payload, '$.changes[*].organization.organizationId')
              ?| $1::text[]
        ORDER BY occurred_at, id`,
      [ids],
    );
    return rows.map((row) => envelopeOf(row) as EventOf<'organization.imported'>);
  }

  zones(ids: string[]): Promise<SourceEvents> {
    return this.latestEvents('zone', ids);
  }

  /** The subject's name is one of two constants, never input: the SQL stays the indexes'. */
  private async latestEvents(
    subject: 'organization' | 'zone',
    ids: string[],
  ): Promise<SourceEvents> {
    const key = `payload->>'${subject}Id'`;
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (${key}) id, type, version, occurred_at, payload
         FROM outbox_event
        WHERE type LIKE '${subject}.%' AND ${key} = ANY($1::text[])
        ORDER BY ${key}, occurred_at DESC, id DESC`,
      [ids],
    );
    return { events: rows.map(envelopeOf) };
  }

  /** A zone never changes territory, so its events all name the one it lies in. */
  territories(ids: string[]): Promise<SourceTerritories> {
    // One snapshot for both reads: a zone created between them would otherwise be missed.
    return this.dataSource.transaction('REPEATABLE READ', async (manager: EntityManager) => {
      const territories: { id: string }[] = await manager.query(
        `SELECT id FROM territory WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const rows: (OutboxRow & { territory_id: string })[] = await manager.query(
        `SELECT DISTINCT ON (payload->>'zoneId')
                id, type, version, occurred_at, payload, payload->>'territoryId' AS territory_id
           FROM outbox_event
          WHERE type LIKE 'zone.%' AND payload->>'territoryId' = ANY($1::text[])
          ORDER BY payload->>'zoneId', occurred_at DESC, id DESC`,
        [ids],
      );
      return {
        territories: territories.map(({ id }) => ({
          territoryId: id,
          events: rows.filter((row) => row.territory_id === id).map(envelopeOf),
        })),
      };
    });
  }
}
