import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { deleteQueueKeys, TEST_REDIS_URL, uniqueQueuePrefix, waitFor } from '@symbiose/testing';
import { QueueMetrics } from '../src/metrics/queue-metrics';
import { QueueHandlerRegistry } from '../src/queues/queue-handlers';
import { QueueWorkerFactory } from '../src/queues/queue-worker.factory';
import { RedisConnection } from '../src/queues/redis-connection';
import { ShutdownState } from '../src/shutdown/shutdown-state';

const QUEUE = 'halving';

/** The factory on the real Redis: what it declares, how failures are said, how it stops. */
describe('a queue worker from the factory', () => {
  const prefix = uniqueQueuePrefix('queue-worker-factory');
  const redis = new RedisConnection(TEST_REDIS_URL, prefix);
  const registry = new Registry();
  const handlers = new QueueHandlerRegistry();
  const shutdown = new ShutdownState();
  const logger = new Logger('Halving');
  const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  const factory = new QueueWorkerFactory(redis, new QueueMetrics(registry), shutdown, handlers);
  const worker = factory.create<{ zoneId: string; n: number }, number>({
    queue: QUEUE,
    process: async (job) => {
      if (job.data.n % 2 !== 0) throw new Error(`${job.data.n} is odd`);
      return job.data.n / 2;
    },
    concurrency: 1,
    jobs: ['halve'],
    logger,
    subject: 'zone',
    subjectId: (data) => data.zoneId,
    failureLevel: 'warn',
    shutdownStep: 'halving worker',
  });
  const queue = new Queue(QUEUE, redis.producerOptions());

  afterAll(async () => {
    await worker.stop();
    await queue.close();
    await deleteQueueKeys(prefix);
    warn.mockRestore();
  });

  it('declares itself as the handler of its jobs when built', () => {
    expect(handlers.of(QUEUE)).toEqual([{ jobs: ['halve'] }]);
  });

  it('runs jobs once started, and says a failed attempt with its subject', async () => {
    worker.start();
    await queue.add('halve', { zoneId: 'z-even', n: 4 }, { jobId: 'even' });
    await queue.add('halve', { zoneId: 'z-odd', n: 3 }, { jobId: 'odd', attempts: 1 });
    const stateOf = (id: string) => () => queue.getJobState(id);
    expect(await waitFor(stateOf('even'), (state) => state === 'completed')).toBe('completed');
    expect(await waitFor(stateOf('odd'), (state) => state === 'failed')).toBe('failed');
    expect((await queue.getJob('even'))?.returnvalue).toBe(2);
    expect(warn).toHaveBeenCalledWith('zone z-odd: 3 is odd');
    const counted = await registry.getSingleMetricAsString('queue_job_failures_total');
    expect(counted).toContain(`queue_job_failures_total{queue="${QUEUE}"} 1`);
  });

  it('stops as its named step of the shutdown, and runs nothing after', async () => {
    const step = jest.spyOn(shutdown, 'step');
    await worker.stop();
    expect(step).toHaveBeenCalledWith('halving worker', expect.any(Function));
    await queue.add('halve', { zoneId: 'z-after', n: 6 }, { jobId: 'after' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await queue.getJobState('after')).toBe('waiting');
  });
});
