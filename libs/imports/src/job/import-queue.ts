import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobRetry, jobOptionsOf, onlyJobOf, QueueDefinition } from '@symbiose/contracts';
import { PRODUCER_TIMEOUT_MS, QueueMetrics, RedisConnection, withinTime } from '@symbiose/platform';

/** The service's import queue, from the catalogue (`importQueue`). */
export const IMPORT_QUEUE = Symbol('IMPORT_QUEUE');

export interface ImportQueueJob {
  importId: string;
}

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
    @Inject(IMPORT_QUEUE) private readonly definition: QueueDefinition<JobRetry>,
  ) {
    this.queue = new Queue<ImportQueueJob>(definition.name, redis.producerOptions());
    metrics.watchDepth(this.queue);
  }

  /** Queues an import; if Redis cannot take it now, the sweep queues it later. */
  async enqueue(importId: string): Promise<void> {
    try {
      // An upload must not wait on a Redis that does not answer.
      await withinTime(
        this.queue.add(
          onlyJobOf(this.definition),
          { importId },
          { ...jobOptionsOf(this.definition), jobId: importId },
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
