import {
  FREQUENCIES,
  compatibleNeedCategories,
  findWasteCode,
  matchScore,
  type Compatibility,
  type Frequency,
} from '@symbiose/taxonomy';
import { b2bScore, distanceDecay, frequencyFit, needCoverage } from './b2b-score';
import { EARTH_RADIUS_KM, RADIANS, boxAround } from './great-circle';
import type { MatchableDeclaration } from './matchable-declaration';
import { settingsFor, type ResolvedMatchingOptions } from './matching-options';
import { factsOf } from './declaration-facts';
import {
  categoryPairIsRuled,
  declarationMaySpeak,
  firstFailure,
  isNegligibleSupply,
  mayTakeHazardousWaste,
} from './pair-rules';

/**
 * The top K lists of every declaration of a region, computed in one pass over flat arrays.
 *
 * Declarations get a dense integer slot (their position in the input); everything a score
 * needs (coordinates in radians, quantity, unit, frequency, waste code, organization) is read
 * once into typed arrays, the needs' copied in the order the scans read them, and each
 * declaration's running top K lives in `K` consecutive cells of typed arrays. Scoring a pair
 * allocates nothing: records are built later, and only for the pairs that end in a list.
 *
 * A pair is eligible when its categories are compatible, its organizations differ, it lies
 * within the territory's reach, it fails none of the pair rules (`pair-rules.ts`, asked only
 * when a rule can apply: facts on either side, a ruled category pair, a negligible lot) and
 * scores at least the territory's minimum. Within a list the order is total (score, then
 * distance, then counterpart id), which makes the lists independent of the order pairs are
 * offered in.
 */
export interface DenseTopLists {
  /** Slot → declaration. */
  readonly declarations: readonly MatchableDeclaration[];
  readonly topK: number;
  /** Slot → length of its list (0..topK). */
  readonly counts: Int32Array;
  /** Slot × topK + rank → the counterpart's slot, its score, distance and category entry. */
  readonly counterparts: Int32Array;
  readonly scores: Float64Array;
  readonly distances: Float64Array;
  readonly compatibilities: (Compatibility | undefined)[];
}

/** One territory's needs of one category: a range of the need columns, by latitude. */
interface LatitudeStrip {
  readonly start: number;
  readonly end: number;
}

/**
 * What a scan reads of each need, in strip order, so that a resource's scan reads memory in
 * sequence rather than at the needs' scattered slots; `thresholds` follows the need's list.
 */
