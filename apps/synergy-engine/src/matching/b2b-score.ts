import {
  OCCURRENCES_PER_YEAR,
  matchScore,
  type Compatibility,
  type Frequency,
} from '@symbiose/taxonomy';
import type { MatchableDeclaration } from './matchable-declaration';

/**
 * B2B score = Σ weight × term, each term 0..1, rounded to 4 decimals:
 * - compatibility (0.40): the taxonomy's `matchScore` (strength of the category pair, ±0.1 when
 *   both sides carry the same or different waste codes);
 * - quantity coverage (0.20): min/max of the two annual quantities when they compare (same
 *   dimension, same canonical unit, both known and positive), NEUTRAL_TERM otherwise;
 * - distance decay (0.25): 2^(−d / DISTANCE_HALF_KM), worth 1 next door, ½ at 15 km, ¼ at 30 km;
 * - frequency fit (0.15): 1 for the same rhythm, falling with the log of the ratio of
 *   occurrences a year (DAILY against WEEKLY 0.72, against YEARLY 0); a one-off lot against a
 *   recurring flow ONE_OFF_FIT; NEUTRAL_TERM when either side gave no frequency.
 * Compatibility weighs most because a wrong material is no synergy at all; distance next,
 * because it drives transport cost and emissions.
 */
export const B2B_WEIGHTS = Object.freeze({
  compatibility: 0.4,
  quantityCoverage: 0.2,
  distanceDecay: 0.25,
  frequencyFit: 0.15,
});

/** Distance at which the distance term halves: a quarter of the way is worth half as much. */
export const DISTANCE_HALF_KM = 15;

/** What an unknown term is worth: neither a reason to prefer a pair nor to drop it. */
export const NEUTRAL_TERM = 0.5;

/** A single lot can serve a recurring need once, no more. */
export const ONE_OFF_FIT = 0.25;

/** The widest ratio of rhythms (DAILY against YEARLY): its log maps to a fit of 0. */
const WIDEST_RHYTHM_LOG = Math.log(OCCURRENCES_PER_YEAR.DAILY / OCCURRENCES_PER_YEAR.YEARLY);

const SCORE_DECIMALS = 1e4;

export function roundScore(value: number): number {
  return Math.round(value * SCORE_DECIMALS) / SCORE_DECIMALS;
}

export interface B2BScoreTerms {
  readonly compatibility: number;
  readonly quantityCoverage: number;
  readonly quantitiesCompared: boolean;
  readonly distanceDecay: number;
  readonly frequencyFit: number;
}

export function quantitiesCompare(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
): boolean {
  return (
    compatibility.quantitiesComparable &&
    resource.annualQuantity !== null &&
    need.annualQuantity !== null &&
    resource.annualQuantity > 0 &&
    need.annualQuantity > 0 &&
    resource.canonicalUnit !== null &&
    resource.canonicalUnit === need.canonicalUnit
  );
}

export function quantityCoverage(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
): number {
  if (!quantitiesCompare(resource, need, compatibility)) return NEUTRAL_TERM;
  const a = resource.annualQuantity as number;
  const b = need.annualQuantity as number;
  return Math.min(a, b) / Math.max(a, b);
}

/** 2^(−d / h) as e^(−d × ln 2 / h): V8 computes an exponential four times faster than a power. */
const DECAY_PER_KM = Math.LN2 / DISTANCE_HALF_KM;

export function distanceDecay(distanceKm: number): number {
  return Math.exp(-distanceKm * DECAY_PER_KM);
}

export function frequencyFit(resource: Frequency | null, need: Frequency | null): number {
  if (resource === null || need === null) return NEUTRAL_TERM;
  if (resource === need) return 1;
  if (resource === 'ONE_OFF' || need === 'ONE_OFF') return ONE_OFF_FIT;
  const ratio = Math.log(OCCURRENCES_PER_YEAR[resource] / OCCURRENCES_PER_YEAR[need]);
  return Math.max(0, 1 - Math.abs(ratio) / WIDEST_RHYTHM_LOG);
}

export function b2bScoreTerms(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
  distanceKm: number,
): B2BScoreTerms {
  return {
    compatibility: matchScore(resource, need),
    quantityCoverage: quantityCoverage(resource, need, compatibility),
    quantitiesCompared: quantitiesCompare(resource, need, compatibility),
    distanceDecay: distanceDecay(distanceKm),
    frequencyFit: frequencyFit(resource.frequency, need.frequency),
  };
}

export function combineB2BTerms(terms: B2BScoreTerms): number {
  return roundScore(
    B2B_WEIGHTS.compatibility * terms.compatibility +
      B2B_WEIGHTS.quantityCoverage * terms.quantityCoverage +
      B2B_WEIGHTS.distanceDecay * terms.distanceDecay +
      B2B_WEIGHTS.frequencyFit * terms.frequencyFit,
  );
}
