import { SynergyEngineConfig } from '../synergy-engine.config';

/**
 * How a failing recompute is tried again. The wait doubles from `firstMs` up to `maxMs`,
 * so a brief fault costs a second and an outage of several minutes is ridden out at
 * `maxMs` a try. A job keeps trying for `forMs`; after that, its zone, still pending, is
 * queued again by the sweep, with the same waits counted from the zone's unfinished
 * recomputes.
 */
export interface RecomputeRetryPolicy {
  firstMs: number;
  maxMs: number;
  forMs: number;
}

export function retryPolicyOf(config: SynergyEngineConfig): RecomputeRetryPolicy {
  return {
    firstMs: config.SYNERGY_RECOMPUTE_RETRY_MS,
    maxMs: Math.max(config.SYNERGY_RECOMPUTE_RETRY_MAX_MS, config.SYNERGY_RECOMPUTE_RETRY_MS),
    forMs: config.SYNERGY_RECOMPUTE_RETRY_FOR_MS,
  };
}

/** The wait before the next try, after `failures` (≥ 1) tries that did not finish. */
export function retryDelayMs(policy: RecomputeRetryPolicy, failures: number): number {
  const doublings = Math.min(Math.max(failures, 1) - 1, 30);
  return Math.min(policy.firstMs * 2 ** doublings, policy.maxMs);
}

/** Tries of a job, the first included, whose waits add up to at least `forMs`. */
export function attemptsWithin(policy: RecomputeRetryPolicy): number {
  let attempts = 1;
  for (let waited = 0; waited < policy.forMs; attempts += 1) {
    waited += retryDelayMs(policy, attempts);
  }
  return attempts;
}

/**
 * Up to a fifth shorter, at random, so that the jobs an outage failed together do not all
 * come back in the same instant.
 */
export function jittered(delayMs: number, random: () => number = Math.random): number {
  return Math.round(delayMs * (1 - 0.2 * random()));
}
