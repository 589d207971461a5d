import { EventEnvelope } from '@symbiose/contracts';
import { RedisConnection } from '../queues/redis-connection';
import { QueuePool } from './queue-pool';

/**
 * Where a published event stands in a consumer's queue: still to be handled (waiting, delayed,
 * running), handled, failed for good, or gone (removed after completion, or lost by Redis).
 */
export type PublishedJobState = 'pending' | 'completed' | 'failed' | 'missing';

/** Puts an event on a consumer's queue. Its id is the job id: a re-publish while the job is kept adds nothing. */
export interface EventPublisher {
  publish(queueName: string, event: EventEnvelope): Promise<void>;
  stateOf(queueName: string, eventId: string): Promise<PublishedJobState>;
  close(): Promise<void>;
}

const KEEP_COMPLETED_SECONDS = 24 * 3600;
const KEEP_FAILED_SECONDS = 7 * 24 * 3600;

export class BullMqEventPublisher implements EventPublisher {
  private readonly queues: QueuePool;

  constructor(redis: RedisConnection) {
    this.queues = new QueuePool(redis);
  }

  async publish(queueName: string, event: EventEnvelope): Promise<void> {
    await this.queues.get(queueName).add(event.type, event, {
      jobId: event.id,
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
      removeOnFail: { age: KEEP_FAILED_SECONDS },
    });
  }

  async stateOf(queueName: string, eventId: string): Promise<PublishedJobState> {
    const state = await this.queues.get(queueName).getJobState(eventId);
    switch (state) {
      case 'completed':
      case 'failed':
        return state;
      case 'unknown':
        return 'missing';
      case 'waiting':
      case 'active':
      case 'delayed':
      case 'prioritized':
      case 'waiting-children':
        return 'pending';
    }
  }

  close(): Promise<void> {
    return this.queues.close();
  }
}
