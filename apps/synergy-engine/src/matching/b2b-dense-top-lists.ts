import { compatibleNeedCategories, matchScore, type Compatibility } from '@symbiose/taxonomy';
import {
  declarationColumns,
  frequencyFitOf,
  needColumnsOf,
  quantitiesCompare,
  type DeclarationColumns,
  type LatitudeStrip,
  type NeedColumns,
} from './b2b-declaration-columns';
import { b2bScore, distanceDecay, needCoverage } from './b2b-score';
import { ScoreBound } from './b2b-score-bound';
import { DenseTopLists } from './b2b-top-lists';
import { factsOf, type DeclarationFacts } from './declaration-facts';
import { EARTH_RADIUS_KM, boxAround, haversineKm, type DegreeBox } from './great-circle';
import type { MatchableDeclaration } from './matchable-declaration';
import {
  settingsFor,
  type ResolvedMatchingOptions,
  type ResolvedTerritorySettings,
} from './matching-options';
import {
  categoryPairIsRuled,
  firstFailure,
  isNegligibleSupply,
  resourceIsRefused,
} from './pair-rules';

/**
 * The top K lists of every declaration of a region (`DenseTopLists`), in one pass over flat
 * arrays (`DeclarationColumns`). Each resource scans, in each compatible need category of its
 * territory, the needs inside its reach's bounding box, along a strip sorted by latitude.
 *
 * A pair is eligible when its categories are compatible, its organizations differ, it lies
 * within the territory's reach, it fails none of the pair rules (`pair-rules.ts`) and scores at
 * least the territory's minimum. The cheap checks come first; a pair that cannot reach the
 * minimum or enter either full list is not scored (`ScoreBound`), since lists only get better
 * and their order does not depend on the order pairs are offered in; and the rules are asked
 * last, and only when one can refuse the pair (facts on either side, a ruled category pair), but
 * for those a resource fails whatever the need, asked once per resource and category.
 */
export function denseTopLists(
  declarations: readonly MatchableDeclaration[],
  options: ResolvedMatchingOptions,
): DenseTopLists {
  const { resources, needs } = groupsOf(declarations);
  const search = new PairSearch(declarations, options, needs);
  for (const slots of resources.values()) search.scanResourceGroup(slots);
  return search.lists;
}

/**
 * Which lists a rescan computes afresh (`rescannedTopLists`), by slot: 1 in `scanned` for a list
 * computed afresh, 1 in `changed` for a declaration that changed since the lists it is restored
 * from; `touched` gets 1 for a restored list a changed declaration entered.
 */
export interface Rescan {
  readonly scanned: Uint8Array;
  readonly changed: Uint8Array;
  readonly touched: Uint8Array;
}

/**
 * The top K lists of a region whose lists an earlier search computed (`restore` sets them), but
 * for the `scanned` slots: those are searched afresh against every declaration. Every list is
 * then the one `denseTopLists` would give, provided the scanned slots are the changed
 * declarations and every declaration whose restored list held one of them: a list that held
 * none changes only by the changed declarations entering it, and each is offered to the
 * restored lists of its candidates. Null when `restore` cannot set every list.
 */
export function rescannedTopLists(
  declarations: readonly MatchableDeclaration[],
  options: ResolvedMatchingOptions,
  restore: (lists: DenseTopLists) => boolean,
  rescan: Rescan,
): DenseTopLists | null {
  const { resources, needs } = groupsOf(declarations);
  const search = new PairSearch(declarations, options, needs);
  if (!restore(search.lists)) return null;
  search.rescanOwners(resources.values(), rescan);
  return search.lists;
}

/** Slots of one territory's declarations of one category, by kind. */
function groupsOf(declarations: readonly MatchableDeclaration[]) {
  const resources = new Map<string, number[]>();
  const needs = new Map<string, number[]>();
  declarations.forEach((declaration, slot) => {
    const groups = declaration.kind === 'RESOURCE' ? resources : needs;
    const key = groupKey(declaration.territoryId, declaration.categoryCode);
    const group = groups.get(key);
    if (group) group.push(slot);
    else groups.set(key, [slot]);
  });
  return { resources, needs };
}

