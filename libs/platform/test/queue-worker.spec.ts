import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { deleteQueueKeys, TEST_REDIS_URL, uniqueQueuePrefix, waitFor } from '@symbiose/testing';
import { QueueMetrics } from '../src/metrics/queue-metrics';
import { QueueHandlerRegistry } from '../src/queues/queue-handlers';
import { QueueWorker } from '../src/queues/queue-worker';
import { RedisConnection } from '../src/queues/redis-connection';

const QUEUE = 'doubling';

/** The worker base on the real Redis: what it runs, measures, reports, declares and stops. */
describe('a queue worker', () => {
  const prefix = uniqueQueuePrefix('queue-worker');
  const redis = new RedisConnection(TEST_REDIS_URL, prefix);
  const registry = new Registry();
  const handlers = new QueueHandlerRegistry();
  const failures: string[] = [];
  const worker = new QueueWorker<{ n: number }, number>({
    queue: QUEUE,
    process: async (job) => {
      if (job.data.n < 0) throw new Error(`${job.data.n} is negative`);
      return job.data.n * 2;
    },
    options: redis.workerOptions(1),
    metrics: new QueueMetrics(registry),
    onFailed: (error, job) => failures.push(`${job?.id ?? '?'}: ${error.message}`),
    registry: handlers,
  });
  const queue = new Queue(QUEUE, redis.producerOptions());

  afterAll(async () => {
    await worker.stop();
    await queue.close();
    await deleteQueueKeys(prefix);
  });

  const stateOf = (id: string) => () => queue.getJobState(id);

  it('declares itself as its queue handler when built', () => {
    expect(handlers.of(QUEUE)).toEqual([{ jobs: undefined }]);
  });

  it('runs jobs once started, reports and counts a failure', async () => {
    worker.start();
    await queue.add('double', { n: 2 }, { jobId: 'ok' });
    await queue.add('double', { n: -1 }, { jobId: 'bad', attempts: 1 });
    expect(await waitFor(stateOf('ok'), (state) => state === 'completed')).toBe('completed');
    expect(await waitFor(stateOf('bad'), (state) => state === 'failed')).toBe('failed');
    expect((await queue.getJob('ok'))?.returnvalue).toBe(4);
    expect(failures).toEqual(['bad: -1 is negative']);
    const counted = await registry.getSingleMetricAsString('queue_job_failures_total');
    expect(counted).toContain(`queue_job_failures_total{queue="${QUEUE}"} 1`);
  });

  it('runs nothing once stopped', async () => {
    await worker.stop();
    await queue.add('double', { n: 3 }, { jobId: 'after' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await queue.getJobState('after')).toBe('waiting');
  });
});
