import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job } from 'bullmq';
import { JobRetry, QueueDefinition } from '@symbiose/contracts';
import { DataSource } from 'typeorm';
import { QueueWorkerFactory, ServiceQueueWorker } from '@symbiose/platform';
import { ImportsConfig } from '../imports.config';
import { IMPORT_QUEUE, ImportQueue, ImportQueueJob } from './import-queue';
import { ImportRunner, ImportTakenOver } from './import-runner';

/** A running job that has not committed a batch for this long is taken to be lost. */
const STALE_RUNNING = "interval '5 minutes'";

/**
 * Runs the service's imports from its queue, one at a time, when the process is configured to;
 * and, at start and every IMPORT_SWEEP_MS, queues again the jobs left waiting (an upload whose
 * queue entry was lost with Redis, a job whose worker died).
 */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ImportWorker');
  private readonly worker: ServiceQueueWorker;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ImportsConfig,
    private readonly runner: ImportRunner,
    private readonly queue: ImportQueue,
    @Inject(IMPORT_QUEUE) private readonly definition: QueueDefinition<JobRetry>,
    workers: QueueWorkerFactory,
  ) {
    this.worker = workers.create<ImportQueueJob, void>({
      queue: definition.name,
      process: (job) => this.runImport(job),
      concurrency: 1,
      logger: this.logger,
      subject: 'import',
      subjectId: (data) => data.importId,
      shutdownStep: 'import worker',
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.IMPORT_WORKER === 'off') return;
    this.worker.start();
    this.sweepTimer = setInterval(() => void this.sweep(), this.config.IMPORT_SWEEP_MS);
    void this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.worker.stop();
  }

  private async runImport(job: Job<ImportQueueJob>): Promise<void> {
    try {
      await this.runner.run(job.data.importId);
    } catch (error) {
      if (error instanceof ImportTakenOver) return;
      const attempts = this.definition.retry.attempts;
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? attempts)) {
        // The error's words (a driver's, a stack's) go to the log, not to the partner.
        await this.runner.giveUp(
          job.data.importId,
          `stopped after ${attempts} attempts: the service could not apply the file`,
        );
      }
      throw error;
    }
  }

  private async sweep(): Promise<void> {
    try {
      const waiting: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM import_job
         WHERE (status = 'QUEUED' AND created_at < now() - interval '10 seconds')
            OR (status = 'RUNNING' AND updated_at < now() - ${STALE_RUNNING})
         ORDER BY created_at`,
      );
      for (const { id } of waiting) await this.queue.enqueue(id);
    } catch (error) {
      this.logger.warn(`sweep: ${String(error)}; will retry`);
    }
  }
}
