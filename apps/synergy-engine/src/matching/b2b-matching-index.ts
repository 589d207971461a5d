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

/** What a build found: the flat top lists, the record of each of their cells, the kept ones. */
interface Build {
  readonly dense: DenseTopLists;
  readonly cells: readonly (B2BCandidate | undefined)[];
  /** In the order they were made, which is close to their order in memory. */
  readonly kept: readonly B2BCandidate[];
  /** Position in `kept` → the slots of its resource and of its need. */
  readonly resourceSlots: readonly number[];
  readonly needSlots: readonly number[];
  /** Positions in `kept`, in synergy rank. */
  readonly ranked: Int32Array;
}

const builds = new WeakMap<B2BMatchingIndex, Build>();
const changeStates = new WeakMap<B2BMatchingIndex, ChangeState>();

function changeStateOf(index: B2BMatchingIndex): ChangeState {
  let state = changeStates.get(index);
  if (!state) {
    const topCandidates = new Map<string, B2BCandidate[]>();
    const build = builds.get(index);
    if (build) {
      const { declarations, topK, counts } = build.dense;
      declarations.forEach((declaration, slot) => {
        const first = slot * topK;
        topCandidates.set(
          declaration.id,
          build.cells.slice(first, first + counts[slot]) as B2BCandidate[],
        );
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
 * arrays (`denseTopLists`: each eligible pair scored once, nothing allocated per pair); a
 * candidate record is built only for a pair that ends in a list, once even when it is in the
 * lists of both its sides.
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
  const { topK, counts, counterparts, scores, distances, compatibilities } = dense;
  const slots = dense.declarations;
  const cells: (B2BCandidate | undefined)[] = new Array<B2BCandidate | undefined>(
    slots.length * topK,
  );
  const kept: B2BCandidate[] = [];
  const resourceSlots: number[] = [];
  const needSlots: number[] = [];
  /** Cell → position in `kept` of its candidate. */
  const positionOfCell = new Int32Array(slots.length * topK);
  const candidateAt = (owner: number, cell: number): B2BCandidate => {
    const other = counterparts[cell];
    const ownerIsResource = slots[owner].kind === 'RESOURCE';
    const resourceSlot = ownerIsResource ? owner : other;
    const needSlot = ownerIsResource ? other : owner;
    if (!ownerIsResource) {
      // The same pair in the resource's list: one record for both.
      const base = resourceSlot * topK;
      for (
        let cellOfResource = base;
        cellOfResource < base + counts[resourceSlot];
        cellOfResource += 1
      ) {
        if (counterparts[cellOfResource] === needSlot) {
          positionOfCell[cell] = positionOfCell[cellOfResource];
          return cells[cellOfResource] as B2BCandidate;
        }
      }
    }
    const resource = slots[resourceSlot];
    const need = slots[needSlot];
    const candidate: B2BCandidate = {
      resource,
      need,
      compatibility: compatibilities[cell] as B2BCandidate['compatibility'],
      distanceKm: distances[cell],
      score: scores[cell],
      key: pairKey(resource.id, need.id),
    };
    positionOfCell[cell] = kept.length;
    kept.push(candidate);
    resourceSlots.push(resourceSlot);
    needSlots.push(needSlot);
    return candidate;
  };
  // Resources first, so that a need finds the records of the pairs its resources kept.
  for (const kind of ['RESOURCE', 'NEED'] as const) {
    for (let owner = 0; owner < slots.length; owner += 1) {
      if (slots[owner].kind !== kind) continue;
      for (let cell = owner * topK; cell < owner * topK + counts[owner]; cell += 1) {
        cells[cell] = candidateAt(owner, cell);
      }
    }
  }
  const ranked = inSynergyRank(kept, dense, positionOfCell, resourceSlots, needSlots);
  builds.set(index, { dense, cells, kept, resourceSlots, needSlots, ranked });
  return index;
}

/** The largest `roundScore` value, in ten-thousandths. */
const SCORE_STEPS = 10_000;

/**
 * The positions in `kept` in the order of `bySynergyRank`, without comparing strings: each
 * candidate gets one number, score (in ten-thousandths, best first) then the rank of its
 * resource id then of its need id, and the numbers are sorted natively. Falls back to the
 * comparator for a region too large for exact numbers.
 */
function inSynergyRank(
  kept: readonly B2BCandidate[],
  dense: DenseTopLists,
  positionOfCell: Int32Array,
  resourceSlots: readonly number[],
  needSlots: readonly number[],
): Int32Array {
  const { declarations, counts, counterparts, topK } = dense;
  const byComparator = () =>
    new Int32Array(kept.length)
      .map((_, position) => position)
      .sort((a, b) => bySynergyRank(kept[a], kept[b]));
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
  const keys = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i += 1) {
    const steps = Math.round(kept[i].score * SCORE_STEPS);
    if (!(steps >= 0 && steps <= SCORE_STEPS)) return byComparator();
    keys[i] =
      (SCORE_STEPS - steps) * square + rankOfSlot[resourceSlots[i]] * n + rankOfSlot[needSlots[i]];
  }
  keys.sort();
  /** The cell of the pair in the owner's list, or -1. */
  const cellOf = (owner: number, other: number): number => {
    for (let cell = owner * topK; cell < owner * topK + counts[owner]; cell += 1) {
      if (counterparts[cell] === other) return cell;
    }
    return -1;
  };
  // A loop, not Int32Array.from(keys, map): `from` walks its source through an iterator.
  const ranked = new Int32Array(keys.length);
  for (let rank = 0; rank < keys.length; rank += 1) {
    const rest = keys[rank] % square;
    const resourceSlot = byId[Math.floor(rest / n)];
    const needSlot = byId[rest % n];
    const cell = cellOf(resourceSlot, needSlot);
    ranked[rank] = positionOfCell[cell >= 0 ? cell : cellOf(needSlot, resourceSlot)];
  }
  return ranked;
}

/**
 * The items at the ranked positions, in rank order; a loop, not Array.from(ranked, map), which
 * walks its source through an iterator.
 */
function inRankOrder<T>(ranked: Int32Array, items: readonly T[]): T[] {
  const ordered: T[] = [];
  for (let rank = 0; rank < ranked.length; rank += 1) ordered.push(items[ranked[rank]]);
  return ordered;
}

/** The kept candidates (top K of either side), best first, each once. */
export function keptB2BCandidates(index: B2BMatchingIndex): B2BCandidate[] {
  const state = changeStates.get(index);
  if (!state) {
    const build = builds.get(index);
    return build ? inRankOrder(build.ranked, build.kept) : [];
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
  // Built in the order the candidates were made, which reads memory in order, then ranked.
  const records = build.kept.map((candidate, position) =>
    builder.build(
      candidate,
      participants[build.resourceSlots[position]],
      participants[build.needSlots[position]],
    ),
  );
  return inRankOrder(build.ranked, records);
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
