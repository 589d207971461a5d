import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  MAX_DETECTED_SYNERGIES_PER_EVENT,
  MAX_OBSOLETED_SYNERGIES_PER_EVENT,
  type SynergySnapshotV1,
} from '@symbiose/contracts';
import { OutboxService } from '@symbiose/platform';
import type { SynergyContent } from './synergy-content';
import type { SynergyStatus } from './synergy-lifecycle';
import {
  CONTENT_NAMES,
  CONTENT_RECORD,
  contentRecord,
  copySynergies,
  type NewSynergy,
} from './synergy-rows';
import { synergySnapshot } from './synergy-snapshot';

/** Rows per statement: big enough to amortise the round trip, small enough for one JSON parameter. */
const BATCH = 2000;

export interface StoreOutcome {
  detected: number;
  updated: number;
  revived: number;
  /** Stored under another territory, whose firms moved into this one together. */
  moved: number;
  obsoleted: number;
  unchanged: number;
}

/** The stored synergies of a slice of a territory: a condition on their rows, and its parameters. */
export interface StoredSlice {
  readonly where: string;
  readonly parameters: readonly unknown[];
}

interface StoredState {
  id: string;
  key: string;
  content_hash: string;
  obsolete: boolean;
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

const UNIQUE_VIOLATION = '23505';

/** A synergy already stored, with what the recompute found for it. */
interface Found {
  content: SynergyContent;
  state: StoredState;
}

/**
 * Inserts new synergies, but those whose key turns out to be stored already under another
 * territory: the two firms of a B2B pair that moved into this territory together bring the
 * pair's key with them. COPY then stops on the key's unique index; it is undone to a
 * savepoint, the keys found elsewhere are set aside (`moved`), and the rest inserted.
 */
async function insertNew(
  manager: EntityManager,
  news: readonly NewSynergy[],
): Promise<{ inserted: readonly NewSynergy[]; moved: Found[] }> {
  if (news.length === 0) return { inserted: news, moved: [] };
  await manager.query('SAVEPOINT synergy_inserts');
  try {
    await copySynergies(manager, news);
    await manager.query('RELEASE SAVEPOINT synergy_inserts');
    return { inserted: news, moved: [] };
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT synergy_inserts');
  }
  const elsewhere: StoredState[] = await manager.query(
    `SELECT id, key, content_hash, obsolete FROM synergy WHERE key = ANY($1::text[])`,
    [news.map(({ content }) => content.key)],
  );
  const stateByKey = new Map(elsewhere.map((state) => [state.key, state]));
  const inserted: NewSynergy[] = [];
  const moved: Found[] = [];
  for (const row of news) {
    const state = stateByKey.get(row.content.key);
    if (state) moved.push({ content: row.content, state });
    else inserted.push(row);
  }
  await copySynergies(manager, inserted);
  return { inserted, moved };
}

/** What a recompute found, sorted against the territory's stored synergies. */
function compareWithStored(found: readonly SynergyContent[], stored: readonly StoredState[]) {
  const storedByKey = new Map(stored.map((state) => [state.key, state]));
  const news: NewSynergy[] = [];
  const changed: Found[] = [];
  const revived: Found[] = [];
  let unchanged = 0;
  for (const content of found) {
    const state = storedByKey.get(content.key);
    storedByKey.delete(content.key);
    if (!state) {
      news.push({ id: randomUUID(), content });
    } else if (state.obsolete) {
      revived.push({ content, state });
    } else if (state.content_hash !== content.contentHash) {
      changed.push({ content, state });
    } else {
      unchanged += 1;
    }
  }
  const obsoleteIds = [...storedByKey.values()]
    .filter((state) => !state.obsolete)
    .map((state) => state.id);
  return { news, changed, revived, unchanged, obsoleteIds };
}

/**
 * Writes what a recompute found for one territory over what is stored, in the
 * caller's transaction: new synergies are inserted as DETECTED, known ones
 * updated in place when their content changed (and revived if they were
 * obsolete, or moved in from another territory with their firms), and those of
 * the territory the recompute no longer finds are marked obsolete. Statuses are
 * never touched. New, revived and moved synergies are announced with
 * `synergy.detected`, those changed in place with `synergy.updated`, obsoleted
 * ones with `synergy.obsoleted`, many to an event.
 */
@Injectable()
export class SynergyStore {
  constructor(private readonly outbox: OutboxService) {}

