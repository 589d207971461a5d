import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Job, Queue, Worker } from 'bullmq';
import { withinTime } from '../queues/within-time';

/** The states `queue_depth` reports: what waits, runs, waits for a retry, and has failed for good. */
const DEPTH_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** How long a scrape waits for Redis's job counts; a slow Redis must not hold `/metrics`. */
const DEPTH_TIMEOUT_MS = 1000;

/**
 * Job durations, failures and stalls by queue, and the depth of the queues a
 * service works through. Every process that runs a BullMQ worker passes it to
 * `instrument`; every queue the process consumes goes to `watchDepth` (so each
 * queue's depth is reported by its consumers, not also by each producer).
 */
export class QueueMetrics {
  private readonly jobDuration: Histogram<'queue' | 'outcome'>;
  private readonly failures: Counter<'queue'>;
  private readonly stalls: Counter<'queue'>;
  private readonly watched = new Map<string, Queue>();

  constructor(registry: Registry) {
    this.jobDuration = new Histogram({
      name: 'queue_job_duration_seconds',
      help: 'Duration of BullMQ jobs by queue and outcome (completed, failed)',
      labelNames: ['queue', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    });
    this.failures = new Counter({
      name: 'queue_job_failures_total',
      help: 'Failed attempts of BullMQ jobs by queue (a job retried three times counts three)',
      labelNames: ['queue'],
      registers: [registry],
    });
    this.stalls = new Counter({
      name: 'queue_jobs_stalled_total',
      help: 'Jobs whose worker lost them (crash, blocked event loop) and that were handed back',
      labelNames: ['queue'],
      registers: [registry],
    });
    const watched = this.watched;
    new Gauge({
      name: 'queue_depth',
      help: 'Jobs in each state of the queues this service consumes, read at scrape time',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        await Promise.all(
          [...watched.values()].map(async (queue) => {
            const counts = await withinTime(
              queue.getJobCounts(...DEPTH_STATES),
              DEPTH_TIMEOUT_MS,
            ).catch(() => undefined);
            // Redis down or slow: the series is absent, which an alert on `absent()` catches.
            if (!counts) return;
            for (const state of DEPTH_STATES) this.set({ queue: queue.name, state }, counts[state]);
          }),
        );
      },
    });
  }

  /** Records the duration and outcome of every job the worker runs; returns the worker. */
  instrument<W extends Worker>(worker: W): W {
    const queue = worker.name;
    worker.on('completed', (job: Job) => this.observe(queue, 'completed', job));
    worker.on('failed', (job: Job | undefined) => {
      this.failures.inc({ queue });
      if (job) this.observe(queue, 'failed', job);
    });
    worker.on('stalled', () => this.stalls.inc({ queue }));
    return worker;
  }

  /** Reports the queue's depth at each scrape. The caller keeps closing the queue. */
  watchDepth(queue: Queue): void {
    this.watched.set(queue.name, queue);
  }

  private observe(queue: string, outcome: 'completed' | 'failed', job: Job): void {
    if (job.processedOn === undefined) return;
    const finishedOn = job.finishedOn ?? Date.now();
    this.jobDuration.observe({ queue, outcome }, (finishedOn - job.processedOn) / 1000);
  }
}
