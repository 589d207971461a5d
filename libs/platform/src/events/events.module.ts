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
import { DataSource } from 'typeorm';
import { ConsumingService } from '@symbiose/contracts';
import { RedisConnection } from '../queues/redis-connection';
import { BullMqEventPublisher } from './event-publisher';
import { EventConsumer, EventHandler } from './event-consumer';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';

/** What a consuming service registers: its handlers by event type. */
export interface EventHandlers {
  handlers(): Record<string, EventHandler>;
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
 * Runs the outbox relay while the service runs, and the event consumer if it
 * has one. They stop before the shutdown hooks close the database connection
 * they use: workers first, then the relay, then the queues.
 */
@Injectable()
class EventsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly publisher: BullMqEventPublisher;
  private readonly relay: OutboxRelay;
  private readonly consumer: EventConsumer | undefined;

  constructor(
    dataSource: DataSource,
    redis: RedisConnection,
    @Inject(EVENTS_OPTIONS) options: EventsModuleOptions,
    @Inject(EVENT_HANDLERS) handlers: EventHandlers | null,
  ) {
    this.publisher = new BullMqEventPublisher(redis);
    this.relay = new OutboxRelay(dataSource, this.publisher, {
      source: options.service,
      onError: (error) => this.logger.warn(`outbox relay: ${String(error)}; will retry`),
    });
    this.consumer =
      options.consumer && handlers
        ? new EventConsumer(dataSource, redis, {
            service: options.consumer.service,
            handlers: handlers.handlers(),
            onError: (error, jobId) =>
              this.logger.error(`event ${jobId ?? '(worker)'}: ${String(error)}`),
          })
        : undefined;
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.consumer?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.relay.stop();
    await this.publisher.close();
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
        ...(options.consumer ? [options.consumer.handlers] : []),
        handlers,
        OutboxService,
        EventsLifecycle,
      ],
      exports: [OutboxService],
    };
  }
}
