import { IsIn, IsInt, IsNumber, Matches, Max, Min } from 'class-validator';
import { ReplicaConfig } from '@symbiose/directory-replica';
import { DEFAULT_MAX_DISTANCE_KM, DEFAULT_TOP_K, type MatchingOptions } from './matching';

const TERRITORY_DISTANCES = /^$|^[0-9a-f-]{36}=\d+(\.\d+)?(,[0-9a-f-]{36}=\d+(\.\d+)?)*$/;

/** The engine's own settings, beside those of every service that keeps a replica of the directory. */
export class SynergyEngineConfig extends ReplicaConfig {
  /** Quiet time after a zone's last change before it is recomputed: a burst of edits costs one. */
  @IsInt()
  @Min(0)
  @Max(60000)
  SYNERGY_RECOMPUTE_DEBOUNCE_MS: number = 500;

  /**
   * Recomputes one process runs at once. Two by default: a recompute alternates between this
   * process's CPU (matching) and PostgreSQL's (writing), and a second one fills the gaps.
   */
  @IsInt()
  @Min(1)
  @Max(32)
  SYNERGY_RECOMPUTE_CONCURRENCY: number = 2;

  /** `in-process` runs the recompute worker in this process; `off` leaves recomputes to other engine instances. */
  @IsIn(['in-process', 'off'])
  SYNERGY_RECOMPUTE_WORKER: 'in-process' | 'off' = 'in-process';

  /**
   * How often zones left pending with no job to run them (a job lost with Redis, a recompute
   * whose process died, a job that gave up) are queued again.
   */
  @IsInt()
  @Min(1000)
  @Max(3600000)
  SYNERGY_RECOMPUTE_SWEEP_MS: number = 10000;

  /**
   * The longest a recompute counts as running after its last sign of life: a running one
   * renews it every third of that time, so one whose process died stops showing as RUNNING,
   * and is queued again by the sweep, once it lapses, or sooner when PostgreSQL ends its
   * session. BullMQ's lock on the job lasts twice as long (a CPU-bound matching must not lose
   * it) and its stalled-job check runs this often.
   */
  @IsInt()
  @Min(1000)
  @Max(300000)
  SYNERGY_RECOMPUTE_LEASE_MS: number = 15000;

  /** Wait before a failed recompute is tried again; it doubles with each further failure. */
  @IsInt()
  @Min(100)
  @Max(60000)
  SYNERGY_RECOMPUTE_RETRY_MS: number = 1000;

  /** The longest wait between two tries of a failing recompute. */
  @IsInt()
  @Min(1000)
  @Max(3600000)
  SYNERGY_RECOMPUTE_RETRY_MAX_MS: number = 60000;

  /**
   * How long a recompute job keeps trying before it fails for good: a PostgreSQL outage this
   * long is ridden out by the job itself. Its zone, still pending, is queued again by the sweep.
   */
  @IsInt()
  @Min(0)
  @Max(86400000)
  SYNERGY_RECOMPUTE_RETRY_FOR_MS: number = 600000;

  @IsNumber()
  @Min(0.1)
  @Max(1000)
  SYNERGY_MAX_DISTANCE_KM: number = DEFAULT_MAX_DISTANCE_KM;

  /** Per territory reach, as `<territory id>=<km>,…`; the others use SYNERGY_MAX_DISTANCE_KM. */
  @Matches(TERRITORY_DISTANCES, { message: 'must be <territory uuid>=<km>, comma separated' })
  SYNERGY_MAX_DISTANCE_KM_BY_TERRITORY: string = '';

  @IsInt()
  @Min(1)
  @Max(100)
  SYNERGY_TOP_K: number = DEFAULT_TOP_K;
}

export function matchingOptionsOf(config: SynergyEngineConfig): MatchingOptions {
  const byTerritory = config.SYNERGY_MAX_DISTANCE_KM_BY_TERRITORY.split(',')
    .filter((entry) => entry.length > 0)
    .map((entry) => entry.split('='));
  return {
    maxDistanceKm: config.SYNERGY_MAX_DISTANCE_KM,
    territories: Object.fromEntries(
      byTerritory.map(([id, km]) => [id, { maxDistanceKm: Number(km) }]),
    ),
    topK: config.SYNERGY_TOP_K,
  };
}
