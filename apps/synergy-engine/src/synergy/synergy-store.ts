import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MAX_DETECTED_SYNERGIES_PER_EVENT } from '@symbiose/contracts';
import { OutboxService } from '@symbiose/platform';
import type { SynergyContent } from './synergy-content';
import type { SynergyStatus } from './synergy-lifecycle';
import { synergySnapshot } from './synergy-snapshot';

/**
 * Rows per statement: enough to amortise the round trip, within PostgreSQL's 65,535
 * parameters a statement (18 a row).
 */
const BATCH = 2000;

function json(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}

interface ContentColumn {
  readonly name: string;
  readonly type: string;
  readonly value: (content: SynergyContent) => unknown;
}

/**
 * The columns a recompute writes, with their types and values. Each value is a parameter of its
 * own: one big JSON document of the rows, unpacked by the server, cost it more than the writes.
 */
const CONTENT_COLUMNS: readonly ContentColumn[] = [
  { name: 'key', type: 'text', value: (c) => c.key },
  { name: 'kind', type: 'text', value: (c) => c.kind },
  { name: 'territory_id', type: 'uuid', value: (c) => c.territoryId },
  { name: 'zone_ids', type: 'uuid[]', value: (c) => c.zoneIds },
  { name: 'organization_ids', type: 'uuid[]', value: (c) => c.organizationIds },
  { name: 'category_code', type: 'text', value: (c) => c.categoryCode },
  { name: 'resource_category_code', type: 'text', value: (c) => c.resourceCategoryCode },
  { name: 'theme', type: 'text', value: (c) => c.theme },
  { name: 'score', type: 'double precision', value: (c) => c.score },
  { name: 'participants', type: 'jsonb', value: (c) => json(c.participants) },
  { name: 'rationale', type: 'jsonb', value: (c) => json(c.rationale) },
  { name: 'impact', type: 'jsonb', value: (c) => json(c.impact) },
  { name: 'distance_km', type: 'double precision', value: (c) => c.distanceKm },
  {
    name: 'combined_annual_quantity',
    type: 'double precision',
    value: (c) => c.combinedAnnualQuantity,
  },
  { name: 'canonical_unit', type: 'text', value: (c) => c.canonicalUnit },
  {
    name: 'net_avoided_kg_co2e_per_year',
    type: 'double precision',
    value: (c) => c.netAvoidedKgCo2ePerYear,
  },
  { name: 'content_hash', type: 'text', value: (c) => c.contentHash },
];
const CONTENT_NAMES = CONTENT_COLUMNS.map((column) => column.name);
const CONTENT_TYPES = CONTENT_COLUMNS.map((column) => column.type);

function contentValues(content: SynergyContent): unknown[] {
  return CONTENT_COLUMNS.map((column) => column.value(content));
}

export interface StoreOutcome {
  detected: number;
  updated: number;
  revived: number;
  obsoleted: number;
  unchanged: number;
}

interface StoredState {
  id: string;
  key: string;
  content_hash: string;
  obsolete: boolean;
}

/** `($1::uuid, $2::text, …), (…)`: `rowCount` rows of parameters, each cast to its type. */
function valuesList(rowCount: number, types: readonly string[]): string {
  const rows: string[] = [];
  for (let row = 0; row < rowCount; row += 1) {
    const first = row * types.length + 1;
    rows.push(`(${types.map((type, column) => `$${first + column}::${type}`).join(', ')})`);
  }
  return rows.join(', ');
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

async function inBatches<T>(
  items: readonly T[],
  write: (batch: readonly T[]) => Promise<unknown>,
): Promise<void> {
  for (const batch of chunked(items, BATCH)) await write(batch);
}

/**
 * Writes what a recompute found for one territory over what is stored, in the
 * caller's transaction: new synergies are inserted as DETECTED, known ones
 * updated in place when their content changed (and revived if they were
 * obsolete), and those of the territory the recompute no longer finds are
 * marked obsolete. Statuses are never touched. New and revived synergies are
 * announced with `synergy.detected`, many to an event.
 */
@Injectable()
export class SynergyStore {
  constructor(private readonly outbox: OutboxService) {}

  async storeTerritory(
    manager: EntityManager,
    territoryId: string,
    found: readonly SynergyContent[],
  ): Promise<StoreOutcome> {
    const stored: StoredState[] = await manager.query(
      `SELECT id, key, content_hash, obsolete FROM synergy WHERE territory_id = $1`,
      [territoryId],
    );
    const storedByKey = new Map(stored.map((state) => [state.key, state]));
    const inserts: (SynergyContent & { id: string })[] = [];
    const updates: SynergyContent[] = [];
    const revived: { content: SynergyContent; state: StoredState }[] = [];
    let unchanged = 0;
    for (const content of found) {
      const state = storedByKey.get(content.key);
      storedByKey.delete(content.key);
      if (!state) {
        inserts.push({ ...content, id: randomUUID() });
      } else if (state.obsolete || state.content_hash !== content.contentHash) {
        updates.push(content);
        if (state.obsolete) revived.push({ content, state });
      } else {
        unchanged += 1;
      }
    }
    const obsoleteIds = [...storedByKey.values()]
      .filter((state) => !state.obsolete)
      .map((state) => state.id);

    await inBatches(inserts, (batch) =>
      manager.query(
        `INSERT INTO synergy (id, ${CONTENT_NAMES.join(', ')})
         VALUES ${valuesList(batch.length, ['uuid', ...CONTENT_TYPES])}`,
        batch.flatMap((content) => [content.id, ...contentValues(content)]),
      ),
    );
    // The status of a revived synergy as the update that locked its row reads it: a status
    // change committed meanwhile is what its synergy.detected must carry.
    const statusByKey = new Map<string, SynergyStatus>();
    await inBatches(updates, async (batch) => {
      const [rows]: [{ key: string; status: SynergyStatus }[]] = await manager.query(
        `UPDATE synergy s SET ${CONTENT_NAMES.filter((name) => name !== 'key')
          .map((name) => `${name} = r.${name}`)
          .join(', ')}, obsolete = false, obsolete_since = NULL, computed_at = now()
         FROM (VALUES ${valuesList(batch.length, CONTENT_TYPES)}) AS r(${CONTENT_NAMES.join(', ')})
         WHERE s.key = r.key
         RETURNING s.key, s.status`,
        batch.flatMap(contentValues),
      );
      for (const { key, status } of rows) statusByKey.set(key, status);
    });
    await inBatches(obsoleteIds, (batch) =>
      manager.query(
        `UPDATE synergy SET obsolete = true, obsolete_since = now() WHERE id = ANY($1::uuid[])`,
        [batch],
      ),
    );

    const detected = [
      ...inserts.map((content) =>
        synergySnapshot({ ...content, status: 'DETECTED', obsolete: false }),
      ),
      ...revived.map(({ content, state }) =>
        synergySnapshot({
          ...content,
          id: state.id,
          status: statusByKey.get(content.key) as SynergyStatus,
          obsolete: false,
        }),
      ),
    ];
    await this.outbox.recordAll(
      manager,
      'synergy.detected',
      chunked(detected, MAX_DETECTED_SYNERGIES_PER_EVENT).map((synergies) => ({ synergies })),
      // Built by synergySnapshot from rows this store just wrote.
      { validate: false },
    );
    return {
      detected: inserts.length,
      updated: updates.length - revived.length,
      revived: revived.length,
      obsoleted: obsoleteIds.length,
      unchanged,
    };
  }
}
