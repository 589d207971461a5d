import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  Type,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ConsumingService, eventQueueName } from '@symbiose/contracts';
import { QueueMetrics } from '../metrics/queue-metrics';
import { QUEUE_CONSUMER, QueueHandlersCheck } from '../queues/queue-handlers.check';
import { QueueHandlerRegistry } from '../queues/queue-handlers';
import { RedisConnection } from '../queues/redis-connection';
import { ShutdownState } from '../shutdown/shutdown-state';
import { BullMqEventPublisher } from './event-publisher';
import { applyEvent, EventConsumer, EventHandlerMap } from './event-consumer';
import { AcknowledgementReceiver } from './event-acknowledgements';
import { registerOutboxMetrics } from './outbox-metrics';
import { OutboxRedelivery } from './outbox-redelivery';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';

/** What a consuming service registers: its handlers by event type. */
export interface EventHandlers {
  handlers(): EventHandlerMap;
}

export interface EventsModuleOptions {
  /** Name of the service, written as the source of the events it produces. */
  service: string;
  /** Present when the service consumes events: its queue and handlers. */
  consumer?: { service: ConsumingService; handlers: Type<EventHandlers> };
}

const EVENTS_OPTIONS = Symbol('EVENTS_OPTIONS');

const EVENT_HANDLERS = Symbol('EVENT_HANDLERS');

/**
 * Runs the outbox relay while the service runs, with its redelivery of what
 * subscribers have not acknowledged and the receiver of their acknowledgements,
 * and the event consumer if it has one. They stop before the shutdown hooks
 * close the database connection they use: workers first, then the relays, then
 * the queues. Their metrics: the consumer's jobs, its queue's depth, the
 * outbox's backlog, and each subscriber's unacknowledged and re-published events.
 */
@Injectable()
class EventsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly publisher: BullMqEventPublisher;
  private readonly relay: OutboxRelay;
  private readonly redelivery: OutboxRedelivery;
  private readonly acknowledgements: AcknowledgementReceiver;
  private readonly consumer: EventConsumer | undefined;
  private readonly inboundQueue: Queue | undefined;

  constructor(
    dataSource: DataSource,
    redis: RedisConnection,
    @Inject(EVENTS_OPTIONS) options: EventsModuleOptions,
    @Inject(EVENT_HANDLERS) handlers: EventHandlers | null,
    metrics: QueueMetrics,
    registry: Registry,
    private readonly shutdown: ShutdownState,
    queueHandlers: QueueHandlerRegistry,
  ) {
    const counters = registerOutboxMetrics(registry, dataSource);
    this.publisher = new BullMqEventPublisher(redis);
    this.relay = new OutboxRelay(dataSource, this.publisher, {
      source: options.service,
      onError: (error) => this.logger.warn(`outbox relay: ${String(error)}; will retry`),
    });
    this.redelivery = new OutboxRedelivery(dataSource, this.publisher, {
      source: options.service,
      onRepublished: ({ eventId, subscriber, type, publishedBefore }) => {
        counters.republished.inc({ subscriber });
        this.logger.warn(
          `outbox: re-published ${type} ${eventId} to ${subscriber}, not acknowledged and ` +
            `gone from its queue (publish #${publishedBefore + 1})`,
        );
      },
      onError: (error) => this.logger.warn(`outbox redelivery: ${String(error)}; will retry`),
    });
    this.acknowledgements = new AcknowledgementReceiver(dataSource, redis, {
      source: options.service,
      metrics,
      onError: (error) => this.logger.warn(`event acknowledgements: ${String(error)}`),
      registry: queueHandlers,
    });
    this.consumer =
      options.consumer && handlers
        ? new EventConsumer(dataSource, redis, {
            service: options.consumer.service,
            handlers: handlers.handlers(),
            metrics,
            onError: (error, jobId) =>
              this.logger.error(`event ${jobId ?? '(worker)'}: ${String(error)}`),
            registry: queueHandlers,
          })
        : undefined;
    if (options.consumer) {
      this.inboundQueue = new Queue(
        eventQueueName(options.consumer.service),
        redis.producerOptions(),
      );
      metrics.watchDepth(this.inboundQueue);
    }
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.redelivery.start();
    this.acknowledgements.start();
    this.consumer?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.shutdown.step('event consumer', async () => this.consumer?.stop());
    await this.shutdown.step('event acknowledgements', () => this.acknowledgements.stop());
    await this.shutdown.step('outbox relay', () => this.relay.stop());
    await this.shutdown.step('outbox redelivery', () => this.redelivery.stop());
    await this.publisher.close();
    await this.inboundQueue?.close();
  }
}

/**
 * Applies an event the service holds otherwise than from its queue (its source's latest event
 * about a row its copy lacks), exactly as its consumer would: checked against its contract,
 * through the service's own handler, once, through the inbox, so the delivery that follows is
 * a no-op.
 */
@Injectable()
export class InboundEvents {
  private readonly handlers: EventHandlerMap;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENTS_OPTIONS) private readonly options: EventsModuleOptions,
    @Inject(EVENT_HANDLERS) handlers: EventHandlers | null,
  ) {
    this.handlers = handlers?.handlers() ?? {};
  }

  /** Returns false when the event had already been applied. */
  apply(raw: unknown): Promise<boolean> {
    const consumer = this.options.consumer;
    if (!consumer) throw new Error(`${this.options.service} consumes no events`);
    return applyEvent(this.dataSource, consumer.service, this.handlers, raw);
  }
}

@Module({})
export class EventsModule {
  static forService(options: EventsModuleOptions): DynamicModule {
    const handlers = options.consumer
      ? { provide: EVENT_HANDLERS, useExisting: options.consumer.handlers }
      : { provide: EVENT_HANDLERS, useValue: null };
    return {
      module: EventsModule,
      global: true,
      providers: [
        { provide: EVENTS_OPTIONS, useValue: options },
        ...(options.consumer
          ? [
              options.consumer.handlers,
              { provide: QUEUE_CONSUMER, useValue: options.consumer.service },
              QueueHandlersCheck,
            ]
          : []),
        handlers,
        OutboxService,
        InboundEvents,
        EventsLifecycle,
      ],
      exports: [OutboxService, InboundEvents],
    };
  }
}
