import {
  CategoryScoreCache,
  counterpartOf,
  entersTop,
  insertInTop,
  pairKey,
  scoreCandidate,
  type B2BCandidate,
} from './b2b-candidate';
import { denseTopLists, type DenseTopLists } from './b2b-dense-top-lists';
import { forEachEligiblePair } from './b2b-pair-search';
import { B2BSynergyBuilder, b2bParticipant, bySynergyRank } from './b2b-synergy';
import type { MatchableDeclaration } from './matchable-declaration';
import {
  resolveMatchingOptions,
  type MatchingOptions,
  type ResolvedMatchingOptions,
} from './matching-options';
import { SpatialDeclarationIndex } from './spatial-declaration-index';
import type { B2BSynergy } from './synergy';

/**
 * The B2B matching state of a region: its declarations and, for each, its best K candidates
 * (kept with the build, then in a `ChangeState` once the index changes). A pair is kept when it is in the top K of EITHER side: every resource
 * and every need sees its K best options, so a need near a single resource is not starved
 * because that resource has better needs elsewhere; the list stays bounded by K × declarations.
 */
export interface B2BMatchingIndex {
  readonly options: ResolvedMatchingOptions;
  readonly declarations: Map<string, MatchableDeclaration>;
  readonly categoryScores: CategoryScoreCache;
}

/**
 * What a change re-matches against: the spatial index and each declaration's top list (best
 * first, at most topK). A full match never changes its index, so they are made from the build
 * at the first change (`changeStateOf`), not with it.
 */
interface ChangeState {
  readonly spatial: SpatialDeclarationIndex;
  /** Declaration id → its best candidates, best first, at most topK. */
  readonly topCandidates: Map<string, B2BCandidate[]>;
}

/**
 * What a build found: the flat top lists and the kept pairs (in the top list of either side),
 * each once, as the slots of its resource and need and a cell of a list holding it. Records
 * are made from them when asked for, so a full match holds no object per pair.
 */
interface Build {
  readonly dense: DenseTopLists;
  readonly keptResources: Int32Array;
  readonly keptNeeds: Int32Array;
  readonly keptCells: Int32Array;
  /** Cell of a list → position of its pair among the kept ones. */
  readonly positionOfCell: Int32Array;
  /** Positions of the kept pairs, in synergy rank. */
  readonly ranked: Int32Array;
}

/** A build before its pairs are ranked. */
type KeptPairs = Omit<Build, 'ranked'>;

const builds = new WeakMap<B2BMatchingIndex, Build>();
const changeStates = new WeakMap<B2BMatchingIndex, ChangeState>();

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

function changeStateOf(index: B2BMatchingIndex): ChangeState {
  let state = changeStates.get(index);
  if (!state) {
    const topCandidates = new Map<string, B2BCandidate[]>();
    const build = builds.get(index);
    if (build) {
      const { declarations, topK, counts } = build.dense;
      // One record per pair, shared by the lists of both its sides.
      const records: B2BCandidate[] = [];
      declarations.forEach((declaration, slot) => {
        const list: B2BCandidate[] = [];
        for (let cell = slot * topK; cell < slot * topK + counts[slot]; cell += 1) {
          const position = build.positionOfCell[cell];
          records[position] ??= keptCandidate(build, position);
          list.push(records[position]);
        }
        topCandidates.set(declaration.id, list);
      });
    }
    state = { spatial: SpatialDeclarationIndex.build(index.declarations.values()), topCandidates };
    changeStates.set(index, state);
    builds.delete(index);
  }
  return state;
}

/** What one change does to the kept B2B synergies. */
export interface B2BMatchDelta {
  /** Synergies new or whose data may have changed, by key. */
  readonly upserted: readonly B2BSynergy[];
  /** Keys of synergies no longer kept. */
  readonly removed: readonly string[];
}

function listOf(state: ChangeState, id: string): B2BCandidate[] {
  let list = state.topCandidates.get(id);
  if (!list) {
    list = [];
    state.topCandidates.set(id, list);
  }
  return list;
}

