import { EntityManager } from 'typeorm';
import type { SynergySlice } from '../matching';

/** The name a dirty slice is recorded under; `ALL_SLICES` asks for a full recompute. */
export type SliceName = string;

/** Recorded by a change that only a full recompute serves: settings, a repair, a move. */
export const ALL_SLICES: SliceName = 'all';

export function sliceName(slice: SynergySlice): SliceName {
  switch (slice.kind) {
    case 'B2B':
      return slice.declarationId
        ? `b2b:${slice.cluster}:${slice.declarationId}`
        : `b2b:${slice.cluster}`;
    case 'COLLECTIVE':
      return `collective:${slice.zoneId}:${slice.poolCode}`;
    case 'TRADE':
      return `trade:${slice.categoryCode}`;
  }
}

/** The slice a name stands for; undefined for `ALL_SLICES` and for a name no release wrote. */
export function sliceOfName(name: SliceName): SynergySlice | undefined {
  const [kind, first, second] = name.split(':');
  if (kind === 'b2b' && first) {
    return second
      ? { kind: 'B2B', cluster: first, declarationId: second }
      : { kind: 'B2B', cluster: first };
  }
  if (kind === 'collective' && first && second) {
    return { kind: 'COLLECTIVE', zoneId: first, poolCode: second };
  }
  if (kind === 'trade' && first) return { kind: 'TRADE', categoryCode: first };
  return undefined;
}

/**
 * Beyond this many changed declarations in one B2B cluster, matching the cluster whole costs less
 * than re-searching the top lists they move.
 */
export const MAX_REMATCHED_DECLARATIONS = 64;

/**
 * The names to record for some slices: a cluster that more declarations than
 * `MAX_REMATCHED_DECLARATIONS` name is recorded whole, once.
 */
export function sliceNamesToRecord(slices: readonly SliceName[]): SliceName[] {
  const byCluster = new Map<string, SliceName[]>();
  const others: SliceName[] = [];
  for (const name of new Set(slices)) {
    const slice = sliceOfName(name);
    if (slice?.kind !== 'B2B' || !slice.declarationId) {
      others.push(name);
      continue;
    }
    byCluster.set(slice.cluster, [...(byCluster.get(slice.cluster) ?? []), name]);
  }
  for (const [cluster, names] of byCluster) {
    if (names.length > MAX_REMATCHED_DECLARATIONS) others.push(sliceName({ kind: 'B2B', cluster }));
    else others.push(...names);
  }
  return [...new Set(others)].sort();
}

/** A dirty slice as a recompute read it: its `seq` grows with every change that touches it. */
export interface DirtySlice {
  readonly slice: SliceName;
  readonly seq: string;
}

/**
 * Records, in the caller's transaction, that changes touched these slices of the territory.
 * A burst of changes to the same slices leaves one row per slice: each change only renews its
 * `seq`, so a recompute that read an older one leaves the row for the next.
 */
export async function markDirty(
  manager: EntityManager,
  territoryId: string,
  slices: readonly SliceName[],
): Promise<void> {
  if (slices.length === 0) return;
  await manager.query(
    `INSERT INTO dirty_synergy_slice (territory_id, slice)
     SELECT $1, slice FROM unnest($2::text[]) AS slice
     ON CONFLICT (territory_id, slice) DO UPDATE SET seq = nextval('dirty_synergy_slice_seq')`,
    [territoryId, sliceNamesToRecord(slices)],
  );
}

export async function dirtySlicesOf(
  manager: EntityManager,
  territoryId: string,
): Promise<DirtySlice[]> {
  return manager.query(
    `SELECT slice, seq FROM dirty_synergy_slice WHERE territory_id = $1 ORDER BY slice`,
    [territoryId],
  );
}

/**
 * Clears the slices a recompute served, as it read them: a slice a change touched again since
 * (a new `seq`, its row locked until that change commits) stays dirty.
 */
export async function clearDirty(
  manager: EntityManager,
  territoryId: string,
  served: readonly DirtySlice[],
): Promise<void> {
  if (served.length === 0) return;
  await manager.query(
    `DELETE FROM dirty_synergy_slice d
     USING unnest($2::text[], $3::bigint[]) AS served(slice, seq)
     WHERE d.territory_id = $1 AND d.slice = served.slice AND d.seq = served.seq`,
    [territoryId, served.map((row) => row.slice), served.map((row) => row.seq)],
  );
}
