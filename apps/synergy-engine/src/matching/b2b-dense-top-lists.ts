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
    const first = this.declarations[slots[0]];
    this.settings = settingsFor(this.options, first.territoryId);
    const resourceIsWaste = this.facts[slots[0]].isWasteCategory;
    const targets: Target[] = [];
    for (const entry of compatibleNeedCategories(first.categoryCode)) {
      const strip = this.strips.get(groupKey(first.territoryId, entry.needCode));
      if (!strip) continue;
      targets.push(new Target(strip, entry, categoryPairIsRuled(entry, resourceIsWaste)));
    }
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
    this.lists.offer(probe.slot, need, score, distanceKm, target.entry);
    this.lists.offer(need, probe.slot, score, distanceKm, target.entry);
    this.needThresholds[i] = this.lists.threshold(need);
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
