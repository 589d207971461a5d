import { OCCURRENCES_PER_YEAR, type Compatibility, type Frequency } from '@symbiose/taxonomy';
import type { MatchableDeclaration } from './matchable-declaration';

/**
 * B2B score = Σ weight × term / Σ weight, over the terms that are known, each term 0..1,
 * rounded to 4 decimals:
 * - compatibility (0.40): the taxonomy's `matchScore` (strength of the category pair, ±0.1 when
 *   both sides carry the same or different waste codes);
 * - quantity coverage (0.25): the share of the need the resource can cover, min(1, R / N); a
 *   supplier able to cover the whole need scores 1;
 * - distance decay (0.20): 2^(−d / DISTANCE_HALF_KM), worth 1 next door, 0.84 at 2 km (so it
 *   still separates pairs inside a park), ½ at 8 km;
 * - frequency fit (0.15): 1 for the same rhythm, falling with the log of the ratio of
 *   occurrences a year; a one-off lot against a recurring flow ONE_OFF_FIT.
 * A term that cannot be worked out (a quantity or a rhythm not given) is left out and said "to
 * confirm", rather than counted as half a match; compatibility and distance are always known.
 */
export interface B2BWeights {
  readonly compatibility: number;
  readonly quantityCoverage: number;
  readonly distanceDecay: number;
  readonly frequencyFit: number;
}

export const B2B_WEIGHTS: B2BWeights = Object.freeze({
  compatibility: 0.4,
  quantityCoverage: 0.25,
  distanceDecay: 0.2,
  frequencyFit: 0.15,
});

/** Distance at which the distance term halves. */
export const DISTANCE_HALF_KM = 8;

/** A single lot can serve a recurring need once, no more. */
export const ONE_OFF_FIT = 0.25;

/** The widest ratio of rhythms (DAILY against YEARLY): its log maps to a fit of 0. */
const WIDEST_RHYTHM_LOG = Math.log(OCCURRENCES_PER_YEAR.DAILY / OCCURRENCES_PER_YEAR.YEARLY);

const SCORE_DECIMALS = 1e4;

export function roundScore(value: number): number {
  return Math.round(value * SCORE_DECIMALS) / SCORE_DECIMALS;
}

/**
 * COMPARED: both quantities known in one unit. TO_CONFIRM: the categories compare quantities but
 * one is missing. NOT_APPLICABLE: the categories are not counted in the same dimension.
 */
export type QuantityBasis = 'COMPARED' | 'TO_CONFIRM' | 'NOT_APPLICABLE';

export function quantityBasis(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
): QuantityBasis {
  if (!compatibility.quantitiesComparable) return 'NOT_APPLICABLE';
  const compared =
    resource.annualQuantity !== null &&
    need.annualQuantity !== null &&
    resource.annualQuantity > 0 &&
    need.annualQuantity > 0 &&
    resource.canonicalUnit !== null &&
    resource.canonicalUnit === need.canonicalUnit;
  return compared ? 'COMPARED' : 'TO_CONFIRM';
}

/** Share of the need the resource can cover. */
export function needCoverage(offered: number, wanted: number): number {
  return offered >= wanted ? 1 : offered / wanted;
}

/** The quantity term, NaN when it is not known. */
export function quantityCoverage(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
): number {
  if (quantityBasis(resource, need, compatibility) !== 'COMPARED') return NaN;
  return needCoverage(resource.annualQuantity as number, need.annualQuantity as number);
}

/** 2^(−d / h) as e^(−d × ln 2 / h): V8 computes an exponential four times faster than a power. */
const DECAY_PER_KM = Math.LN2 / DISTANCE_HALF_KM;

export function distanceDecay(distanceKm: number): number {
  return Math.exp(-distanceKm * DECAY_PER_KM);
}

/** The frequency term, NaN when either side gave no rhythm. */
export function frequencyFit(resource: Frequency | null, need: Frequency | null): number {
  if (resource === null || need === null) return NaN;
  if (resource === need) return 1;
  if (resource === 'ONE_OFF' || need === 'ONE_OFF') return ONE_OFF_FIT;
  const ratio = Math.log(OCCURRENCES_PER_YEAR[resource] / OCCURRENCES_PER_YEAR[need]);
  return Math.max(0, 1 - Math.abs(ratio) / WIDEST_RHYTHM_LOG);
}

/** The score of the known terms; `coverage` and `fit` are NaN when unknown. */
export function b2bScore(
  weights: B2BWeights,
  compatibility: number,
  coverage: number,
  decay: number,
  fit: number,
): number {
  let sum = weights.compatibility * compatibility + weights.distanceDecay * decay;
  let total = weights.compatibility + weights.distanceDecay;
  if (coverage === coverage) {
    sum += weights.quantityCoverage * coverage;
    total += weights.quantityCoverage;
  }
  if (fit === fit) {
    sum += weights.frequencyFit * fit;
    total += weights.frequencyFit;
  }
  return roundScore(total > 0 ? sum / total : 0);
}