function groupKey(territoryId: string, categoryCode: string): string {
  return `${territoryId}\u0000${categoryCode}`;
}

/** First position of [start, end) whose latitude is at least `min`. */
function lowerBound(latitudes: Float64Array, min: number, start: number, end: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (latitudes[middle] < min) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A need category a resource group scans: its strip of needs and its compatibility entry, with
 * the category term by waste code agreement, asked of the taxonomy once each.
 */
class Target {
  /** Either side without a recognised waste code; both with the same; both with different. */
  private unknown = NaN;
  private same = NaN;
  private different = NaN;

  constructor(
    readonly strip: LatitudeStrip,
    readonly entry: Compatibility,
    /** Whether a rule applies to the category pair whatever the declarations state. */
    readonly ruled: boolean,
  ) {}

  categoryScore(
    resource: MatchableDeclaration,
    need: MatchableDeclaration,
    resourceWaste: number,
    needWaste: number,
  ): number {
    if (resourceWaste < 0 || needWaste < 0) {
      if (Number.isNaN(this.unknown)) this.unknown = matchScore(resource, need);
      return this.unknown;
    }
    if (resourceWaste === needWaste) {
      if (Number.isNaN(this.same)) this.same = matchScore(resource, need);
      return this.same;
    }
    if (Number.isNaN(this.different)) this.different = matchScore(resource, need);
    return this.different;
  }
}

/** A resource as the query point of its scans: what every pair reads of it, read once. */
class Probe {
  readonly declaration: MatchableDeclaration;
  readonly facts: DeclarationFacts;
  readonly box: DegreeBox;
  /** Radians, as `haversineKm` reads them. */
  readonly latitude: number;
  readonly longitude: number;
  readonly cosLatitude: number;
  readonly organization: number;
  readonly quantity: number;
  readonly unit: number;
  readonly frequency: number;
  readonly waste: number;
  readonly mayRefuse: boolean;

  constructor(
    readonly slot: number,
    { declarations, columns, facts }: Pick<PairSearch, 'declarations' | 'columns' | 'facts'>,
    reachKm: number,
  ) {
    this.declaration = declarations[slot];
    this.facts = facts[slot];
    this.box = boxAround(this.declaration.latitude, this.declaration.longitude, reachKm);
    this.latitude = columns.latitudes[slot];
    this.longitude = columns.longitudes[slot];
    this.cosLatitude = columns.cosLatitudes[slot];
    this.organization = columns.organizations[slot];
    this.quantity = columns.quantities[slot];
    this.unit = columns.units[slot];
    this.frequency = columns.frequencies[slot];
    this.waste = columns.wastes[slot];
    this.mayRefuse = columns.mayRefuse[slot] === 1;
  }
}

class PairSearch {
  readonly lists: DenseTopLists;
  readonly columns: DeclarationColumns;
  readonly facts: readonly DeclarationFacts[];
  private readonly needs: NeedColumns;
  private readonly strips: ReadonlyMap<string, LatitudeStrip>;
  /** Each need's list threshold, in strip order: the scans read it beside its columns. */
  private readonly needThresholds: Float64Array;
  private readonly bound: ScoreBound;
  private settings: ResolvedTerritorySettings;
  /** Set for a rescan, with the slot whose list the current scan computes. */
  private rescan: Rescan | null = null;
  private owner = -1;

  constructor(
    readonly declarations: readonly MatchableDeclaration[],
    private readonly options: ResolvedMatchingOptions,
    needGroups: ReadonlyMap<string, number[]>,
  ) {
    this.columns = declarationColumns(declarations);
    this.lists = new DenseTopLists(declarations, options.topK, this.columns);
    this.facts = declarations.map(factsOf);
    const { columns, strips } = needColumnsOf(needGroups, declarations, this.columns);
    this.needs = columns;
    this.strips = strips;
    this.needThresholds = new Float64Array(columns.slots.length).fill(-Infinity);
    this.bound = new ScoreBound(options);
    this.settings = options.defaults;
  }

  /** The resources of one territory and category, against each compatible need category. */
  scanResourceGroup(slots: readonly number[]): void {
    const targets = this.targetsOf(slots);
    if (targets.length === 0) return;
    for (const slot of slots) {
      const probe = new Probe(slot, this, this.settings.maxDistanceKm);
      const { declaration: resource, facts: resourceFacts } = probe;
      for (const target of targets) {
        if (resourceIsRefused({ resource, resourceFacts, compatibility: target.entry })) continue;
        this.scanStrip(probe, target);
      }
    }
  }

  /**
   * Searches the lists of the rescan's scanned slots afresh: a scanned resource scans its strips
   * as in a whole search; a scanned need is tried against every resource of a compatible
   * category. Each pair is offered to the scanned side's list, and to the other side's restored
   * list when the scanned side is a changed declaration.
   */
  rescanOwners(resourceGroups: Iterable<readonly number[]>, rescan: Rescan): void {
    this.rescan = rescan;
    const scannedNeeds: number[] = [];
    this.needs.slots.forEach((slot, position) => {
      if (rescan.scanned[slot] === 1) scannedNeeds.push(position);
    });
    for (const slots of resourceGroups) {
      const targets = this.targetsOf(slots);
      const needsOf = targets.map(({ strip }) =>
        scannedNeeds.filter((position) => position >= strip.start && position < strip.end),
      );
      const anyNeed = needsOf.some((positions) => positions.length > 0);
      for (const slot of slots) {
        if (!anyNeed && rescan.scanned[slot] === 0) continue;
        const probe = new Probe(slot, this, this.settings.maxDistanceKm);
        targets.forEach((target, t) => {
          const { declaration: resource, facts: resourceFacts } = probe;
          if (resourceIsRefused({ resource, resourceFacts, compatibility: target.entry })) return;
          if (rescan.scanned[slot] === 1) {
            this.owner = slot;
            this.scanStrip(probe, target);
          }
          for (const position of needsOf[t]) {
            const latitude = this.needs.latitudeDegrees[position];
            if (latitude < probe.box.minLatitude || latitude > probe.box.maxLatitude) continue;
            this.owner = this.needs.slots[position];
            this.tryInBox(probe, target, position);
          }
        });
      }
    }
  }

  /** The need categories a group of resources (of one territory and category) scans. */
  private targetsOf(slots: readonly number[]): Target[] {
    const first = this.declarations[slots[0]];
    this.settings = settingsFor(this.options, first.territoryId);
    const resourceIsWaste = this.facts[slots[0]].isWasteCategory;
    const targets: Target[] = [];
    for (const entry of compatibleNeedCategories(first.categoryCode)) {
      const strip = this.strips.get(groupKey(first.territoryId, entry.needCode));
      if (!strip) continue;
      targets.push(new Target(strip, entry, categoryPairIsRuled(entry, resourceIsWaste)));
    }
    return targets;
  }

  /**
   * The needs of the target's strip inside the probe's box, nearest latitude first, outwards:
   * near pairs score best, so the lists fill with good pairs early and the bound skips more of
   * the rest.
   */
  private scanStrip(probe: Probe, target: Target): void {
    const { latitudeDegrees } = this.needs;
    const { box } = probe;
    const { start, end } = target.strip;
    const latitude = probe.declaration.latitude;
    let above = lowerBound(latitudeDegrees, latitude, start, end);
    let below = above - 1;
    for (;;) {
      const up = above < end && latitudeDegrees[above] <= box.maxLatitude;
      const down = below >= start && latitudeDegrees[below] >= box.minLatitude;
      if (up && (!down || latitudeDegrees[above] - latitude <= latitude - latitudeDegrees[below])) {
        this.tryInBox(probe, target, above);
        above += 1;
      } else if (down) {
        this.tryInBox(probe, target, below);
        below -= 1;
      } else {
        return;
      }
    }
  }

  private tryInBox(probe: Probe, target: Target, i: number): void {
    const longitude = this.needs.longitudeDegrees[i];
    if (longitude >= probe.box.minLongitude && longitude <= probe.box.maxLongitude) {
      this.tryPair(probe, target, i);
    }
  }

  /** Offers the pair of the probe and the need at strip position `i`, when it is eligible. */
  private tryPair(probe: Probe, target: Target, i: number): void {
    const needs = this.needs;
    if (needs.organizations[i] === probe.organization) return;
    if (probe.declaration.hazardous && needs.authorised[i] !== 1) return;
    const coverage = this.coverageOf(probe, target, i);
    if (
      coverage === coverage &&
      isNegligibleSupply(probe.quantity, needs.quantities[i], probe.declaration.canonicalUnit)
    ) {
      return;
    }
    const need = needs.slots[i];
    const fit = frequencyFitOf(probe.frequency, needs.frequencies[i]);
    const compatibility = target.categoryScore(
      probe.declaration,
      this.declarations[need],
      probe.waste,
      needs.wastes[i],
    );
    const { weights, minScore, maxDistanceKm } = this.settings;
    const listThreshold = Math.min(this.needThresholds[i], this.lists.threshold(probe.slot));
    const threshold = Math.max(listThreshold, minScore);
    // The latitude gap is a lower bound of the distance, known before the haversine.
    const gapKm = EARTH_RADIUS_KM * Math.abs(needs.latitudes[i] - probe.latitude);
    if (!this.bound.mayReach(threshold, gapKm, weights, compatibility, coverage, fit)) return;
    const distanceKm = haversineKm(
      probe.latitude,
      probe.longitude,
      probe.cosLatitude,
      needs.latitudes[i],
      needs.longitudes[i],
      needs.cosLatitudes[i],
    );
    if (distanceKm > maxDistanceKm) return;
    if (!this.bound.mayReach(threshold, distanceKm, weights, compatibility, coverage, fit)) return;
    const score = b2bScore(weights, compatibility, coverage, distanceDecay(distanceKm), fit);
    if (score < minScore) return;
    if (
      !this.lists.admits(probe.slot, need, score, distanceKm) &&
      !this.lists.admits(need, probe.slot, score, distanceKm)
    ) {
      return;
    }
    if (this.refusedByRules(probe, target, i, distanceKm)) return;
    if (this.rescan) {
      this.offerRescanned(probe.slot, need, score, distanceKm, target.entry);
    } else {
      this.lists.offer(probe.slot, need, score, distanceKm, target.entry);
      this.lists.offer(need, probe.slot, score, distanceKm, target.entry);
    }
    this.needThresholds[i] = this.lists.threshold(need);
  }

  /** A rescan's offer: to the scanned owner's list, and from a changed owner to a kept list. */
  private offerRescanned(
    resource: number,
    need: number,
    score: number,
    distanceKm: number,
    entry: Compatibility,
  ): void {
    const { scanned, changed, touched } = this.rescan as Rescan;
    const owner = this.owner;
    const other = owner === resource ? need : resource;
    this.lists.offer(owner, other, score, distanceKm, entry);
    if (
      changed[owner] === 1 &&
      scanned[other] === 0 &&
      this.lists.admits(other, owner, score, distanceKm)
    ) {
      this.lists.offer(other, owner, score, distanceKm, entry);
      touched[other] = 1;
    }
  }

  /** The quantity term: the share of the need covered, NaN when the quantities do not compare. */
  private coverageOf(probe: Probe, target: Target, i: number): number {
    const wanted = this.needs.quantities[i];
    const { quantity, unit } = probe;
    return quantitiesCompare(target.entry, quantity, unit, wanted, this.needs.units[i])
      ? needCoverage(quantity, wanted)
      : NaN;
  }

  /**
   * Whether a pair rule refuses the pair; asked only when one can (`declarationMayRefuse`): the
   * search has already refused a hazardous waste to a need that may not take it and a
   * negligible lot.
   */
  private refusedByRules(probe: Probe, target: Target, i: number, distanceKm: number): boolean {
    if (!target.ruled && !probe.mayRefuse && this.needs.mayRefuse[i] !== 1) return false;
    const need = this.needs.slots[i];
    const failure = firstFailure({
      resource: probe.declaration,
      need: this.declarations[need],
      resourceFacts: probe.facts,
      needFacts: this.facts[need],
      compatibility: target.entry,
      distanceKm,
    });
    return failure !== undefined;
  }
}
