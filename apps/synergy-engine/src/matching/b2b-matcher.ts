import { allocateQuantities } from './allocation';
import { pairKey, type B2BCandidate } from './b2b-candidate';
import { denseTopLists } from './b2b-dense-top-lists';
import { quantitiesCompare } from './b2b-declaration-columns';
import { storedTopListOf, type StoredTopList } from './b2b-stored-top-lists';
import { B2BSynergyBuilder, b2bSide, bySynergyRank, type B2BSide } from './b2b-synergy';
import type { DenseTopLists } from './b2b-top-lists';
import type { MatchableDeclaration } from './matchable-declaration';
import {
  resolveMatchingOptions,
  type MatchingOptions,
  type ResolvedMatchingOptions,
} from './matching-options';
import type { B2BSynergy } from './synergy';

/**
 * What a build found: the flat top lists and the kept pairs (in the top list of either side),
 * each once, as the slots of its resource and need and a cell of a list holding it. Records
 * are made from them when asked for, so a full match holds no object per pair.
 */
export interface Build {
  readonly dense: DenseTopLists;
  readonly keptResources: Int32Array;
  readonly keptNeeds: Int32Array;
  readonly keptCells: Int32Array;
  /** Cell of a list → position of its pair among the kept ones. */
  readonly positionOfCell: Int32Array;
  /** Positions of the kept pairs, in synergy rank. */
  readonly ranked: Int32Array;
}

/** A match's synergies, with every declaration's top list. */
export interface B2BMatch {
  readonly synergies: B2BSynergy[];
  readonly topLists: StoredTopList[];
}

/** A build before its pairs are ranked. */
type KeptPairs = Omit<Build, 'ranked'>;

function keptCandidate(build: KeptPairs, position: number): B2BCandidate {
  const { declarations, compatibilities, distances, scores } = build.dense;
  const resource = declarations[build.keptResources[position]];
  const need = declarations[build.keptNeeds[position]];
  const cell = build.keptCells[position];
  return {
    resource,
    need,
    compatibility: compatibilities[cell] as B2BCandidate['compatibility'],
    distanceKm: distances[cell],
    score: scores[cell],
    key: pairKey(resource.id, need.id),
  };
}

/**
 * The kept pairs of the top lists (a pair is kept when it is in the top K of EITHER side: every
 * resource and every need sees its K best options, so a need near a single resource is not
 * starved because that resource has better needs elsewhere), each once, in synergy rank.
 */
export function keptPairsOf(dense: DenseTopLists): Build {
  const { topK, counts, counterparts } = dense;
  const slots = dense.declarations;
  const keptResources = new Int32Array(slots.length * topK);
  const keptNeeds = new Int32Array(slots.length * topK);
  const keptCells = new Int32Array(slots.length * topK);
  const positionOfCell = new Int32Array(slots.length * topK);
  let keptCount = 0;
  // Resources first: a need's pair that its resource kept too is already listed.
  for (const kind of ['RESOURCE', 'NEED'] as const) {
    for (let owner = 0; owner < slots.length; owner += 1) {
      if (slots[owner].kind !== kind) continue;
      for (let cell = owner * topK; cell < owner * topK + counts[owner]; cell += 1) {
        const other = counterparts[cell];
        const listed = kind === 'NEED' ? cellOf(dense, other, owner) : -1;
        if (listed >= 0) {
          positionOfCell[cell] = positionOfCell[listed];
          continue;
        }
        keptResources[keptCount] = kind === 'RESOURCE' ? owner : other;
        keptNeeds[keptCount] = kind === 'RESOURCE' ? other : owner;
        keptCells[keptCount] = cell;
        positionOfCell[cell] = keptCount;
        keptCount += 1;
      }
    }
  }
  const kept: KeptPairs = {
    dense,
    keptResources: keptResources.subarray(0, keptCount),
    keptNeeds: keptNeeds.subarray(0, keptCount),
    keptCells: keptCells.subarray(0, keptCount),
    positionOfCell,
  };
  return { ...kept, ranked: inSynergyRank(kept) };
}

/** The cell of the pair in the owner's list, or -1. */
function cellOf(dense: DenseTopLists, owner: number, other: number): number {
  const { topK, counts, counterparts } = dense;
  for (let cell = owner * topK; cell < owner * topK + counts[owner]; cell += 1) {
    if (counterparts[cell] === other) return cell;
  }
  return -1;
}

/** The slots in id order: the read model lists declarations so, and a check spares the sort. */
function slotsById(declarations: readonly MatchableDeclaration[]): Int32Array {
  const ids = declarations.map((declaration) => declaration.id);
  const byId = new Int32Array(ids.length).map((_, slot) => slot);
  if (ids.some((id, slot) => slot > 0 && ids[slot - 1] > id)) {
    byId.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  }
  return byId;
}

/** Each declaration once: the last given of an id, where the first stood. */
export function oneById(
  declarations: readonly MatchableDeclaration[],
): readonly MatchableDeclaration[] {
  // The read model lists declarations by id: strictly increasing ids need no set to be unique.
  if (declarations.every((d, slot) => slot === 0 || declarations[slot - 1].id < d.id)) {
    return declarations;
  }
  const ids = new Set(declarations.map((declaration) => declaration.id));
  if (ids.size === declarations.length) return declarations;
  return [...new Map(declarations.map((d) => [d.id, d])).values()];
}

/** The largest `roundScore` value, in ten-thousandths. */
const SCORE_STEPS = 10_000;