  async storeTerritory(
    manager: EntityManager,
    territoryId: string,
    found: readonly SynergyContent[],
  ): Promise<StoreOutcome> {
    return this.storeOver(manager, territoryId, found, 'true', []);
  }

  /**
   * Writes what a recompute found for one slice of a territory over what is stored of that
   * slice, as `storeTerritory` does for the whole territory. `where` selects the slice's stored
   * synergies among the territory's (`$1`); its own parameters are `$2`….
   */
  async storeSlice(
    manager: EntityManager,
    territoryId: string,
    found: readonly SynergyContent[],
    slice: StoredSlice,
  ): Promise<StoreOutcome> {
    return this.storeOver(manager, territoryId, found, slice.where, slice.parameters);
  }

  private async storeOver(
    manager: EntityManager,
    territoryId: string,
    found: readonly SynergyContent[],
    where: string,
    parameters: readonly unknown[],
  ): Promise<StoreOutcome> {
    const stored: StoredState[] = await manager.query(
      `SELECT id, key, content_hash, obsolete FROM synergy WHERE territory_id = $1 AND (${where})`,
      [territoryId, ...parameters],
    );
    const { news, changed, revived, unchanged, obsoleteIds } = compareWithStored(found, stored);
    const { inserted, moved } = await insertNew(manager, news);
    const updates = [...changed, ...revived, ...moved].map(({ content }) => content);
    // A synergy's status as the update that locked its row reads it: a status change committed
    // meanwhile is what its announcement must carry.
    const statusByKey = new Map<string, SynergyStatus>();
    await inBatches(updates, async (batch) => {
      const [rows]: [{ key: string; status: SynergyStatus }[]] = await manager.query(
        `UPDATE synergy s SET ${CONTENT_NAMES.filter((name) => name !== 'key')
          .map((name) => `${name} = r.${name}`)
          .join(', ')}, obsolete = false, obsolete_since = NULL, computed_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(${CONTENT_RECORD})
         WHERE s.key = r.key
         RETURNING s.key, s.status`,
        [JSON.stringify(batch.map(contentRecord))],
      );
      for (const { key, status } of rows) statusByKey.set(key, status);
    });
    await inBatches(obsoleteIds, (batch) =>
      manager.query(
        // Not a row another territory's recompute has just moved out of this one.
        `UPDATE synergy SET obsolete = true, obsolete_since = now()
         WHERE id = ANY($1::uuid[]) AND territory_id = $2`,
        [batch, territoryId],
      ),
    );

    const storedSnapshot = ({ content, state }: Found) =>
      synergySnapshot(content, {
        id: state.id,
        status: statusByKey.get(content.key) as SynergyStatus,
        obsolete: false,
      });
    await this.announce(manager, 'synergy.detected', [
      ...inserted.map(({ id, content }) =>
        synergySnapshot(content, { id, status: 'DETECTED', obsolete: false }),
      ),
      ...[...revived, ...moved].map(storedSnapshot),
    ]);
    await this.announce(manager, 'synergy.updated', changed.map(storedSnapshot));
    await this.outbox.recordAll(
      manager,
      'synergy.obsoleted',
      chunked(obsoleteIds, MAX_OBSOLETED_SYNERGIES_PER_EVENT).map((synergyIds) => ({ synergyIds })),
    );
    return {
      detected: inserted.length,
      updated: changed.length,
      revived: revived.length,
      moved: moved.length,
      obsoleted: obsoleteIds.length,
      unchanged,
    };
  }

  /** Snapshots built from rows this store just wrote, so not validated again. */
  private announce(
    manager: EntityManager,
    type: 'synergy.detected' | 'synergy.updated',
    snapshots: readonly SynergySnapshotV1[],
  ): Promise<unknown> {
    return this.outbox.recordAll(
      manager,
      type,
      chunked(snapshots, MAX_DETECTED_SYNERGIES_PER_EVENT).map((synergies) => ({ synergies })),
      { validate: false },
    );
  }
}
