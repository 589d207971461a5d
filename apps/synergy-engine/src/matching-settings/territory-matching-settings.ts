import {
  resolveMatchingOptions,
  settingsFor,
  type B2BWeights,
  type MatchingOptions,
} from '../matching';

/** What a territory tunes of the matching. */
export interface MatchingSettingsValues {
  readonly minScore: number;
  readonly maxDistanceKm: number;
  readonly topK: number;
  readonly weights: B2BWeights;
}

/** The defaults count as version 1: a territory's first change is version 2. */
export const DEFAULT_SETTINGS_VERSION = 1;

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