/**
 * The positions in `kept` in the order of `bySynergyRank`, without comparing strings: each
 * candidate gets one number, score (in ten-thousandths, best first) then the rank of its
 * resource id then of its need id, and the numbers are sorted natively. Falls back to the
 * comparator for a region too large for exact numbers.
 */
function inSynergyRank(kept: KeptPairs): Int32Array {
  const { dense, keptResources, keptNeeds, keptCells, positionOfCell } = kept;
  const { declarations, scores } = dense;
  const keptCount = keptCells.length;
  const byComparator = () => {
    const candidates = Array.from({ length: keptCount }, (_, position) =>
      keptCandidate(kept, position),
    );
    return new Int32Array(keptCount)
      .map((_, position) => position)
      .sort((a, b) => bySynergyRank(candidates[a], candidates[b]));
  };
  const n = declarations.length;
  const square = n * n;
  if ((SCORE_STEPS + 1) * square >= Number.MAX_SAFE_INTEGER) return byComparator();
  const byId = slotsById(declarations);
  const rankOfSlot = new Int32Array(n);
  byId.forEach((slot, rank) => {
    rankOfSlot[slot] = rank;
  });
  const keys = new Float64Array(keptCount);
  for (let i = 0; i < keptCount; i += 1) {
    const steps = Math.round(scores[keptCells[i]] * SCORE_STEPS);
    if (!(steps >= 0 && steps <= SCORE_STEPS)) return byComparator();
    keys[i] =
      (SCORE_STEPS - steps) * square + rankOfSlot[keptResources[i]] * n + rankOfSlot[keptNeeds[i]];
  }
  keys.sort();
  // A loop, not Int32Array.from(keys, map): `from` walks its source through an iterator.
  const ranked = new Int32Array(keptCount);
  for (let rank = 0; rank < keptCount; rank += 1) {
    const rest = keys[rank] % square;
    const resourceSlot = byId[Math.floor(rest / n)];
    const needSlot = byId[rest % n];
    const cell = cellOf(dense, resourceSlot, needSlot);
    ranked[rank] = positionOfCell[cell >= 0 ? cell : cellOf(dense, needSlot, resourceSlot)];
  }
  return ranked;
}

/**
 * The quantity allocated to each kept pair, in synergy rank (`allocateQuantities`): NaN for a
 * pair whose quantities do not compare (read from the search's columns, as `quantityBasis`).
 */
function allocatedByRank(build: Build): Float64Array {
  const { compatibilities } = build.dense;
  const { quantities, units } = build.dense.columns;
  const count = build.ranked.length;
  const resources = new Int32Array(count);
  const needs = new Int32Array(count);
  for (let rank = 0; rank < count; rank += 1) {
    const position = build.ranked[rank];
    const resource = build.keptResources[position];
    const need = build.keptNeeds[position];
    const entry = compatibilities[build.keptCells[position]] as B2BCandidate['compatibility'];
    const compared = quantitiesCompare(
      entry,
      quantities[resource],
      units[resource],
      quantities[need],
      units[need],
    );
    resources[rank] = compared ? resource : -1;
    needs[rank] = need;
  }
  return allocateQuantities(resources, needs, quantities);
}

/** The records of the kept pairs, best first: all of them, or those `selected` keeps. */
export function recordsOf(
  build: Build,
  resolved: ResolvedMatchingOptions,
  selected?: (resource: number, need: number) => boolean,
): B2BSynergy[] {
  const allocated = allocatedByRank(build);
  const { declarations } = build.dense;
  // Filled, not holey: a hole read looks up the prototype chain, once per record.
  const sides = new Array<B2BSide | undefined>(declarations.length).fill(undefined);
  const sideOf = (slot: number): B2BSide =>
    (sides[slot] ??= b2bSide(
      declarations[slot],
      declarations[slot].kind === 'RESOURCE' ? 'SUPPLIER' : 'CONSUMER',
    ));
  const builder = new B2BSynergyBuilder(resolved);
  const synergies: B2BSynergy[] = [];
  for (let rank = 0; rank < build.ranked.length; rank += 1) {
    const position = build.ranked[rank];
    const resource = build.keptResources[position];
    const need = build.keptNeeds[position];
    if (selected && !selected(resource, need)) continue;
    synergies.push(
      builder.build(
        keptCandidate(build, position),
        Number.isNaN(allocated[rank]) ? null : allocated[rank],
        sideOf(resource),
        sideOf(need),
      ),
    );
  }
  return synergies;
}

/**
 * Every B2B synergy of a set of declarations: the top lists of each declaration (see
 * `denseTopLists`: eligible pairs, the pair rules, the score and its minimum), the pairs kept
 * by either side, their resources shared out among them (`allocateQuantities`), then the
 * records, best first.
 */
export function matchB2B(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
): B2BSynergy[] {
  const resolved = resolveMatchingOptions(options);
  return recordsOf(keptPairsOf(denseTopLists(oneById(declarations), resolved)), resolved);
}

/** `matchB2B`, with every declaration's top list, which `rematchB2B` starts from. */
export function matchB2BWithTopLists(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
): B2BMatch {
  const resolved = resolveMatchingOptions(options);
  const dense = denseTopLists(oneById(declarations), resolved);
  return {
    synergies: recordsOf(keptPairsOf(dense), resolved),
    topLists: dense.declarations.map((_, slot) => storedTopListOf(dense, slot)),
  };
}
