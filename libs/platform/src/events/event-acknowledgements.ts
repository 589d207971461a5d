import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ConsumingService,
  EVENT_ACK_JOBS,
  eventAckQueueName,
  EventEnvelope,
  jobOptionsOf,
} from '@symbiose/contracts';
import { QueueWorkerFactory, ServiceQueueWorker } from '../queues/queue-worker.factory';
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

/**
 * A producer's side: the worker that records its subscribers' acknowledgements against its
 * deliveries, stopped as the shutdown step 'event acknowledgements'.
 */
export function acknowledgementReceiver(
  dataSource: DataSource,
  workers: QueueWorkerFactory,
  options: { source: string; logger: Logger },
): ServiceQueueWorker {
  return workers.create<Delivery, void>({
    queue: eventAckQueueName(options.source),
    process: async (job) => acknowledgeDeliveries(dataSource.manager, [job.data]),
    concurrency: 1,
    logger: options.logger,
    subject: 'acknowledgement of event',
    subjectId: (delivery) => delivery.eventId,
    failureLevel: 'warn',
    shutdownStep: 'event acknowledgements',
  });
}
