import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DirectoryConfig } from '../../directory.config';

const SWEEP_INTERVAL_MS = 3600_000;
/** Rows per DELETE: each statement holds its locks briefly, however much is due. */
const BATCH_SIZE = 1000;

/**
 * Deletes the deliveries settled (delivered, failed or skipped) more than
 * WEBHOOK_DELIVERY_RETENTION_DAYS ago, with their attempts: every event is one delivery per
 * subscription, and the log would otherwise grow for ever. Runs at start, then hourly, in each
 * directory process (two sweeping at once delete each row once). Deliveries still pending are
 * kept, whatever their age.
 */
@Injectable()
export class WebhookDeliveryRetention implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookDeliveryRetention');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: DirectoryConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => {
      this.running = this.sweep().catch((error: unknown) =>
        this.logger.warn(`deleting old deliveries: ${String(error)}; will retry`),
      );
    };
    run();
    this.timer = setInterval(run, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Deletes what is due; returns how many deliveries it deleted. */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM webhook_delivery WHERE id IN (
           SELECT id FROM webhook_delivery
            WHERE completed_at < now() - make_interval(days => $1) LIMIT $2)`,
        [this.config.WEBHOOK_DELIVERY_RETENTION_DAYS, BATCH_SIZE],
      );
      total += deleted;
      if (deleted < BATCH_SIZE) break;
    }
    if (total > 0) this.logger.log(`deleted ${total} deliveries settled before the retention`);
    return total;
  }
}
