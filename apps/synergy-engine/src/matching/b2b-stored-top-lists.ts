import {
  compatibleNeedCategories,
  type Compatibility,
  type DeclarationKind,
} from '@symbiose/taxonomy';
import type { DenseTopLists, TopListEntry } from './b2b-top-lists';
import type { MatchableDeclaration } from './matchable-declaration';

export interface StoredTopListEntry {
  readonly counterpartId: string;
  readonly score: number;
  readonly distanceKm: number;
}

/**
 * A declaration's top list as kept between matches, best first: what a later match needs to
 * re-search only the lists a change can move (`rematchB2B`).
 */
export interface StoredTopList {
  readonly declarationId: string;
  readonly kind: DeclarationKind;
  readonly categoryCode: string;
  readonly entries: readonly StoredTopListEntry[];
}

export function storedTopListOf(dense: DenseTopLists, slot: number): StoredTopList {
  const { declarations } = dense;
  const { id, kind, categoryCode } = declarations[slot];
  return {
    declarationId: id,
    kind,
    categoryCode,
    entries: dense.entriesOf(slot).map(({ counterpart, score, distanceKm }) => ({
      counterpartId: declarations[counterpart].id,
      score,
      distanceKm,
    })),
  };
}

export function sameTopList(a: StoredTopList, b: StoredTopList): boolean {
  return (
    a.kind === b.kind &&
    a.categoryCode === b.categoryCode &&
    a.entries.length === b.entries.length &&
    a.entries.every(
      (entry, rank) =>
        entry.counterpartId === b.entries[rank].counterpartId &&
        entry.score === b.entries[rank].score &&
        entry.distanceKm === b.entries[rank].distanceKm,
    )
  );
}

const compatibilities = new Map<string, Compatibility | undefined>();

/** The compatibility entry of a resource category with a need category. */
function compatibilityOf(resourceCode: string, needCode: string): Compatibility | undefined {
  const key = `${resourceCode}\u0000${needCode}`;
  if (!compatibilities.has(key)) {
    compatibilities.set(
      key,
      compatibleNeedCategories(resourceCode).find((entry) => entry.needCode === needCode),
    );
  }
  return compatibilities.get(key);
}

/**
 * A stored list's cells over the slots of `declarations`; undefined when a counterpart is not
 * among them or its category pair is no longer compatible.
 */
export function restoredEntries(
  list: StoredTopList,
  declarations: readonly MatchableDeclaration[],
  slotOf: ReadonlyMap<string, number>,
): TopListEntry[] | undefined {
  const entries: TopListEntry[] = [];
  for (const { counterpartId, score, distanceKm } of list.entries) {
    const counterpart = slotOf.get(counterpartId);
    if (counterpart === undefined) return undefined;
    const other = declarations[counterpart].categoryCode;
    const compatibility =
      list.kind === 'RESOURCE'
        ? compatibilityOf(list.categoryCode, other)
        : compatibilityOf(other, list.categoryCode);
    if (!compatibility) return undefined;
    entries.push({ counterpart, score, distanceKm, compatibility });
  }
  return entries;
}
