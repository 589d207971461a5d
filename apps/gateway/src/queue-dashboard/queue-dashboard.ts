import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import { Router } from 'express';
import { SYSTEM_QUEUES } from '@symbiose/contracts';
import { RedisConnection } from '@symbiose/platform';

/** Where the dashboard is served; its page, assets and API all live under it. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board over every queue of the system (SYSTEM_QUEUES): jobs by state,
 * their data and errors, and the retry of failed ones. Its queues fail fast
 * when Redis is down, as every producer's do.
 */
@Injectable()
export class QueueDashboard implements OnApplicationShutdown {
  private readonly queues: Queue[];
  private readonly adapter = new ExpressAdapter();

  constructor(redis: RedisConnection) {
    this.queues = SYSTEM_QUEUES.map((name) => new Queue(name, redis.producerOptions()));
    this.adapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter: this.adapter,
      options: { uiConfig: { boardTitle: 'Symbiose queues' } },
    });
  }

  router(): Router {
    return this.adapter.getRouter() as Router;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
