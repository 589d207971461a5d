import { Queue } from 'bullmq';
import { RedisConnection } from '../queues/redis-connection';

/** The producer queues a process writes to, opened on first use and closed together. */
export class QueuePool {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly redis: RedisConnection) {}

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, this.redis.producerOptions());
      this.queues.set(name, queue);
    }
    return queue;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}
