import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueWorkerFactory, QueueWorkerOptions, ServiceQueueWorker } from '@symbiose/platform';
import { SynergyEngineConfig } from '../synergy-engine.config';
import { RECOMPUTE_RUNNING } from './recompute-lease';
import { RECOMPUTE_QUEUE, RecomputeJob, RecomputeQueue } from './recompute-queue';
import { jittered, RecomputeRetryPolicy, retryDelayMs, retryPolicyOf } from './recompute-retry';
import { RecomputeOutcome, ZoneRecomputeService } from './zone-recompute.service';

/**
 * A job whose worker died is run once more (BullMQ's stalled-job check); a
 * second stall more likely means a recompute that kills its worker, so the job
 * fails and its zone is left to the sweep, whose retries are spaced out.
 */
const MAX_STALLED_COUNT = 1;

/**
 * Runs zone recomputes from the queue, when this process is configured to,
 * and every so often queues again the zones left pending with no job to run
 * them: a job lost with Redis, one that ran before its request committed, a
 * recompute whose process died (its session ended, or its lease lapsed), a
 * job that gave up. A zone whose recomputes keep failing or dying is queued
 * again after the same growing waits as a job's retries, counted from its
 * last attempt; a new request queues it at once.
 */
@Injectable()
export class RecomputeWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SynergyRecompute');
  private readonly worker: ServiceQueueWorker;
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly retry: RecomputeRetryPolicy;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: SynergyEngineConfig,
    private readonly recompute: ZoneRecomputeService,
    private readonly queue: RecomputeQueue,
    workers: QueueWorkerFactory,
  ) {
    this.retry = retryPolicyOf(config);
    this.worker = workers.create<RecomputeJob, RecomputeOutcome | null>({
      queue: RECOMPUTE_QUEUE,
      process: (job) => this.recomputeZone(job),
      concurrency: config.SYNERGY_RECOMPUTE_CONCURRENCY,
      settings: this.lockSettings(),
      logger: this.logger,
      subject: 'zone',
      subjectId: (data) => data.zoneId,
      shutdownStep: 'recompute worker',
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.SYNERGY_RECOMPUTE_WORKER === 'off') return;
    this.worker.start();
    this.sweepTimer = setInterval(() => void this.sweep(), this.config.SYNERGY_RECOMPUTE_SWEEP_MS);
    void this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.worker.stop();
  }

  private async recomputeZone(job: Job<RecomputeJob>): Promise<RecomputeOutcome | null> {
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
  }

  private lockSettings(): QueueWorkerOptions<RecomputeJob, unknown>['settings'] {
    const leaseMs = this.config.SYNERGY_RECOMPUTE_LEASE_MS;
    return {
      lockDuration: 2 * leaseMs,
      stalledInterval: leaseMs,
      maxStalledCount: MAX_STALLED_COUNT,
      settings: {
        backoffStrategy: (attemptsMade: number) => jittered(retryDelayMs(this.retry, attemptsMade)),
      },
    };
  }

  private async sweep(): Promise<void> {
    try {
      const pending: {
        zone_id: string;
        attempts: number;
        requested_since: boolean | null;
        idle_ms: number | null;
      }[] = await this.dataSource.query(
        `SELECT zone_id, attempts,
                last_requested_at > greatest(started_at, last_failed_at) AS requested_since,
                (extract(epoch FROM now() - greatest(started_at, last_failed_at)) * 1000)::float8
                  AS idle_ms
         FROM zone_recompute zr
         WHERE request_seq > computed_seq AND NOT ${RECOMPUTE_RUNNING}`,
      );
      const due = pending.filter(
        (row) =>
          row.attempts === 0 ||
          row.idle_ms === null ||
          row.requested_since === true ||
          row.idle_ms >= retryDelayMs(this.retry, row.attempts),
      );
      if (due.length === 0) return;
      const queued = await this.queue.zonesWithJobs();
      const orphans = due.map((row) => row.zone_id).filter((zoneId) => !queued.has(zoneId));
      if (orphans.length === 0) return;
      await this.queue.enqueue(orphans);
      this.logger.log(`sweep: queued again ${orphans.join(', ')}, pending with no job to run them`);
    } catch (error) {
      this.logger.warn(`sweep: ${String(error)}; will retry`);
    }
  }
}
