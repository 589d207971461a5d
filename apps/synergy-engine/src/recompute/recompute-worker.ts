import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueMetrics, RedisConnection, ShutdownState } from '@symbiose/platform';
import { SynergyEngineConfig } from '../synergy-engine.config';
import { RECOMPUTE_QUEUE, RecomputeJob, RecomputeQueue } from './recompute-queue';
import { RecomputeOutcome, ZoneRecomputeService } from './zone-recompute.service';

/**
 * Runs zone recomputes from the queue, when this process is configured to,
 * and every so often queues again the zones left pending (a job lost with
 * Redis, or one that ran before its request committed). A zone whose last
 * attempt failed after its last request waits for a new request.
 */
@Injectable()
export class RecomputeWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SynergyRecompute');
  private worker: Worker<RecomputeJob, RecomputeOutcome | null> | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly config: SynergyEngineConfig,
    private readonly recompute: ZoneRecomputeService,
    private readonly queue: RecomputeQueue,
    private readonly metrics: QueueMetrics,
    private readonly shutdown: ShutdownState,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SYNERGY_RECOMPUTE_WORKER === 'off') return;
    this.worker = this.metrics.instrument(
      new Worker<RecomputeJob, RecomputeOutcome | null>(
        RECOMPUTE_QUEUE,
        async (job) => {
          const { zoneId } = job.data;
          const outcome = await this.recompute.recomputeZone(zoneId, { ifPending: true });
          if (outcome) {
            this.logger.log(
              `zone ${zoneId}: territory ${outcome.territoryId}, ` +
                `${outcome.declarationCount} declarations in ${outcome.durationMs} ms ` +
                `(${outcome.detected} detected, ${outcome.updated} updated, ` +
                `${outcome.revived} revived, ${outcome.moved} moved in, ` +
                `${outcome.obsoleted} obsolete)`,
            );
          } else {
            this.logger.debug(`zone ${zoneId}: nothing pending, a recompute already served it`);
          }
          // Kept as the job's return value, shown in the queue dashboard.
          return outcome;
        },
        this.redis.workerOptions(this.config.SYNERGY_RECOMPUTE_CONCURRENCY),
      ),
    );
    this.worker.on('failed', (job, error) =>
      this.logger.error(`zone ${job?.data.zoneId ?? '?'}: ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.error(`worker: ${error.message}`));
    this.sweepTimer = setInterval(() => void this.sweep(), this.config.SYNERGY_RECOMPUTE_SWEEP_MS);
    void this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.shutdown.step('recompute worker', async () => this.worker?.close());
    this.worker = undefined;
  }

  private async sweep(): Promise<void> {
    try {
      const pending: { zone_id: string }[] = await this.dataSource.query(
        `SELECT zone_id FROM zone_recompute
         WHERE request_seq > computed_seq
           AND (started_at IS NULL OR started_at < now() - interval '10 minutes')
           AND (last_failed_at IS NULL OR last_failed_at < last_requested_at)`,
      );
      await this.queue.enqueue(pending.map((row) => row.zone_id));
    } catch (error) {
      this.logger.warn(`sweep: ${String(error)}; will retry`);
    }
  }
}
