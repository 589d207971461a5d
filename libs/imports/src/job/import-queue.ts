import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PRODUCER_TIMEOUT_MS, QueueMetrics, RedisConnection, withinTime } from '@symbiose/platform';

export const IMPORT_QUEUE_NAME = Symbol('IMPORT_QUEUE_NAME');

export interface ImportQueueJob {
  importId: string;
}

/** Tries of a job before it is marked FAILED; each starts after the last committed batch. */
export const IMPORT_ATTEMPTS = 3;

/**
 * The queue of a service's imports. A job's id is its import's, so queuing one twice (the sweep
 * after a lost entry) runs it once.
 */
@Injectable()
export class ImportQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('ImportQueue');
  private readonly queue: Queue<ImportQueueJob>;

  constructor(
    redis: RedisConnection,
    metrics: QueueMetrics,
    @Inject(IMPORT_QUEUE_NAME) readonly name: string,
  ) {
    this.queue = new Queue<ImportQueueJob>(name, redis.producerOptions());
    metrics.watchDepth(this.queue);
  }

  /** Queues an import; if Redis cannot take it now, the sweep queues it later. */
  async enqueue(importId: string): Promise<void> {
    try {
      // An upload must not wait on a Redis that does not answer.
      await withinTime(
        this.queue.add(
          'import',
          { importId },
          {
            jobId: importId,
            attempts: IMPORT_ATTEMPTS,
            backoff: { type: 'exponential', delay: 2000 },
            removeOnComplete: true,
            removeOnFail: 1000,
          },
        ),
        PRODUCER_TIMEOUT_MS,
        'queueing the import',
      );
    } catch (error) {
      this.logger.warn(`import ${importId} not queued yet (${String(error)}); the sweep will`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
