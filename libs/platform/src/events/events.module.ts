import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ConsumingService, eventQueueName } from '@symbiose/contracts';
import { QueueMetrics } from '../metrics/queue-metrics';
import { QUEUE_CONSUMER, QueueHandlersCheck } from '../queues/queue-handlers.check';
import { QueueWorkerFactory, ServiceQueueWorker } from '../queues/queue-worker.factory';
import { RedisConnection } from '../queues/redis-connection';
import { ShutdownState } from '../shutdown/shutdown-state';
import { BullMqEventPublisher } from './event-publisher';
import { applyEvent, EventConsumer } from './event-consumer';
import { acknowledgementReceiver } from './event-acknowledgements';
import { ServiceEventHandlers } from './event-handlers';
import { registerOutboxMetrics } from './outbox-metrics';
import { OutboxRedelivery } from './outbox-redelivery';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';

export interface EventsModuleOptions {
  /** Name of the service, written as the source of the events it produces. */
  service: string;
  /**
   * Present when the service consumes events: its queue. Its handlers are the providers marked
   * `@EventHandlers()` (see ServiceEventHandlers).
   */
  consumer?: { service: ConsumingService };
}

const EVENTS_OPTIONS = Symbol('EVENTS_OPTIONS');

/**
 * Runs the outbox relay while the service runs, with its redelivery of what
 * subscribers have not acknowledged and the receiver of their acknowledgements,
 * and the event consumer if it has one. They stop before the shutdown hooks
 * close the database connection they use: workers first, then the relays, then
 * the queues. Their metrics: the consumer's jobs, its queue's depth, the
 * outbox's backlog, and each subscriber's unacknowledged and re-published events.
 */
@Injectable()
class EventsLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly publisher: BullMqEventPublisher;
  private readonly relay: OutboxRelay;
  private readonly redelivery: OutboxRedelivery;
  private readonly acknowledgements: ServiceQueueWorker;
  private consumer: ServiceQueueWorker | undefined;
  private inboundQueue: Queue | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    @Inject(EVENTS_OPTIONS) private readonly options: EventsModuleOptions,
    private readonly metrics: QueueMetrics,
    registry: Registry,
    private readonly shutdown: ShutdownState,
    private readonly workers: QueueWorkerFactory,
    @Optional() private readonly handlers?: ServiceEventHandlers,
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
    this.acknowledgements = acknowledgementReceiver(dataSource, workers, {
      source: options.service,
      logger: new Logger('EventAcknowledgements'),
    });
  }

  /**
   * Builds the consumer once every provider exists, so that the handlers marked in any module
   * are found; it declares its queue's handled types before QueueHandlersCheck, provided after
   * this class in the same module, checks them.
   */
  onModuleInit(): void {
    const { consumer } = this.options;
    if (!consumer || !this.handlers) return;
    this.consumer = new EventConsumer(this.dataSource, this.redis, {
      service: consumer.service,
      handlers: this.handlers.handlers(),
    }).worker(this.workers, { logger: new Logger('EventConsumer') });
    this.inboundQueue = new Queue(eventQueueName(consumer.service), this.redis.producerOptions());
    this.metrics.watchDepth(this.inboundQueue);
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.redelivery.start();
    this.acknowledgements.start();
    this.consumer?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.acknowledgements.stop();
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
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENTS_OPTIONS) private readonly options: EventsModuleOptions,
    @Optional() private readonly handlers?: ServiceEventHandlers,
  ) {}

  /** Returns false when the event had already been applied. */
  apply(raw: unknown): Promise<boolean> {
    const consumer = this.options.consumer;
    if (!consumer || !this.handlers) throw new Error(`${this.options.service} consumes no events`);
    return applyEvent(this.dataSource, consumer.service, this.handlers.handlers(), raw);
  }
}

@Module({})
export class EventsModule {
  static forService(options: EventsModuleOptions): DynamicModule {
    // The lifecycle builds the consumer at init, before the queue check that follows it runs.
    const consumer = options.consumer
      ? [
          { provide: QUEUE_CONSUMER, useValue: options.consumer.service },
          ServiceEventHandlers,
          EventsLifecycle,
          QueueHandlersCheck,
        ]
      : [EventsLifecycle];
    return {
      module: EventsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: EVENTS_OPTIONS, useValue: options },
        OutboxService,
        InboundEvents,
        ...consumer,
      ],
      exports: [OutboxService, InboundEvents, ...(options.consumer ? [ServiceEventHandlers] : [])],
    };
  }
}
