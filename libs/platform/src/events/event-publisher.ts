import { BulkJobOptions } from 'bullmq';
import { EVENT_JOBS, EventEnvelope, jobOptionsOf } from '@symbiose/contracts';
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
  /** Puts events on one queue in one round trip, each as `publish` would. */
  publishAll(queueName: string, events: readonly EventEnvelope[]): Promise<void>;
  stateOf(queueName: string, eventId: string): Promise<PublishedJobState>;
  close(): Promise<void>;
}

const EVENT_JOB_OPTIONS = jobOptionsOf(EVENT_JOBS);

function jobOf(event: EventEnvelope): { name: string; data: EventEnvelope; opts: BulkJobOptions } {
  return {
    name: event.type,
    data: event,
    opts: { ...EVENT_JOB_OPTIONS, jobId: event.id },
  };
}

export class BullMqEventPublisher implements EventPublisher {
  private readonly queues: QueuePool;

  constructor(redis: RedisConnection) {
    this.queues = new QueuePool(redis);
  }

  async publish(queueName: string, event: EventEnvelope): Promise<void> {
    const { name, data, opts } = jobOf(event);
    await this.queues.get(queueName).add(name, data, opts);
  }

  async publishAll(queueName: string, events: readonly EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    await this.queues.get(queueName).addBulk(events.map(jobOf));
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
