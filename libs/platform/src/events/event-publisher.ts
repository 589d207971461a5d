import { Queue } from 'bullmq';
import { EventEnvelope } from '@symbiose/contracts';
import { RedisConnection } from '../queues/redis-connection';

/** Puts an event on a consumer's queue. Its id is the job id: a re-publish while the job is kept adds nothing. */
export interface EventPublisher {
  publish(queueName: string, event: EventEnvelope): Promise<void>;
  close(): Promise<void>;
}

const KEEP_COMPLETED_SECONDS = 24 * 3600;
const KEEP_FAILED_SECONDS = 7 * 24 * 3600;

export class BullMqEventPublisher implements EventPublisher {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly redis: RedisConnection) {}

  async publish(queueName: string, event: EventEnvelope): Promise<void> {
    await this.queue(queueName).add(event.type, event, {
      jobId: event.id,
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
      removeOnFail: { age: KEEP_FAILED_SECONDS },
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, this.redis.producerOptions());
      this.queues.set(name, queue);
    }
    return queue;
  }
}
