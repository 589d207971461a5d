import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { SYNERGY_RECOMPUTE_QUEUE } from '@symbiose/contracts';
import { PRODUCER_TIMEOUT_MS, QueueMetrics, RedisConnection, withinTime } from '@symbiose/platform';
import { SynergyEngineConfig } from '../synergy-engine.config';

export const RECOMPUTE_QUEUE = SYNERGY_RECOMPUTE_QUEUE;

export interface RecomputeJob {
  zoneId: string;
}

/**
 * Asks for zone recomputes. Requests for a zone are debounced: each one
 * pushes the zone's waiting job back by the debounce time (BullMQ's
 * deduplication with `extend` and `replace`), so a burst of edits costs one
 * recompute, run once the zone has been quiet for that long.
 */
@Injectable()
export class RecomputeQueue implements OnApplicationShutdown {
  private readonly queue: Queue<RecomputeJob>;

  constructor(
    redis: RedisConnection,
    private readonly config: SynergyEngineConfig,
    metrics: QueueMetrics,
  ) {
    this.queue = new Queue<RecomputeJob>(RECOMPUTE_QUEUE, redis.producerOptions());
    metrics.watchDepth(this.queue);
  }

  async enqueue(zoneIds: readonly string[]): Promise<void> {
    const debounce = this.config.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    for (const zoneId of new Set(zoneIds)) {
      const added = this.queue.add(
        'recompute-zone',
        { zoneId },
        {
          delay: debounce,
          deduplication: { id: zoneId, ttl: Math.max(debounce, 1), extend: true, replace: true },
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        },
      );
      await withinTime(added, PRODUCER_TIMEOUT_MS, `queueing zone ${zoneId}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
