import { Injectable, Logger } from '@nestjs/common';
import { Processor, WorkerOptions } from 'bullmq';
import { QueueMetrics } from '../metrics/queue-metrics';
import { ShutdownState } from '../shutdown/shutdown-state';
import { QueueHandlerRegistry } from './queue-handlers';
import { QueueWorker } from './queue-worker';
import { RedisConnection } from './redis-connection';

export interface QueueWorkerOptions<Data, Result> {
  queue: string;
  process: Processor<Data, Result>;
  /** How many of its jobs run at once in this process. */
  concurrency: number;
  /** Lock, stall and backoff settings, on top of the connection the factory gives. */
  settings?: Omit<WorkerOptions, 'connection' | 'prefix' | 'concurrency'>;
  /** The names of the jobs it handles; every job of its queue when absent. */
  jobs?: readonly string[];
  /** Where its failed attempts and its own errors are said. */
  logger: Logger;
  /** What a failed attempt names: `zone` and the job's zone id give `zone <id>: <error>`. */
  subject: string;
  subjectId: (data: Data) => string;
  /** `warn` where failed attempts are expected and retried (a partner's endpoint down). */
  failureLevel?: 'error' | 'warn';
  /** The shutdown step that closes it, named if the shutdown overruns. */
  shutdownStep: string;
}

/** A worker built by the factory: started when the process is ready, stopped at its shutdown. */
export interface ServiceQueueWorker {
  start(): void;
  /** Closes it as its named step of the shutdown, once the jobs it runs have finished. */
  stop(): Promise<void>;
}

/**
 * Builds a service's queue workers on what every one of them needs: the process's Redis
 * connection, the queue metrics, the handler registry that the start check reads, and the
 * shutdown that closes them; failures and the worker's errors are logged the same way.
 */
@Injectable()
export class QueueWorkerFactory {
  constructor(
    private readonly redis: RedisConnection,
    private readonly metrics: QueueMetrics,
    private readonly shutdown: ShutdownState,
    private readonly registry: QueueHandlerRegistry,
  ) {}

  create<Data, Result>(options: QueueWorkerOptions<Data, Result>): ServiceQueueWorker {
    const { logger, subject, subjectId, failureLevel = 'error' } = options;
    const worker = new QueueWorker<Data, Result>({
      queue: options.queue,
      process: options.process,
      options: { ...this.redis.workerOptions(options.concurrency), ...options.settings },
      metrics: this.metrics,
      onFailed: (error, job) =>
        logger[failureLevel](`${subject} ${(job && subjectId(job.data)) ?? '?'}: ${error.message}`),
      onError: (error) => logger.error(`worker: ${error.message}`),
      registry: this.registry,
      jobs: options.jobs,
    });
    return {
      start: () => worker.start(),
      stop: () => worker.stopAsStep(this.shutdown, options.shutdownStep),
    };
  }
}
