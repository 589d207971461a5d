import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { jobOptionsOf, onlyJobOf, QueueJobOptions, SYNERGY_RECOMPUTE } from '@symbiose/contracts';
import { PRODUCER_TIMEOUT_MS, QueueMetrics, RedisConnection, withinTime } from '@symbiose/platform';
import { SynergyEngineConfig } from '../synergy-engine.config';
import { attemptsWithin, retryPolicyOf } from './recompute-retry';

export const RECOMPUTE_QUEUE = SYNERGY_RECOMPUTE.name;

export interface RecomputeJob {
  zoneId: string;
}

/** The job's backoff: the recompute worker's strategy (`retryDelayMs`, capped and jittered). */
export const RECOMPUTE_BACKOFF = 'recompute-retry';

/** The states of a job that will run later; an active one is judged by its zone's lease. */
const STATES_TO_RUN = ['waiting', 'delayed', 'prioritized'] as const;

/** Listing is off the request path, and a backlog takes longer to list than one job to add. */
const LISTING_TIMEOUT_MS = 5000;

/**
 * Asks for zone recomputes. Requests for a zone are debounced: each one
 * pushes the zone's waiting job back by the debounce time (BullMQ's
 * deduplication with `extend` and `replace`), so a burst of edits costs one
 * recompute, run once the zone has been quiet for that long. A failing job is
 * tried again for SYNERGY_RECOMPUTE_RETRY_FOR_MS (see `RecomputeRetryPolicy`).
 */
@Injectable()
export class RecomputeQueue implements OnApplicationShutdown {
  private readonly queue: Queue<RecomputeJob>;
  private readonly jobOptions: QueueJobOptions;

  constructor(
    redis: RedisConnection,
    private readonly config: SynergyEngineConfig,
    metrics: QueueMetrics,
  ) {
    this.queue = new Queue<RecomputeJob>(RECOMPUTE_QUEUE, redis.producerOptions());
    metrics.watchDepth(this.queue);
    this.jobOptions = jobOptionsOf(SYNERGY_RECOMPUTE, {
      attempts: attemptsWithin(retryPolicyOf(config)),
      backoff: { type: RECOMPUTE_BACKOFF },
    });
  }

  async enqueue(zoneIds: readonly string[]): Promise<void> {
    const debounce = this.config.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    for (const zoneId of new Set(zoneIds)) {
      const added = this.queue.add(
        onlyJobOf(SYNERGY_RECOMPUTE),
        { zoneId },
        {
          ...this.jobOptions,
          delay: debounce,
          deduplication: { id: zoneId, ttl: Math.max(debounce, 1), extend: true, replace: true },
        },
      );
      await withinTime(added, PRODUCER_TIMEOUT_MS, `queueing zone ${zoneId}`);
    }
  }

  /** The zones that have a job waiting to run, or waiting to be tried again. */
  async zonesWithJobs(): Promise<Set<string>> {
    const jobs = await withinTime(
      this.queue.getJobs([...STATES_TO_RUN]),
      LISTING_TIMEOUT_MS,
      'listing recompute jobs',
    );
    return new Set(jobs.filter((job) => job?.data).map((job) => job.data.zoneId));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
