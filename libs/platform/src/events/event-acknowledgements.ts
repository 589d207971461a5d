import { DataSource } from 'typeorm';
import {
  ConsumingService,
  EVENT_ACK_JOBS,
  eventAckQueueName,
  EventEnvelope,
  jobOptionsOf,
} from '@symbiose/contracts';
import { QueueMetrics } from '../metrics/queue-metrics';
import { QueueHandlerRegistry } from '../queues/queue-handlers';
import { QueueWorker } from '../queues/queue-worker';
import { RedisConnection } from '../queues/redis-connection';
import { acknowledgeDeliveries, Delivery } from './outbox-delivery';
import { QueuePool } from './queue-pool';

const ACK_JOB_OPTIONS = jobOptionsOf(EVENT_ACK_JOBS);

/** A consumer's side: tells each event's producer that the event is in the consumer's inbox. */
export class EventAcknowledger {
  private readonly queues: QueuePool;

  constructor(redis: RedisConnection) {
    this.queues = new QueuePool(redis);
  }

  async acknowledge(event: EventEnvelope, subscriber: ConsumingService): Promise<void> {
    const acknowledgement: Delivery = { eventId: event.id, subscriber };
    await this.queues
      .get(eventAckQueueName(event.source))
      .add('acknowledged', acknowledgement, ACK_JOB_OPTIONS);
  }

  close(): Promise<void> {
    return this.queues.close();
  }
}

/** A producer's side: records its subscribers' acknowledgements against its deliveries. */
export class AcknowledgementReceiver {
  private readonly worker: QueueWorker<Delivery, void>;

  constructor(
    dataSource: DataSource,
    redis: RedisConnection,
    options: {
      source: string;
      metrics?: QueueMetrics;
      onError?: (error: unknown) => void;
      registry?: QueueHandlerRegistry;
    },
  ) {
    this.worker = new QueueWorker<Delivery, void>({
      queue: eventAckQueueName(options.source),
      process: async (job) => acknowledgeDeliveries(dataSource.manager, [job.data]),
      options: redis.workerOptions(1),
      metrics: options.metrics,
      onError: options.onError,
      registry: options.registry,
    });
  }

  start(): void {
    this.worker.start();
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }
}
