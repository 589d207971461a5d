import { pairKey } from './b2b-candidate';
import { rescannedTopLists, type Rescan } from './b2b-dense-top-lists';
import { keptPairsOf, oneById, recordsOf } from './b2b-matcher';
import {
  restoreTopList,
  sameTopList,
  storedTopListOf,
  type StoredTopList,
} from './b2b-stored-top-lists';
import type { MatchableDeclaration } from './matchable-declaration';
import { resolveMatchingOptions, type MatchingOptions } from './matching-options';
import type { B2BSynergy } from './synergy';

/** What some changes moved among the B2B synergies of a set of declarations. */
export interface B2BRematch {
  /** The synergies of the pairs the changes may have moved, each as `matchB2B` gives it. */
  readonly synergies: B2BSynergy[];
  /**
   * The keys (`pairKey`) of every pair kept before or after that the changes may have moved:
   * those of `synergies`, and those no longer kept.
   */
  readonly pairKeys: string[];
  /** The top lists that changed, and the declarations no longer matched, whose lists go. */
  readonly topLists: StoredTopList[];
  readonly goneDeclarationIds: string[];
}

/**
 * The B2B synergies some changed declarations move, from the top lists of the match before them
 * (`matchB2BWithTopLists`). `declarations` are all of them as they are now; `changedIds` the
 * declarations changed, recorded or gone since the stored lists, which hold every other.
 *
 * A pair's record reads its two declarations, its place in the two lists, and the pairs both
 * sides keep (what the allocation shares out). So only these are searched again: the changed
 * declarations' lists, and those of every declaration whose list held one of them; each
 * changed declaration is offered to the lists of its candidates. The records are then made for
 * every pair kept by a declaration whose list or pairs changed, or by the changed ones' partners,
 * and the rest stay as they were. Null when the stored lists do not cover the declarations:
 * a match of them all is then due.
 */
export function rematchB2B(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions,
  stored: readonly StoredTopList[],
  changedIds: ReadonlySet<string>,
): B2BRematch | null {
  const resolved = resolveMatchingOptions(options);
  const slots = oneById(declarations);
  const slotOf = new Map(slots.map((declaration, slot) => [declaration.id, slot]));
  const storedById = new Map(stored.map((list) => [list.declarationId, list]));
  if (!listsCover(slotOf, storedById, changedIds)) return null;
  const rescan = rescanOf(slots, slotOf, stored, changedIds);
  const dense = rescannedTopLists(
    slots,
    resolved,
    (lists) => {
      for (let slot = 0; slot < slots.length; slot += 1) {
        if (rescan.scanned[slot] === 1) continue;
        const list = storedById.get(slots[slot].id);
        if (!list || !restoreTopList(lists, slot, list, slotOf)) return false;
      }
      return true;
    },
    rescan,
  );
  if (!dense) return null;

  const topLists: StoredTopList[] = [];
  const moved = new Uint8Array(slots.length);
  const movedIds = new Set([...changedIds].filter((id) => !slotOf.has(id)));
  const mark = (id: string) => {
    const slot = slotOf.get(id);
    if (slot === undefined) movedIds.add(id);
    else moved[slot] = 1;
  };
  for (let slot = 0; slot < slots.length; slot += 1) {
    if (rescan.scanned[slot] === 0 && rescan.touched[slot] === 0) continue;
    const now = storedTopListOf(dense, slot);
    const before = storedById.get(now.declarationId);
    if (!before || !sameTopList(before, now)) topLists.push(now);
    // The declaration, and each one its list held or holds: their kept pairs may have moved.
    mark(now.declarationId);
    for (const { counterpartId } of [...now.entries, ...(before?.entries ?? [])]) {
      mark(counterpartId);
    }
  }
  // A gone declaration's partners lose a kept pair.
  for (const id of movedIds) {
    for (const { counterpartId } of storedById.get(id)?.entries ?? []) mark(counterpartId);
  }
  for (const slot of slotOf.values()) if (moved[slot] === 1) movedIds.add(slots[slot].id);

  const synergies = recordsOf(
    keptPairsOf(dense),
    resolved,
    (resource, need) => moved[resource] === 1 || moved[need] === 1,
  );
  return {
    synergies,
    pairKeys: [
      ...new Set([...synergies.map((synergy) => synergy.key), ...storedPairKeys(stored, movedIds)]),
    ],
    topLists,
    goneDeclarationIds: stored.map((list) => list.declarationId).filter((id) => !slotOf.has(id)),
  };
}

/**
 * Whether the stored lists are those of the declarations before the changes: none of a
 * declaration gone without a change, and one for each changed declaration that is gone (its
 * pairs are read from it). A gone declaration without its list, as when it moved to a category
 * of another cluster whose recompute wrote its list first, leaves its pairs unknown.
 */
function listsCover(
  slotOf: ReadonlyMap<string, number>,
  storedById: ReadonlyMap<string, StoredTopList>,
  changedIds: ReadonlySet<string>,
): boolean {
  for (const id of storedById.keys()) {
    if (!slotOf.has(id) && !changedIds.has(id)) return false;
  }
  for (const id of changedIds) {
    if (!slotOf.has(id) && !storedById.has(id)) return false;
  }
  return true;
}

/** The keys of the pairs the stored lists kept with a declaration of `ids`. */
function storedPairKeys(stored: readonly StoredTopList[], ids: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const list of stored) {
    for (const { counterpartId } of list.entries) {
      if (!ids.has(list.declarationId) && !ids.has(counterpartId)) continue;
      keys.push(
        list.kind === 'RESOURCE'
          ? pairKey(list.declarationId, counterpartId)
          : pairKey(counterpartId, list.declarationId),
      );
    }
  }
  return keys;
}

/**
 * The lists to search again: the changed declarations', and those of the declarations whose
 * stored list holds a changed one.
 */
function rescanOf(
  slots: readonly MatchableDeclaration[],
  slotOf: ReadonlyMap<string, number>,
  stored: readonly StoredTopList[],
  changedIds: ReadonlySet<string>,
): Rescan {
  const rescan: Rescan = {
    scanned: new Uint8Array(slots.length),
    changed: new Uint8Array(slots.length),
    touched: new Uint8Array(slots.length),
  };
  for (const id of changedIds) {
    const slot = slotOf.get(id);
    if (slot === undefined) continue;
    rescan.scanned[slot] = 1;
    rescan.changed[slot] = 1;
  }
  for (const list of stored) {
    const slot = slotOf.get(list.declarationId);
    if (slot === undefined) continue;
    if (list.entries.some(({ counterpartId }) => changedIds.has(counterpartId))) {
      rescan.scanned[slot] = 1;
    }
  }
  return rescan;
}
