import { UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConsumingService,
  EventContractError,
  EventEnvelope,
  EventOf,
  eventQueueName,
  EventType,
  parseEnvelope,
} from '@symbiose/contracts';
import { QueueMetrics } from '../metrics/queue-metrics';
import { QueueHandlerRegistry } from '../queues/queue-handlers';
import { QueueWorker } from '../queues/queue-worker';
import { RedisConnection } from '../queues/redis-connection';
import { EventAcknowledger } from './event-acknowledgements';
import { handleOnce } from './inbox';

/** What a service does with an event of type T (or of a union of types), in its inbox's transaction. */
export type EventHandler<T extends EventType = EventType> = (
  event: EventOf<T>,
  manager: EntityManager,
) => Promise<void>;

/** A service's handlers, by the event type each one handles. */
export type EventHandlerMap = { readonly [T in EventType]?: EventHandler<T> };

/** A handler for each of the types T. */
export type HandlersOf<T extends EventType> = { readonly [K in T]: EventHandler<K> };

/**
 * The handler of an event type, to be called with an envelope checked against its contract
 * (`parseEnvelope`), whose payload is then the one the handler is written for.
 */
export function handlerOf(
  handlers: EventHandlerMap,
  type: string,
): ((event: EventEnvelope, manager: EntityManager) => Promise<void>) | undefined {
  return handlers[type as EventType] as
    ((event: EventEnvelope, manager: EntityManager) => Promise<void>) | undefined;
}

export interface EventConsumerOptions {
  service: ConsumingService;
  /** Handlers by event type; an event of another type is acknowledged and ignored. */
  handlers: EventHandlerMap;
  concurrency?: number;
  /** Where the durations and failures of its jobs are recorded. */
  metrics?: QueueMetrics;
  onError?: (error: unknown, jobId: string | undefined) => void;
  /** Where it declares the event types it handles, for the start check. */
  registry?: QueueHandlerRegistry;
}

/**
 * Consumes a service's inbound event queue: validates each event against its
 * contract, then applies its handler once, through the inbox. An event that
 * breaks its contract fails for good instead of being retried. Each event in
 * the inbox, new or already there, is acknowledged to its producer, which
 * otherwise publishes it again (see `OutboxRedelivery`).
 */
export class EventConsumer {
  private readonly worker: QueueWorker<EventEnvelope, boolean>;
  private readonly acknowledger: EventAcknowledger;

  constructor(
    private readonly dataSource: DataSource,
    redis: RedisConnection,
    private readonly options: EventConsumerOptions,
  ) {
    this.acknowledger = new EventAcknowledger(redis);
    const { service, concurrency, metrics, onError, registry } = options;
    this.worker = new QueueWorker<EventEnvelope, boolean>({
      queue: eventQueueName(service),
      // The job's return value says whether the event was applied or had already been.
      process: async (job) => {
        const applied = await this.consume(job.data);
        await this.acknowledger.acknowledge(job.data, service);
        return applied;
      },
      options: redis.workerOptions(concurrency ?? 1),
      metrics,
      onFailed: (error, job) => onError?.(error, job?.id),
      onError: (error) => onError?.(error, undefined),
      registry,
      jobs: Object.keys(options.handlers),
    });
  }

  start(): void {
    this.worker.start();
  }

  async stop(): Promise<void> {
    await this.worker.stop();
    await this.acknowledger.close();
  }

  /** Applies one delivered event; returns false when it had already been handled. */
  async consume(raw: unknown): Promise<boolean> {
    try {
      return await applyEvent(this.dataSource, this.options.service, this.options.handlers, raw);
    } catch (error) {
      if (error instanceof EventContractError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}

/**
 * Checks an event against its contract, then applies its handler once, through the inbox:
 * the consumer's path for a delivered event, and a service's for an event it fetched from its
 * source. Returns false when the event had already been handled or has no handler.
 */
export async function applyEvent(
  dataSource: DataSource,
  service: ConsumingService,
  handlers: EventHandlerMap,
  raw: unknown,
): Promise<boolean> {
  const event: EventEnvelope = parseEnvelope(raw);
  const handler = handlerOf(handlers, event.type);
  if (!handler) return false;
  return handleOnce(dataSource, service, event, (manager) => handler(event, manager));
}
