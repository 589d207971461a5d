import { compatibility as compatibilityOf, type DeclarationKind } from '@symbiose/taxonomy';
import type { DenseTopLists } from './b2b-top-lists';

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

/**
 * Restores a stored list into the lists of a search at `slot`; false when a counterpart is not
 * among the search's declarations or its category pair is no longer compatible.
 */
export function restoreTopList(
  lists: DenseTopLists,
  slot: number,
  list: StoredTopList,
  slotOf: ReadonlyMap<string, number>,
): boolean {
  const { declarations } = lists;
  for (let rank = 0; rank < list.entries.length; rank += 1) {
    const { counterpartId, score, distanceKm } = list.entries[rank];
    const counterpart = slotOf.get(counterpartId);
    if (counterpart === undefined) return false;
    const other = declarations[counterpart].categoryCode;
    const compatibility =
      list.kind === 'RESOURCE'
        ? compatibilityOf(list.categoryCode, other)
        : compatibilityOf(other, list.categoryCode);
    if (!compatibility) return false;
    lists.restoreCell(slot, rank, counterpart, score, distanceKm, compatibility);
  }
  return true;
}
