import { BadUserInputError } from '@symbiose/platform';
import { resolveMatchingOptions, settingsFor, type MatchingOptions } from '../matching';

/** The weights of the B2B score's terms (see the matching core's B2B_WEIGHTS). */
export interface MatchingWeights {
  readonly compatibility: number;
  readonly quantityCoverage: number;
  readonly distanceDecay: number;
  readonly frequencyFit: number;
}

/** What a territory tunes of the matching. */
export interface MatchingSettingsValues {
  readonly minScore: number;
  readonly maxDistanceKm: number;
  readonly topK: number;
  readonly weights: MatchingWeights;
}

/** The defaults count as version 1: a territory's first change is version 2. */
export const DEFAULT_SETTINGS_VERSION = 1;

/** Weights are decimals a person types: their sum is 1 within this much. */
export const WEIGHT_SUM_TOLERANCE = 0.001;

/**
 * A territory's settings before anyone changed them: the deployment's options (which default to
 * the core's DEFAULT_MIN_SCORE, DEFAULT_MAX_DISTANCE_KM, B2B_WEIGHTS and DEFAULT_TOP_K), as the
 * recompute uses them for a territory with no stored settings.
 */
export function defaultMatchingSettings(
  options: MatchingOptions,
  territoryId: string,
): MatchingSettingsValues {
  const resolved = resolveMatchingOptions(options);
  const { minScore, maxDistanceKm, weights } = settingsFor(resolved, territoryId);
  return { minScore, maxDistanceKm, topK: resolved.topK, weights };
}

/** Refuses weights that do not sum to 1, naming `weights`. */
export function checkWeightsSum(weights: MatchingWeights): void {
  const sum =
    weights.compatibility + weights.quantityCoverage + weights.distanceDecay + weights.frequencyFit;
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    throw new BadUserInputError('weights', `must sum to 1 (±${WEIGHT_SUM_TOLERANCE}), not ${sum}`);
  }
}

/**
 * The matching options of a recompute of the territory under its settings. A recompute matches
 * one territory at a time, so the territory's candidates kept can be the options' `topK`.
 */
export function matchingOptionsWith(
  options: MatchingOptions,
  territoryId: string,
  { minScore, maxDistanceKm, topK, weights }: MatchingSettingsValues,
): MatchingOptions {
  return {
    ...options,
    territories: { ...options.territories, [territoryId]: { minScore, maxDistanceKm, weights } },
    topK,
  };
}
