import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { jobOptionsOf, onlyJobOf, WEBHOOK_DELIVERY } from '@symbiose/contracts';
import { QueueMetrics, RedisConnection, ShutdownState } from '@symbiose/platform';
import { DirectoryConfig } from '../../directory.config';

/** A delivery job names its row; the row holds everything else. */
export interface WebhookDeliveryJob {
  deliveryId: string;
}

const BATCH_SIZE = 100;
const POLL_INTERVAL_MS = 250;

/**
 * Queues the delivery rows not queued yet, oldest first, and marks them queued in the transaction
 * that locked them (SKIP LOCKED, so several directory processes can run it). The job id is the
 * delivery id: a relay that dies between queueing and marking queues the row again, which BullMQ
 * ignores while it keeps the job, and the worker ignores a delivery already settled. Each job
 * retries with exponential backoff, WEBHOOK_MAX_ATTEMPTS times in all.
 */
@Injectable()
export class WebhookDeliveryRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookDeliveryRelay');
  private readonly queue: Queue<WebhookDeliveryJob>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: DirectoryConfig,
    private readonly shutdown: ShutdownState,
    redis: RedisConnection,
    metrics: QueueMetrics,
  ) {
    this.queue = new Queue<WebhookDeliveryJob>(WEBHOOK_DELIVERY.name, redis.producerOptions());
    metrics.watchDepth(this.queue);
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.shutdown.step('webhook delivery relay', async () => {
      await this.running;
      await this.queue.close();
    });
  }

  /** Queues one batch; returns how many deliveries it queued. */
  async queueBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM webhook_delivery WHERE queued_at IS NULL
          ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const options = jobOptionsOf(WEBHOOK_DELIVERY, {
        attempts: this.config.WEBHOOK_MAX_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.config.WEBHOOK_BACKOFF_MS },
      });
      await this.queue.addBulk(
        rows.map(({ id }) => ({
          name: onlyJobOf(WEBHOOK_DELIVERY),
          data: { deliveryId: id },
          opts: { ...options, jobId: id },
        })),
      );
      await manager.query(
        `UPDATE webhook_delivery SET queued_at = now() WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error: unknown) =>
          this.logger.warn(`queueing deliveries: ${String(error)}; will retry`),
        )
        .finally(() => this.schedule(POLL_INTERVAL_MS));
    }, delayMs);
  }

  private async drain(): Promise<void> {
    let queued = BATCH_SIZE;
    while (queued === BATCH_SIZE && !this.stopped) queued = await this.queueBatch();
  }
}
