import { Job, Processor, Worker, WorkerOptions } from 'bullmq';
import { QueueMetrics } from '../metrics/queue-metrics';
import { ShutdownState } from '../shutdown/shutdown-state';
import { QueueHandlerRegistry } from './queue-handlers';

export interface QueueWorkerSpec<Data, Result> {
  queue: string;
  process: Processor<Data, Result>;
  /** The connection and concurrency (`RedisConnection.workerOptions`), and any lock settings. */
  options: WorkerOptions;
  /** Where the durations, failures and stalls of its jobs are recorded. */
  metrics?: QueueMetrics;
  /** Told of each failed attempt of a job. */
  onFailed?: (error: Error, job: Job<Data, Result> | undefined) => void;
  /** Told of the worker's own errors (Redis lost, a lock not renewed). */
  onError?: (error: Error) => void;
  /** Where the worker declares itself, for the start check (`QueueHandlersCheck`). */
  registry?: QueueHandlerRegistry;
  /** The names of the jobs it handles; every job of its queue when absent. */
  jobs?: readonly string[];
}

/**
 * The worker of one queue, as every process runs it: started when the process is ready, its jobs
 * measured, its failures and errors reported (an unheard `error` event would end the process),
 * and closed at shutdown once the jobs it runs have finished.
 */
export class QueueWorker<Data, Result = unknown> {
  private worker: Worker<Data, Result> | undefined;

  constructor(private readonly spec: QueueWorkerSpec<Data, Result>) {
    spec.registry?.declare(spec.queue, { jobs: spec.jobs });
  }

  start(): void {
    if (this.worker) return;
    const { queue, process, options, metrics, onFailed, onError } = this.spec;
    const worker = new Worker<Data, Result>(queue, process, options);
    metrics?.instrument(worker);
    if (onFailed) worker.on('failed', (job, error) => onFailed(error, job));
    worker.on('error', (error) => onError?.(error));
    this.worker = worker;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close();
  }

  /** Stops as a named step of the process's shutdown, so that an overrun names it. */
  stopAsStep(shutdown: ShutdownState, step: string): Promise<void> {
    return shutdown.step(step, () => this.stop());
  }
}
