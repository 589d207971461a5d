import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  ConsumingService,
  EVENT_ACK_JOBS,
  eventAckQueueName,
  EventEnvelope,
  jobOptionsOf,
} from '@symbiose/contracts';
import { QueueMetrics } from '../metrics/queue-metrics';
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
  private worker: Worker | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly options: {
      source: string;
      metrics?: QueueMetrics;
      onError?: (error: unknown) => void;
    },
  ) {}

  start(): void {
    this.worker = new Worker<Delivery>(
      eventAckQueueName(this.options.source),
      async (job) => acknowledgeDeliveries(this.dataSource.manager, [job.data]),
      this.redis.workerOptions(1),
    );
    this.options.metrics?.instrument(this.worker);
    this.worker.on('error', (error) => this.options.onError?.(error));
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }
}
