import { Logger } from '@nestjs/common';
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
import { QueueWorkerFactory, ServiceQueueWorker } from '../queues/queue-worker.factory';
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
}

/** How a consumer's worker runs: its concurrency, where its failures are said. */
export interface EventConsumerRun {
  concurrency?: number;
  logger: Logger;
}

/**
 * Consumes a service's inbound event queue: validates each event against its
 * contract, then applies its handler once, through the inbox. An event that
 * breaks its contract fails for good instead of being retried. Each event in
 * the inbox, new or already there, is acknowledged to its producer, which
 * otherwise publishes it again (see `OutboxRedelivery`).
 */
export class EventConsumer {
  private readonly acknowledger: EventAcknowledger;

  constructor(
    private readonly dataSource: DataSource,
    redis: RedisConnection,
    private readonly options: EventConsumerOptions,
  ) {
    this.acknowledger = new EventAcknowledger(redis);
  }

  /**
   * Its worker on the service's event queue, declaring the event types it handles for the start
   * check; stopped as the shutdown step 'event consumer', then its acknowledgements' queues close.
   */
  worker(workers: QueueWorkerFactory, run: EventConsumerRun): ServiceQueueWorker {
    const { service, handlers } = this.options;
    const worker = workers.create<EventEnvelope, boolean>({
      queue: eventQueueName(service),
      // The job's return value says whether the event was applied or had already been.
      process: async (job) => {
        const applied = await this.consume(job.data);
        await this.acknowledger.acknowledge(job.data, service);
        return applied;
      },
      concurrency: run.concurrency ?? 1,
      jobs: Object.keys(handlers),
      logger: run.logger,
      subject: 'event',
      subjectId: (event) => event.id,
      shutdownStep: 'event consumer',
    });
    return {
      start: () => worker.start(),
      stop: async () => {
        await worker.stop();
        await this.acknowledger.close();
      },
    };
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
