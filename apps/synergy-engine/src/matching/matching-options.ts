/** The default reach of a B2B exchange: beyond it, transport eats the benefit. */
export const DEFAULT_MAX_DISTANCE_KM = 30;

/** Candidates kept per declaration, so a region yields a list people can read. */
export const DEFAULT_TOP_K = 5;

export interface MatchingOptions {
  /** Great-circle reach of a B2B pair, in km. */
  readonly maxDistanceKm?: number;
  /** Per territory overrides of `maxDistanceKm` (territoryId → km). */
  readonly maxDistanceKmByTerritory?: Readonly<Record<string, number>>;
  readonly topK?: number;
}

export interface ResolvedMatchingOptions {
  readonly maxDistanceKm: number;
  readonly maxDistanceKmByTerritory: Readonly<Record<string, number>>;
  readonly topK: number;
}

export class MatchingOptionError extends Error {
  constructor(
    readonly code: 'INVALID_MAX_DISTANCE' | 'INVALID_TOP_K',
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'MatchingOptionError';
  }
}

function checkDistance(field: string, km: number): void {
  if (!Number.isFinite(km) || km <= 0) {
    throw new MatchingOptionError(
      'INVALID_MAX_DISTANCE',
      field,
      `${km} is not a positive distance`,
    );
  }
}

export function resolveMatchingOptions(options: MatchingOptions = {}): ResolvedMatchingOptions {
  const maxDistanceKm = options.maxDistanceKm ?? DEFAULT_MAX_DISTANCE_KM;
  const topK = options.topK ?? DEFAULT_TOP_K;
  checkDistance('maxDistanceKm', maxDistanceKm);
  const byTerritory = { ...(options.maxDistanceKmByTerritory ?? {}) };
  for (const [territoryId, km] of Object.entries(byTerritory)) {
    checkDistance(`maxDistanceKmByTerritory.${territoryId}`, km);
  }
  if (!Number.isInteger(topK) || topK < 1) {
    throw new MatchingOptionError('INVALID_TOP_K', 'topK', `${topK} is not a positive integer`);
  }
  return Object.freeze({
    maxDistanceKm,
    maxDistanceKmByTerritory: Object.freeze(byTerritory),
    topK,
  });
}

/** The reach of a B2B pair in a territory (both sides are in the same one). */
export function maxDistanceKmFor(options: ResolvedMatchingOptions, territoryId: string): number {
  return options.maxDistanceKmByTerritory[territoryId] ?? options.maxDistanceKm;
}
