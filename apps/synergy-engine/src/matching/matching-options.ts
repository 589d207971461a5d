import { B2B_WEIGHTS, type B2BWeights } from './b2b-score';

/** The default reach of a B2B exchange: beyond it, transport eats the benefit. */
export const DEFAULT_MAX_DISTANCE_KM = 30;

/** Candidates kept per declaration, so a region yields a list people can read. */
export const DEFAULT_TOP_K = 5;

/**
 * Below this score a pair is not proposed: a substitute category, far away, covering a small
 * part of the need, is noise on a facilitator's list.
 */
export const DEFAULT_MIN_SCORE = 0.45;

/** What a territory may tune of its matching (read and changed through the API). */
export interface TerritoryMatchingSettings {
  readonly minScore?: number;
  readonly maxDistanceKm?: number;
  readonly weights?: B2BWeights;
}

export interface MatchingOptions {
  readonly maxDistanceKm?: number;
  readonly minScore?: number;
  readonly topK?: number;
  readonly weights?: B2BWeights;
  /** Per territory overrides (territoryId → settings). */
  readonly territories?: Readonly<Record<string, TerritoryMatchingSettings>>;
}

/** The settings that apply to one territory, every one of them given. */
export interface ResolvedTerritorySettings {
  readonly minScore: number;
  readonly maxDistanceKm: number;
  readonly weights: B2BWeights;
}

export interface ResolvedMatchingOptions {
  readonly defaults: ResolvedTerritorySettings;
  readonly territories: Readonly<Record<string, ResolvedTerritorySettings>>;
  readonly topK: number;
}

/** Weights are decimals a person types: their sum is 1 within this much. */
export const WEIGHT_SUM_TOLERANCE = 0.001;

/** Why the score's weights cannot be used (a negative one, a sum other than 1), or null. */
export function weightsProblem(weights: B2BWeights): string | null {
  const values = Object.values(weights);
  if (values.some((weight) => !(weight >= 0))) return 'must each be 0 or more';
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE
    ? `must sum to 1 (±${WEIGHT_SUM_TOLERANCE}), not ${sum}`
    : null;
}

export class MatchingOptionError extends Error {
  constructor(
    readonly code:
      'INVALID_MAX_DISTANCE' | 'INVALID_TOP_K' | 'INVALID_MIN_SCORE' | 'INVALID_WEIGHTS',
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'MatchingOptionError';
  }
}

function resolveSettings(
  field: string,
  settings: TerritoryMatchingSettings,
  base: ResolvedTerritorySettings,
): ResolvedTerritorySettings {
  const maxDistanceKm = settings.maxDistanceKm ?? base.maxDistanceKm;
  const minScore = settings.minScore ?? base.minScore;
  const weights = settings.weights ?? base.weights;
  if (!Number.isFinite(maxDistanceKm) || maxDistanceKm <= 0) {
    throw new MatchingOptionError(
      'INVALID_MAX_DISTANCE',
      `${field}maxDistanceKm`,
      `${maxDistanceKm} is not a positive distance`,
    );
  }
  if (!(minScore >= 0 && minScore < 1)) {
    throw new MatchingOptionError(
      'INVALID_MIN_SCORE',
      `${field}minScore`,
      `${minScore} is not in [0, 1)`,
    );
  }
  const problem = weightsProblem(weights);
  if (problem) throw new MatchingOptionError('INVALID_WEIGHTS', `${field}weights`, problem);
  return Object.freeze({ maxDistanceKm, minScore, weights: Object.freeze({ ...weights }) });
}

export function resolveMatchingOptions(options: MatchingOptions = {}): ResolvedMatchingOptions {
  const topK = options.topK ?? DEFAULT_TOP_K;
  if (!Number.isInteger(topK) || topK < 1) {
    throw new MatchingOptionError('INVALID_TOP_K', 'topK', `${topK} is not a positive integer`);
  }
  const defaults = resolveSettings('', options, {
    maxDistanceKm: DEFAULT_MAX_DISTANCE_KM,
    minScore: DEFAULT_MIN_SCORE,
    weights: B2B_WEIGHTS,
  });
  const territories: Record<string, ResolvedTerritorySettings> = {};
  for (const [territoryId, settings] of Object.entries(options.territories ?? {})) {
    territories[territoryId] = resolveSettings(`territories.${territoryId}.`, settings, defaults);
  }
  return Object.freeze({ defaults, territories: Object.freeze(territories), topK });
}

/** The settings of a territory (both sides of a B2B pair are in the same one). */
export function settingsFor(
  options: ResolvedMatchingOptions,
  territoryId: string,
): ResolvedTerritorySettings {
  return options.territories[territoryId] ?? options.defaults;
}