/** Offers a pair to the top lists of both its sides, building the candidate only if it enters. */
function offerPair(
  index: B2BMatchingIndex,
  state: ChangeState,
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: B2BCandidate['compatibility'],
  distanceKm: number,
  sides: { resource: boolean; need: boolean },
): void {
  const { topK } = index.options;
  const score = scoreCandidate(
    resource,
    need,
    compatibility,
    distanceKm,
    index.categoryScores.score(resource, need, compatibility),
  );
  const resourceList = sides.resource ? listOf(state, resource.id) : undefined;
  const needList = sides.need ? listOf(state, need.id) : undefined;
  const intoResource =
    !!resourceList && entersTop(resourceList, topK, score, distanceKm, need.id, resource.id);
  const intoNeed = !!needList && entersTop(needList, topK, score, distanceKm, resource.id, need.id);
  if (!intoResource && !intoNeed) return;
  const candidate: B2BCandidate = {
    resource,
    need,
    compatibility,
    distanceKm,
    score,
    key: pairKey(resource.id, need.id),
  };
  if (intoResource) insertInTop(resourceList, topK, candidate, resource.id);
  if (intoNeed) insertInTop(needList, topK, candidate, need.id);
}

/**
 * Builds the index and the top lists of every declaration. The lists are computed on flat
 * arrays (`denseTopLists`: each eligible pair scored once, nothing allocated per pair), and
 * the kept pairs are listed as slots and cells.
 */
export function buildB2BMatchingIndex(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
): B2BMatchingIndex {
  const index: B2BMatchingIndex = {
    options: resolveMatchingOptions(options),
    declarations: new Map(declarations.map((declaration) => [declaration.id, declaration])),
    categoryScores: new CategoryScoreCache(),
  };
  const dense = denseTopLists([...index.declarations.values()], index.options);
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
  builds.set(index, { ...kept, ranked: inSynergyRank(kept) });
  return index;
}