interface NeedColumns {
  readonly slots: Int32Array;
  readonly latitudeDegrees: Float64Array;
  readonly longitudeDegrees: Float64Array;
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  readonly cosLatitudes: Float64Array;
  readonly quantities: Float64Array;
  readonly units: Int32Array;
  readonly frequencies: Int32Array;
  readonly wastes: Int32Array;
  readonly organizations: Int32Array;
  readonly authorised: Uint8Array;
  /** 1 when a pair rule may speak of the declaration whatever its counterpart. */
  readonly speaks: Uint8Array;
  /** The K-th score of the need's list once it is full, -Infinity until then. */
  readonly thresholds: Float64Array;
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

/** What a score reads of each declaration, by slot. */
type SlotColumns = Omit<
  NeedColumns,
  'slots' | 'latitudeDegrees' | 'longitudeDegrees' | 'thresholds'
>;

/** Lays the needs out group by group, each by latitude (then slot), as the scans read them. */
function needColumnsOf(
  needGroups: ReadonlyMap<string, number[]>,
  declarations: readonly MatchableDeclaration[],
  bySlot: SlotColumns,
): { columns: NeedColumns; strips: Map<string, LatitudeStrip> } {
  let size = 0;
  for (const slots of needGroups.values()) size += slots.length;
  const columns: NeedColumns = {
    slots: new Int32Array(size),
    latitudeDegrees: new Float64Array(size),
    longitudeDegrees: new Float64Array(size),
    latitudes: new Float64Array(size),
    longitudes: new Float64Array(size),
    cosLatitudes: new Float64Array(size),
    quantities: new Float64Array(size),
    units: new Int32Array(size),
    frequencies: new Int32Array(size),
    wastes: new Int32Array(size),
    organizations: new Int32Array(size),
    authorised: new Uint8Array(size),
    speaks: new Uint8Array(size),
    thresholds: new Float64Array(size).fill(-Infinity),
  };
  const strips = new Map<string, LatitudeStrip>();
  let position = 0;
  for (const [key, slots] of needGroups) {
    slots.sort((a, b) => declarations[a].latitude - declarations[b].latitude || a - b);
    const start = position;
    for (const slot of slots) {
      columns.slots[position] = slot;
      columns.latitudeDegrees[position] = declarations[slot].latitude;
      columns.longitudeDegrees[position] = declarations[slot].longitude;
      columns.latitudes[position] = bySlot.latitudes[slot];
      columns.longitudes[position] = bySlot.longitudes[slot];
      columns.cosLatitudes[position] = bySlot.cosLatitudes[slot];
      columns.quantities[position] = bySlot.quantities[slot];
      columns.units[position] = bySlot.units[slot];
      columns.frequencies[position] = bySlot.frequencies[slot];
      columns.wastes[position] = bySlot.wastes[slot];
      columns.organizations[position] = bySlot.organizations[slot];
      columns.authorised[position] = bySlot.authorised[slot];
      columns.speaks[position] = bySlot.speaks[slot];
      position += 1;
    }
    strips.set(key, { start, end: position });
  }
  return { columns, strips };
}

/** Small integer ids for strings (organizations, units, waste codes). */
class Interner {
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

const NO_FREQUENCY = FREQUENCIES.length;
const FREQUENCY_SLOTS = FREQUENCIES.length + 1;

/** `frequencyFit` of every (resource, need) couple of rhythms, null last (NaN: unknown). */
const FREQUENCY_FITS = (() => {
  const rhythms: (Frequency | null)[] = [...FREQUENCIES, null];
  const table = new Float64Array(FREQUENCY_SLOTS * FREQUENCY_SLOTS);
  rhythms.forEach((resource, i) =>
    rhythms.forEach((need, j) => {
      table[i * FREQUENCY_SLOTS + j] = frequencyFit(resource, need);
    }),
  );
  return table;
})();

const FREQUENCY_INDEX = new Map<string, number>(FREQUENCIES.map((f, i) => [f, i]));

/** The category term of one compatibility entry, by waste code agreement, asked once each. */
interface EntryScores {
  readonly entry: Compatibility;
  /** Either side without a recognised waste code; both with the same; both with different. */
  unknown: number;
  same: number;
  different: number;
}

/** Resolution of the decay ceilings table: the decay at the start of each 1/64 km step. */
const DECAY_STEPS_PER_KM = 64;
/** The table stops there; a longer reach takes 1 as its ceiling beyond (still a bound). */
const MAX_DECAY_STEPS = 1 << 16;
/**
 * Slack between a pair's bound and the K-th score it must beat: larger than the score rounding
 * (half a ten-thousandth) and any difference of summation, so the bound never skips a pair
 * whose rounded score could tie or beat the threshold.
 */
const BOUND_MARGIN = 1e-4;

/** `distanceDecay(step / DECAY_STEPS_PER_KM)` for every step up to the longest reach. */
function decayCeilingsUpTo(options: ResolvedMatchingOptions): Float64Array {
  const longest = Math.max(
    options.defaults.maxDistanceKm,
    ...Object.values(options.territories).map((settings) => settings.maxDistanceKm),
  );
  const steps = Math.min(MAX_DECAY_STEPS, Math.ceil(longest * DECAY_STEPS_PER_KM) + 1);
  const table = new Float64Array(steps);
  for (let step = 0; step < steps; step += 1) {
    table[step] = distanceDecay(step / DECAY_STEPS_PER_KM);
  }
  return table;
}

export function denseTopLists(
  declarations: readonly MatchableDeclaration[],
  options: ResolvedMatchingOptions,
): DenseTopLists {
  const n = declarations.length;
  const topK = options.topK;
  const ids = declarations.map((declaration) => declaration.id);
  const latitudes = new Float64Array(n);
  const longitudes = new Float64Array(n);
  const cosLatitudes = new Float64Array(n);
  const quantities = new Float64Array(n);
  const units = new Int32Array(n);
  const frequencies = new Int32Array(n);
  const wastes = new Int32Array(n);
  const organizations = new Int32Array(n);
  const authorised = new Uint8Array(n);
  const speaks = new Uint8Array(n);
  const facts = declarations.map(factsOf);
  const organizationIds = new Interner();
  const unitIds = new Interner();
  const wasteIds = new Interner();
  const wasteIdOfSpelling = new Map<string, number>();
  const resourceGroups = new Map<string, number[]>();
  const needGroups = new Map<string, number[]>();

  for (let slot = 0; slot < n; slot += 1) {
    const declaration = declarations[slot];
    // The radians and cosines of spatial-declaration-index.ts, computed the same way.
    latitudes[slot] = declaration.latitude * RADIANS;
    longitudes[slot] = declaration.longitude * RADIANS;
    cosLatitudes[slot] = Math.cos(latitudes[slot]);
    // quantitiesCompare: both known and positive, the same non-null canonical unit.
    const quantity = declaration.annualQuantity;
    quantities[slot] = quantity !== null && quantity > 0 ? quantity : NaN;
    units[slot] = declaration.canonicalUnit === null ? -1 : unitIds.id(declaration.canonicalUnit);
    frequencies[slot] =
      declaration.frequency === null
        ? NO_FREQUENCY
        : (FREQUENCY_INDEX.get(declaration.frequency) ?? NO_FREQUENCY);
    let waste = -1;
    if (declaration.wasteCode) {
      const known = wasteIdOfSpelling.get(declaration.wasteCode);
      if (known !== undefined) waste = known;
      else {
        const found = findWasteCode(declaration.wasteCode);
        waste = found ? wasteIds.id(found.code) : -1;
        wasteIdOfSpelling.set(declaration.wasteCode, waste);
      }
    }
    wastes[slot] = waste;
    organizations[slot] = organizationIds.id(declaration.organizationId);
    authorised[slot] = mayTakeHazardousWaste(declaration) ? 1 : 0;
    speaks[slot] = declarationMaySpeak(declaration) ? 1 : 0;
    const groups = declaration.kind === 'RESOURCE' ? resourceGroups : needGroups;
    const key = groupKey(declaration.territoryId, declaration.categoryCode);
    const group = groups.get(key);
    if (group) group.push(slot);
    else groups.set(key, [slot]);
  }
  const { columns: needs, strips } = needColumnsOf(needGroups, declarations, {
    latitudes,
    longitudes,
    cosLatitudes,
    quantities,
    units,
    frequencies,
    wastes,
    organizations,
    authorised,
    speaks,
  });

  const counts = new Int32Array(n);
  const counterparts = new Int32Array(n * topK);
  const scores = new Float64Array(n * topK);
  const distances = new Float64Array(n * topK);
  const entryOfCell: (Compatibility | undefined)[] = new Array<Compatibility | undefined>(n * topK);

  /** Whether (score, distance, counterpart) ranks before the list cell `cell`. */
  const ranksBefore = (score: number, distanceKm: number, other: number, cell: number) => {
    const cellScore = scores[cell];
    if (score !== cellScore) return score > cellScore;
    const cellDistance = distances[cell];
    if (distanceKm !== cellDistance) return distanceKm < cellDistance;
    return ids[other] < ids[counterparts[cell]];
  };

  /** Whether (score, distance, other) would enter the owner's list. */
  const entersList = (owner: number, other: number, score: number, distanceKm: number) =>
    counts[owner] < topK || ranksBefore(score, distanceKm, other, owner * topK + topK - 1);

  const offer = (
    owner: number,
    other: number,
    score: number,
    distanceKm: number,
    entry: Compatibility,
  ): void => {
    const base = owner * topK;
    const count = counts[owner];
    if (count === topK && !ranksBefore(score, distanceKm, other, base + topK - 1)) return;
    let position = count;
    while (position > 0 && ranksBefore(score, distanceKm, other, base + position - 1)) {
      position -= 1;
    }
    const last = count < topK ? count : topK - 1;
    for (let cell = base + last; cell > base + position; cell -= 1) {
      scores[cell] = scores[cell - 1];
      distances[cell] = distances[cell - 1];
      counterparts[cell] = counterparts[cell - 1];
      entryOfCell[cell] = entryOfCell[cell - 1];
    }
    const cell = base + position;
    scores[cell] = score;
    distances[cell] = distanceKm;
    counterparts[cell] = other;
    entryOfCell[cell] = entry;
    if (count < topK) counts[owner] = count + 1;
  };

  const thresholdOf = (slot: number): number =>
    counts[slot] === topK ? scores[slot * topK + topK - 1] : -Infinity;

  const decayCeilings = decayCeilingsUpTo(options);
  const ceilingSteps = decayCeilings.length;

  for (const resourceSlots of resourceGroups.values()) {
    const first = declarations[resourceSlots[0]];
    const { maxDistanceKm: reachKm, minScore, weights } = settingsFor(options, first.territoryId);
    const resourceIsWaste = factsOf(first).isWasteCategory;
    const targets: { strip: LatitudeStrip; scores: EntryScores; ruled: boolean }[] = [];
    for (const entry of compatibleNeedCategories(first.categoryCode)) {
      const strip = strips.get(groupKey(first.territoryId, entry.needCode));
      if (!strip) continue;
      targets.push({
        strip,
        scores: { entry, unknown: NaN, same: NaN, different: NaN },
        ruled: categoryPairIsRuled(entry, resourceIsWaste),
      });
    }
    if (targets.length === 0) continue;
    for (const r of resourceSlots) {
      const resource = declarations[r];
      const box = boxAround(resource.latitude, resource.longitude, reachKm);
      const lat = latitudes[r];
      const lon = longitudes[r];
      const cosLat = cosLatitudes[r];
      const organization = organizations[r];
      const hazardous = resource.hazardous;
      const resourceQuantity = quantities[r];
      const resourceUnit = units[r];
      const resourceWaste = wastes[r];
      const frequencyRow = frequencies[r] * FREQUENCY_SLOTS;
      /** The K-th score of the resource's list once it is full, -Infinity until then. */
      let resourceThreshold = -Infinity;
      for (const target of targets) {
        const { strip, scores: entryScores, ruled } = target;
        const resourceSpeaks = ruled || speaks[r] === 1;
        const entry = entryScores.entry;
        const comparable = entry.quantitiesComparable && resourceUnit >= 0 && resourceQuantity > 0;
        for (
          let i = lowerBound(needs.latitudeDegrees, box.minLatitude, strip.start, strip.end);
          i < strip.end;
          i += 1
        ) {
          if (needs.latitudeDegrees[i] > box.maxLatitude) break;
          const longitude = needs.longitudeDegrees[i];
          if (longitude < box.minLongitude || longitude > box.maxLongitude) continue;
          if (needs.organizations[i] === organization) continue;
          if (hazardous && needs.authorised[i] !== 1) continue;

          const needWaste = needs.wastes[i];
          let categoryScore: number;
          if (resourceWaste < 0 || needWaste < 0) {
            categoryScore = entryScores.unknown;
            if (categoryScore !== categoryScore) {
              categoryScore = entryScores.unknown = matchScore(
                resource,
                declarations[needs.slots[i]],
              );
            }
          } else if (resourceWaste === needWaste) {
            categoryScore = entryScores.same;
            if (categoryScore !== categoryScore) {
              categoryScore = entryScores.same = matchScore(resource, declarations[needs.slots[i]]);
            }
          } else {
            categoryScore = entryScores.different;
            if (categoryScore !== categoryScore) {
              categoryScore = entryScores.different = matchScore(
                resource,
                declarations[needs.slots[i]],
              );
            }
          }
          let coverage = NaN;
          let negligible = false;
          const needQuantity = needs.quantities[i];
          if (comparable && needQuantity > 0 && needs.units[i] === resourceUnit) {
            coverage = needCoverage(resourceQuantity, needQuantity);
            negligible = isNegligibleSupply(resourceQuantity, needQuantity, resource.canonicalUnit);
          }
          const frequencyFitValue = FREQUENCY_FITS[frequencyRow + needs.frequencies[i]];
          const needLatitude = needs.latitudes[i];

          // A pair that cannot reach the minimum score, or enter either full list, is not
          // scored: lists only get better, and their order does not depend on the order pairs
          // are offered in, so skipping it changes nothing. The bound is the score with the
          // decay at a ceiling of this distance, first the latitude gap (a lower bound of the
          // great circle, before the haversine), then the distance itself (before the
          // exponential), with a margin above the score rounding.
          const needThreshold = needs.thresholds[i];
          const listThreshold =
            needThreshold < resourceThreshold ? needThreshold : resourceThreshold;
          const threshold = listThreshold > minScore ? listThreshold : minScore;
          const gap = needLatitude > lat ? needLatitude - lat : lat - needLatitude;
          const gapStep = EARTH_RADIUS_KM * gap * DECAY_STEPS_PER_KM;
          const gapCeiling = gapStep < ceilingSteps ? decayCeilings[gapStep | 0] : 1;
          if (
            b2bScore(weights, categoryScore, coverage, gapCeiling, frequencyFitValue) +
              BOUND_MARGIN <
            threshold
          ) {
            continue;
          }

          // The haversine of spatial-declaration-index.ts, the resource being the query point.
          const sinLat = Math.sin((needLatitude - lat) / 2);
          const sinLon = Math.sin((needs.longitudes[i] - lon) / 2);
          const h = sinLat * sinLat + cosLat * needs.cosLatitudes[i] * sinLon * sinLon;
          const distanceKm = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
          if (distanceKm > reachKm) continue;

          const step = distanceKm * DECAY_STEPS_PER_KM;
          const ceiling = step < ceilingSteps ? decayCeilings[step | 0] : 1;
          if (
            b2bScore(weights, categoryScore, coverage, ceiling, frequencyFitValue) + BOUND_MARGIN <
            threshold
          ) {
            continue;
          }
          const score = b2bScore(
            weights,
            categoryScore,
            coverage,
            distanceDecay(distanceKm),
            frequencyFitValue,
          );
          if (score < minScore) continue;
          const need = needs.slots[i];
          // The rules are asked last, and only of a pair that would enter a list.
          if (!entersList(r, need, score, distanceKm) && !entersList(need, r, score, distanceKm)) {
            continue;
          }
          if (
            (resourceSpeaks || negligible || needs.speaks[i] === 1) &&
            firstFailure({
              resource,
              need: declarations[need],
              resourceFacts: facts[r],
              needFacts: facts[need],
              compatibility: entry,
              distanceKm,
            })
          ) {
            continue;
          }
          offer(r, need, score, distanceKm, entry);
          offer(need, r, score, distanceKm, entry);
          resourceThreshold = thresholdOf(r);
          needs.thresholds[i] = thresholdOf(need);
        }
      }
    }
  }
  return {
    declarations,
    topK,
    counts,
    counterparts,
    scores,
    distances,
    compatibilities: entryOfCell,
  };
}
