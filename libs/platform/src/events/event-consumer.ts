import { UnrecoverableError, Worker } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConsumingService,
  EventContractError,
  EventEnvelope,
  eventQueueName,
  parseEnvelope,
} from '@symbiose/contracts';
import { QueueMetrics } from '../metrics/queue-metrics';
import { RedisConnection } from '../queues/redis-connection';
import { handleOnce } from './inbox';

export type EventHandler = (event: EventEnvelope, manager: EntityManager) => Promise<void>;

export interface EventConsumerOptions {
  service: ConsumingService;
  /** Handlers by event type; an event of another type is acknowledged and ignored. */
  handlers: Record<string, EventHandler>;
  concurrency?: number;
  /** Where the durations and failures of its jobs are recorded. */
  metrics?: QueueMetrics;
  onError?: (error: unknown, jobId: string | undefined) => void;
}

/**
 * Consumes a service's inbound event queue: validates each event against its
 * contract, then applies its handler once, through the inbox. An event that
 * breaks its contract fails for good instead of being retried.
 */
export class EventConsumer {
  private worker: Worker | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly options: EventConsumerOptions,
  ) {}

  start(): void {
    this.worker = new Worker(
      eventQueueName(this.options.service),
      async (job) => this.consume(job.data),
      this.redis.workerOptions(this.options.concurrency ?? 1),
    );
    this.options.metrics?.instrument(this.worker);
    this.worker.on('failed', (job, error) => this.options.onError?.(error, job?.id));
    this.worker.on('error', (error) => this.options.onError?.(error, undefined));
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  /** Applies one delivered event; returns false when it had already been handled. */
  async consume(raw: unknown): Promise<boolean> {
    let event: EventEnvelope;
    try {
      event = parseEnvelope(raw);
    } catch (error) {
      if (error instanceof EventContractError) throw new UnrecoverableError(error.message);
      throw error;
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return false;
    return handleOnce(this.dataSource, this.options.service, event, (manager) =>
      handler(event, manager),
    );
  }
}
