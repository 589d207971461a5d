import { b2bScore, distanceDecay, type B2BWeights } from './b2b-score';
import type { ResolvedMatchingOptions } from './matching-options';

/** Resolution of the decay ceilings table: the decay at the start of each 1/64 km step. */
const DECAY_STEPS_PER_KM = 64;
/** The table stops there; a longer reach takes 1 as its ceiling beyond (still a bound). */
const MAX_DECAY_STEPS = 1 << 16;
/**
 * Slack between a pair's bound and the score it must reach: larger than the score rounding
 * (half a ten-thousandth) and any difference of summation, so the bound never skips a pair
 * whose rounded score could tie or beat it.
 */
const BOUND_MARGIN = 1e-4;

/**
 * An upper bound of a pair's score from a lower bound of its distance: the score with the decay
 * at a ceiling of that distance (the decay at the start of its step, read from a table rather
 * than computed). A pair whose bound cannot reach the minimum score, or enter either full list,
 * need not be scored.
 */
export class ScoreBound {
  private readonly ceilings: Float64Array;

  constructor(options: ResolvedMatchingOptions) {
    const longest = Math.max(
      options.defaults.maxDistanceKm,
      ...Object.values(options.territories).map((settings) => settings.maxDistanceKm),
    );
    const steps = Math.min(MAX_DECAY_STEPS, Math.ceil(longest * DECAY_STEPS_PER_KM) + 1);
    this.ceilings = new Float64Array(steps);
    for (let step = 0; step < steps; step += 1) {
      this.ceilings[step] = distanceDecay(step / DECAY_STEPS_PER_KM);
    }
  }

  /** Whether a pair at `distanceKm` or farther, with these other terms, may score `threshold`. */
  mayReach(
    threshold: number,
    distanceKm: number,
    weights: B2BWeights,
    compatibility: number,
    coverage: number,
    fit: number,
  ): boolean {
    const step = distanceKm * DECAY_STEPS_PER_KM;
    const ceiling = step < this.ceilings.length ? this.ceilings[step | 0] : 1;
    return b2bScore(weights, compatibility, coverage, ceiling, fit) + BOUND_MARGIN >= threshold;
  }
}