/** The cell of the pair in the owner's list, or -1. */
function cellOf(dense: DenseTopLists, owner: number, other: number): number {
  const { topK, counts, counterparts } = dense;
  for (let cell = owner * topK; cell < owner * topK + counts[owner]; cell += 1) {
    if (counterparts[cell] === other) return cell;
  }
  return -1;
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
  const ids = declarations.map((declaration) => declaration.id);
  const byId = new Int32Array(n).map((_, slot) => slot);
  byId.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
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

/** The kept candidates (top K of either side), best first, each once. */
export function keptB2BCandidates(index: B2BMatchingIndex): B2BCandidate[] {
  const state = changeStates.get(index);
  if (!state) {
    const build = builds.get(index);
    if (!build) return [];
    const ordered: B2BCandidate[] = [];
    // A loop, not Array.from(ranked, map), which walks its source through an iterator.
    for (const position of build.ranked) ordered.push(keptCandidate(build, position));
    return ordered;
  }
  const kept = new Map<string, B2BCandidate>();
  for (const list of state.topCandidates.values()) {
    for (const candidate of list) kept.set(candidate.key, candidate);
  }
  return [...kept.values()].sort(bySynergyRank);
}

export function b2bSynergies(index: B2BMatchingIndex): B2BSynergy[] {
  const builder = new B2BSynergyBuilder();
  const build = changeStates.has(index) ? undefined : builds.get(index);
  if (!build) return keptB2BCandidates(index).map((candidate) => builder.build(candidate));
  const participants = build.dense.declarations.map((declaration) =>
    b2bParticipant(declaration, declaration.kind === 'RESOURCE' ? 'SUPPLIER' : 'CONSUMER'),
  );
  const synergies: B2BSynergy[] = [];
  for (const position of build.ranked) {
    synergies.push(
      builder.build(
        keptCandidate(build, position),
        participants[build.keptResources[position]],
        participants[build.keptNeeds[position]],
      ),
    );
  }
  return synergies;
}

/** Recomputes one declaration's top list from the index. */
function researchTop(
  index: B2BMatchingIndex,
  state: ChangeState,
  declaration: MatchableDeclaration,
): void {
  state.topCandidates.set(declaration.id, []);
  const ownSide = {
    resource: declaration.kind === 'RESOURCE',
    need: declaration.kind === 'NEED',
  };
  forEachEligiblePair(state.spatial, declaration, index.options, (resource, need, entry, km) =>
    offerPair(index, state, resource, need, entry, km, ownSide),
  );
}

function listHas(list: readonly B2BCandidate[] | undefined, ownerId: string, otherId: string) {
  return !!list && list.some((candidate) => counterpartOf(candidate, ownerId).id === otherId);
}

function isKept(
  lists: (id: string) => readonly B2BCandidate[] | undefined,
  candidate: B2BCandidate,
): boolean {
  const { resource, need } = candidate;
  return (
    listHas(lists(resource.id), resource.id, need.id) ||
    listHas(lists(need.id), need.id, resource.id)
  );
}

/**
 * Applies one change (a new or changed declaration, or a withdrawn one when `next` is
 * undefined) and re-matches only the pairs it touches:
 * 1. the declarations whose top list held the old version lose it; a full list then needs its
 *    next-best candidate, so it is searched again in the index;
 * 2. the new version gets its own top list, and is offered to the top list of every eligible
 *    counterpart (a candidate outside a full top K before stays outside after one insertion).
 * The delta compares, pair by pair, whether it was kept before and after.
 */
function applyChange(
  index: B2BMatchingIndex,
  id: string,
  next: MatchableDeclaration | undefined,
): B2BMatchDelta {
  const { topK } = index.options;
  const state = changeStateOf(index);
  const before = new Map<string, readonly B2BCandidate[]>();
  const remember = (declarationId: string) => {
    if (!before.has(declarationId)) {
      before.set(declarationId, [...(state.topCandidates.get(declarationId) ?? [])]);
    }
  };
  remember(id);

  const previous = index.declarations.get(id);
  const holders: MatchableDeclaration[] = [];
  if (previous) {
    forEachEligiblePair(state.spatial, previous, index.options, (resource, need) => {
      const other = previous.kind === 'RESOURCE' ? need : resource;
      if (listHas(state.topCandidates.get(other.id), other.id, id)) holders.push(other);
    });
    state.spatial.remove(previous);
    index.declarations.delete(id);
  }
  if (next) {
    state.spatial.add(next);
    index.declarations.set(id, next);
  }

  const searchedAgain = new Set<string>();
  for (const holder of holders) {
    remember(holder.id);
    const list = listOf(state, holder.id);
    if (list.length >= topK) {
      researchTop(index, state, holder);
      searchedAgain.add(holder.id);
    } else {
      list.splice(
        list.findIndex((candidate) => counterpartOf(candidate, holder.id).id === id),
        1,
      );
    }
  }

  state.topCandidates.delete(id);
  if (next) {
    const ownList = listOf(state, id);
    forEachEligiblePair(state.spatial, next, index.options, (resource, need, entry, km) => {
      const other = next.kind === 'RESOURCE' ? need : resource;
      const offerToOther = !searchedAgain.has(other.id);
      if (offerToOther) remember(other.id);
      offerPair(index, state, resource, need, entry, km, {
        resource: resource.id === id || offerToOther,
        need: need.id === id || offerToOther,
      });
    });
    if (ownList.length === 0) state.topCandidates.delete(id);
  }

  return deltaOf(state, id, before);
}

function deltaOf(
  state: ChangeState,
  changedId: string,
  before: ReadonlyMap<string, readonly B2BCandidate[]>,
): B2BMatchDelta {
  const listsBefore = (id: string) => before.get(id) ?? state.topCandidates.get(id);
  const listsAfter = (id: string) => state.topCandidates.get(id);
  const keptBefore = new Set<string>();
  const afterCandidates = new Map<string, B2BCandidate>();
  for (const [id, list] of before) {
    for (const candidate of list) {
      if (isKept(listsBefore, candidate)) {
        keptBefore.add(candidate.key);
      }
    }
    for (const candidate of state.topCandidates.get(id) ?? []) {
      if (isKept(listsAfter, candidate)) {
        afterCandidates.set(candidate.key, candidate);
      }
    }
  }
  const builder = new B2BSynergyBuilder();
  const upserted = [...afterCandidates.entries()]
    .filter(
      ([key, candidate]) =>
        !keptBefore.has(key) ||
        candidate.resource.id === changedId ||
        candidate.need.id === changedId,
    )
    .map(([, candidate]) => candidate)
    .sort(bySynergyRank)
    .map((candidate) => builder.build(candidate));
  const removed = [...keptBefore].filter((key) => !afterCandidates.has(key)).sort();
  return { upserted, removed };
}

/** Re-matches the pairs touching one new or changed declaration. */
export function rematchDeclaration(
  index: B2BMatchingIndex,
  changed: MatchableDeclaration,
): B2BMatchDelta {
  return applyChange(index, changed.id, changed);
}

/** Removes a withdrawn declaration and re-matches the pairs it touched. */
export function withdrawDeclaration(index: B2BMatchingIndex, id: string): B2BMatchDelta {
  return applyChange(index, id, undefined);
}
