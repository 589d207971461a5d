import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { RedisConnection } from '@symbiose/platform';

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
    @Inject(IMPORT_QUEUE_NAME) readonly name: string,
  ) {
    this.queue = new Queue<ImportQueueJob>(name, redis.producerOptions());
  }

  /** Queues an import; if Redis cannot take it now, the sweep queues it later. */
  async enqueue(importId: string): Promise<void> {
    try {
      await this.queue.add(
        'import',
        { importId },
        {
          jobId: importId,
          attempts: IMPORT_ATTEMPTS,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      );
    } catch (error) {
      this.logger.warn(`import ${importId} not queued yet (${String(error)}); the sweep will`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
