import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MAX_DETECTED_SYNERGIES_PER_EVENT } from '@symbiose/contracts';
import { OutboxService } from '@symbiose/platform';
import type { SynergyContent } from './synergy-content';
import type { SynergyStatus } from './synergy-lifecycle';
import { synergySnapshot } from './synergy-snapshot';

/** Rows per statement: big enough to amortise the round trip, small enough for one JSON parameter. */
const BATCH = 2000;

/** The columns a recompute writes, with their types as `jsonb_to_recordset` reads them. */
const CONTENT_TYPES = {
  key: 'text',
  kind: 'text',
  territory_id: 'uuid',
  zone_ids: 'uuid[]',
  organization_ids: 'uuid[]',
  category_code: 'text',
  resource_category_code: 'text',
  theme: 'text',
  score: 'double precision',
  participants: 'jsonb',
  rationale: 'jsonb',
  impact: 'jsonb',
  distance_km: 'double precision',
  combined_annual_quantity: 'double precision',
  canonical_unit: 'text',
  net_avoided_kg_co2e_per_year: 'double precision',
  content_hash: 'text',
} as const;
const CONTENT_NAMES = Object.keys(CONTENT_TYPES) as (keyof typeof CONTENT_TYPES)[];
const CONTENT_COLUMNS = CONTENT_NAMES.map((name) => `${name} ${CONTENT_TYPES[name]}`).join(', ');

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

function row(content: SynergyContent): Record<keyof typeof CONTENT_TYPES, unknown> {
  return {
    key: content.key,
    kind: content.kind,
    territory_id: content.territoryId,
    zone_ids: content.zoneIds,
    organization_ids: content.organizationIds,
    category_code: content.categoryCode,
    resource_category_code: content.resourceCategoryCode,
    theme: content.theme,
    score: content.score,
    participants: content.participants,
    rationale: content.rationale,
    impact: content.impact,
    distance_km: content.distanceKm,
    combined_annual_quantity: content.combinedAnnualQuantity,
    canonical_unit: content.canonicalUnit,
    net_avoided_kg_co2e_per_year: content.netAvoidedKgCo2ePerYear,
    content_hash: content.contentHash,
  };
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
         SELECT id, ${CONTENT_NAMES.join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${CONTENT_COLUMNS})`,
        [JSON.stringify(batch.map((content) => ({ id: content.id, ...row(content) })))],
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
         FROM jsonb_to_recordset($1::jsonb) AS r(${CONTENT_COLUMNS})
         WHERE s.key = r.key
         RETURNING s.key, s.status`,
        [JSON.stringify(batch.map(row))],
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
