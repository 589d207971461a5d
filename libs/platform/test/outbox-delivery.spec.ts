import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import {
  ConsumingService,
  eventAckQueueName,
  eventQueueName,
  subscribersOf,
} from '@symbiose/contracts';
import { runMigrations, serviceDataSourceOptions } from '../src/database/data-source-options';
import { acknowledgementReceiver } from '../src/events/event-acknowledgements';
import { EventConsumer } from '../src/events/event-consumer';
import { BullMqEventPublisher } from '../src/events/event-publisher';
import { createEventTables } from '../src/events/event-tables.migration';
import { acknowledgeDeliveries, recordDeliveries } from '../src/events/outbox-delivery';
import { createOutboxDeliveryTable } from '../src/events/outbox-delivery.migration';
import { registerOutboxMetrics } from '../src/events/outbox-metrics';
import { OutboxRedelivery, RepublishedDelivery } from '../src/events/outbox-redelivery';
import { OutboxRelay } from '../src/events/outbox-relay';
import { OutboxService } from '../src/events/outbox.service';
import { QueueMetrics } from '../src/metrics/queue-metrics';
import { QueueHandlerRegistry } from '../src/queues/queue-handlers';
import { QueueWorkerFactory, ServiceQueueWorker } from '../src/queues/queue-worker.factory';
import { RedisConnection } from '../src/queues/redis-connection';
import { ShutdownState } from '../src/shutdown/shutdown-state';
import {
  createTestDatabase,
  deleteQueueKeys,
  TEST_REDIS_URL,
  TestDatabase,
  uniqueQueuePrefix,
  waitFor,
} from '@symbiose/testing';

/**
 * The outbox keeps each event until every subscriber has acknowledged it, so events Redis lost
 * after acknowledging their jobs reach their consumers from PostgreSQL, with nobody acting.
 */
jest.setTimeout(60_000);

const SCHEMA = 'outbox_delivery_test';
const SOURCE = 'directory';
const SUBSCRIBERS = subscribersOf('zone.created');
/** Short for the test; the relay's defaults are 30 s and 5 s. */
const REDELIVER_AFTER_MS = 1000;
const POLL_INTERVAL_MS = 200;

class CreateDeliveryTestTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE effect (consumer text NOT NULL, event_id uuid NOT NULL)`);
    await createEventTables(queryRunner, SCHEMA);
    await createOutboxDeliveryTable(queryRunner);
  }
  async down(): Promise<void> {}
}

describe('outbox deliveries kept until acknowledged (PostgreSQL + Redis)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let redis: RedisConnection;
  let prefix: string;
  let publisher: BullMqEventPublisher;
  let relay: OutboxRelay;
  let redelivery: OutboxRedelivery;
  let workers: QueueWorkerFactory;
  let receiver: ServiceQueueWorker;
  let consumers: ServiceQueueWorker[];
  let republished: RepublishedDelivery[];
  const outbox = new OutboxService();

  /** Each subscriber applies an event by adding one effect row: a duplicate would show. */
  const consumerOf = (service: ConsumingService) =>
    new EventConsumer(dataSource, redis, {
      service,
      handlers: {
        'zone.created': async (event, manager) => {
          await manager.query('INSERT INTO effect (consumer, event_id) VALUES ($1, $2)', [
            service,
            event.id,
          ]);
        },
      },
    }).worker(workers, { logger: new Logger(`EventConsumer ${service}`) });

  async function recordZones(count: number): Promise<string[]> {
    return dataSource.transaction(async (manager) => {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const event = await outbox.record(manager, 'zone.created', {
          zoneId: randomUUID(),
          territoryId: randomUUID(),
          name: `Zone ${index}`,
          kind: 'INDUSTRIAL',
          latitude: 44.4,
          longitude: 1.44,
          areaKm2: null,
        });
        ids.push(event.id);
      }
      return ids;
    });
  }

  /** Redis loses what it held for a subscriber: its jobs, waiting or done, are gone. */
  async function loseQueue(subscriber: ConsumingService): Promise<void> {
    await deleteQueueKeys(`${prefix}:${eventQueueName(subscriber)}`);
  }

  async function effects(): Promise<{ consumer: string; event_id: string; times: number }[]> {
    return dataSource.query(
      `SELECT consumer, event_id, count(*)::int AS times FROM effect GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  }

  async function openDeliveries(): Promise<{ subscriber: string; open: number }[]> {
    return dataSource.query(
      `SELECT subscriber, count(*)::int AS open FROM outbox_delivery
        WHERE acknowledged_at IS NULL GROUP BY 1 ORDER BY 1`,
    );
  }

  async function jobCount(
    subscriber: ConsumingService,
    state: 'waiting' | 'failed',
  ): Promise<number> {
    const queue = new Queue(eventQueueName(subscriber), redis.producerOptions());
    try {
      return await queue.getJobCountByTypes(state);
    } finally {
      await queue.close();
    }
  }

  const everyEffectOnce = (eventIds: string[]) =>
    SUBSCRIBERS.flatMap((consumer) =>
      [...eventIds].sort().map((event_id) => ({ consumer, event_id, times: 1 })),
    );

  beforeAll(async () => {
    database = await createTestDatabase('outbox-delivery');
    dataSource = new DataSource(
      serviceDataSourceOptions(database.url, {
        schema: SCHEMA,
        entities: [],
        migrations: [CreateDeliveryTestTables1700000000000],
      }),
    );
    await dataSource.initialize();
    await runMigrations(dataSource, SCHEMA);
  });

  beforeEach(() => {
    prefix = uniqueQueuePrefix('outbox-delivery');
    redis = new RedisConnection(TEST_REDIS_URL, prefix);
    publisher = new BullMqEventPublisher(redis);
    const timing = { redeliverAfterMs: REDELIVER_AFTER_MS, pollIntervalMs: POLL_INTERVAL_MS };
    relay = new OutboxRelay(dataSource, publisher, { source: SOURCE, ...timing });
    republished = [];
    redelivery = new OutboxRedelivery(dataSource, publisher, {
      source: SOURCE,
      ...timing,
      onRepublished: (delivery) => republished.push(delivery),
    });
    workers = new QueueWorkerFactory(
      redis,
      new QueueMetrics(new Registry()),
      new ShutdownState(),
      new QueueHandlerRegistry(),
    );
    receiver = acknowledgementReceiver(dataSource, workers, {
      source: SOURCE,
      logger: new Logger('EventAcknowledgements'),
    });
    consumers = SUBSCRIBERS.map(consumerOf);
  });

  afterEach(async () => {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await receiver.stop();
    await relay.stop();
    await redelivery.stop();
    await publisher.close();
    await deleteQueueKeys(prefix);
    await dataSource.query('TRUNCATE outbox_event, outbox_delivery, inbox_event, effect');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('delivers from PostgreSQL what Redis lost after acknowledging it, each effect once, with nobody acting', async () => {
    relay.start();
    redelivery.start();
    receiver.start();
    const eventIds = await recordZones(20);
    // Redis acknowledged every job; the consumers are behind (stopped) and hold none of them.
    for (const subscriber of SUBSCRIBERS) {
      expect(
        await waitFor(
          () => jobCount(subscriber, 'waiting'),
          (count) => count === 20,
        ),
      ).toBe(20);
    }
    expect(await openDeliveries()).toEqual(
      SUBSCRIBERS.map((subscriber) => ({ subscriber, open: 20 })),
    );

    for (const subscriber of SUBSCRIBERS) await loseQueue(subscriber);
    const lostAt = Date.now();
    for (const consumer of consumers) consumer.start();

    const applied = await waitFor(
      () => effects(),
      (rows) => rows.length === everyEffectOnce(eventIds).length,
      { timeoutMs: 20_000 },
    );
    const caughtUpMs = Date.now() - lostAt;
    expect(applied).toEqual(everyEffectOnce(eventIds));
    expect(
      await waitFor(
        () => openDeliveries(),
        (open) => open.length === 0,
      ),
    ).toEqual([]);
    // Every lost delivery published again; on a loaded machine one whose acknowledgement was
    // still on its way at the next check may go twice, which the inbox absorbs (effects above).
    const republishedDeliveries = new Set(
      republished.map(({ eventId, subscriber }) => `${eventId} ${subscriber}`),
    );
    expect(republishedDeliveries.size).toBe(20 * SUBSCRIBERS.length);
    expect(republished[0]).toMatchObject({ type: 'zone.created', publishedBefore: 1 });
    // Within the check delay and one poll, plus the consumers' work.
    expect(caughtUpMs).toBeLessThan(REDELIVER_AFTER_MS + 5000);
  });

  it('acknowledges each event the consumers recorded, so nothing is published again', async () => {
    receiver.start();
    for (const consumer of consumers) consumer.start();
    const eventIds = await recordZones(5);
    await relay.drain();

    expect(
      await waitFor(
        () => openDeliveries(),
        (open) => open.length === 0,
      ),
    ).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS));
    expect(await redelivery.sweep()).toEqual({ completed: 0, republished: 0, pending: 0 });
    expect(await effects()).toEqual(everyEffectOnce(eventIds));
  });

  it('takes a handled job for acknowledged when its acknowledgement was lost, without publishing it again', async () => {
    for (const consumer of consumers) consumer.start();
    const eventIds = await recordZones(3);
    await relay.drain();
    await waitFor(
      () => effects(),
      (rows) => rows.length === eventIds.length * SUBSCRIBERS.length,
    );
    // The acknowledgements never reach the producer: Redis lost them.
    await deleteQueueKeys(`${prefix}:${eventAckQueueName(SOURCE)}`);
    expect(await openDeliveries()).toHaveLength(SUBSCRIBERS.length);

    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS));
    expect(await redelivery.sweep()).toEqual({
      completed: eventIds.length * SUBSCRIBERS.length,
      republished: 0,
      pending: 0,
    });
    expect(await openDeliveries()).toEqual([]);
    expect(republished).toEqual([]);
  });

  it('publishes again an event whose job is gone though handled, and the inbox makes it a no-op', async () => {
    for (const consumer of consumers) consumer.start();
    const eventIds = await recordZones(2);
    await relay.drain();
    await waitFor(
      () => effects(),
      (rows) => rows.length === eventIds.length * SUBSCRIBERS.length,
    );
    // Handled, then the completed jobs and their acknowledgements lost before the producer read them.
    await deleteQueueKeys(`${prefix}:${eventAckQueueName(SOURCE)}`);
    for (const subscriber of SUBSCRIBERS) await loseQueue(subscriber);
    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS));

    expect(await redelivery.sweep()).toMatchObject({ republished: 2 * SUBSCRIBERS.length });
    receiver.start();
    expect(
      await waitFor(
        () => openDeliveries(),
        (open) => open.length === 0,
      ),
    ).toEqual([]);
    expect(await effects()).toEqual(everyEffectOnce(eventIds));
  });

  it('leaves to its consumer a job still in its queue, and checks it again later', async () => {
    await recordZones(1);
    await relay.drain();
    expect(await redelivery.sweep()).toEqual({ completed: 0, republished: 0, pending: 0 });

    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS));
    expect(await redelivery.sweep()).toEqual({
      completed: 0,
      republished: 0,
      pending: SUBSCRIBERS.length,
    });
    // Postponed by the delay: not due again at once.
    expect(await redelivery.sweep()).toEqual({ completed: 0, republished: 0, pending: 0 });
    expect(republished).toEqual([]);
  });

  it('ends a sweep after the batch in hand when its loop stops, and leaves the rest due', async () => {
    await recordZones(3);
    await relay.drain();
    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS));
    const oneAtATime = new OutboxRedelivery(dataSource, publisher, {
      source: SOURCE,
      redeliverAfterMs: REDELIVER_AFTER_MS,
      batchSize: 1,
    });

    expect(await oneAtATime.sweep(() => true)).toEqual({
      completed: 0,
      republished: 0,
      pending: 1,
    });
    expect(await oneAtATime.sweep()).toEqual({
      completed: 0,
      republished: 0,
      pending: 3 * SUBSCRIBERS.length - 1,
    });
  });

  it('keeps open, without publishing it again, an event its consumers failed for good', async () => {
    for (const consumer of consumers) consumer.start();
    // An event that breaks its contract, as a producer with a bug would have written it.
    await dataSource.query(
      `INSERT INTO outbox_event (id, type, version, payload, occurred_at)
       VALUES ($1, 'zone.created', 1, '{"name": "no ids"}', now())`,
      [randomUUID()],
    );
    await relay.drain();
    const failed = async () => {
      const counts = await Promise.all(SUBSCRIBERS.map((queue) => jobCount(queue, 'failed')));
      return counts.reduce((sum, count) => sum + count, 0);
    };
    expect(await waitFor(failed, (count) => count === SUBSCRIBERS.length)).toBe(SUBSCRIBERS.length);
    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS));

    expect(await redelivery.sweep()).toEqual({
      completed: 0,
      republished: 0,
      pending: SUBSCRIBERS.length,
    });
    expect(await openDeliveries()).toEqual(
      SUBSCRIBERS.map((subscriber) => ({ subscriber, open: 1 })),
    );
    expect(await effects()).toEqual([]);
  });

  it('keeps an acknowledgement that came before the relay recorded the delivery', async () => {
    const delivery = { eventId: randomUUID(), subscriber: 'workshops' };
    await acknowledgeDeliveries(dataSource.manager, [delivery]);
    await recordDeliveries(dataSource.manager, [delivery], REDELIVER_AFTER_MS);
    expect(await openDeliveries()).toEqual([]);
  });

  it('prunes acknowledged deliveries after the retention, and never one still open', async () => {
    await recordZones(2);
    await relay.drain();
    const [first] = await dataSource.query(`SELECT event_id FROM outbox_delivery LIMIT 1`);
    await acknowledgeDeliveries(dataSource.manager, [
      { eventId: first.event_id, subscriber: SUBSCRIBERS[0] },
    ]);
    const pruning = new OutboxRedelivery(dataSource, publisher, {
      source: SOURCE,
      retentionMs: 0,
    });
    await pruning.sweep();
    const [{ kept }] = await dataSource.query(`SELECT count(*)::int AS kept FROM outbox_delivery`);
    expect(kept).toBe(2 * SUBSCRIBERS.length - 1);
  });

  it("reports each subscriber's unacknowledged events and the events published again", async () => {
    const registry = new Registry();
    const counters = registerOutboxMetrics(registry, dataSource);
    await recordZones(4);
    await relay.drain();
    counters.republished.inc({ subscriber: 'workshops' });

    const metrics = await registry.getMetricsAsJSON();
    const values = (name: string) =>
      metrics
        .find((metric) => metric.name === name)
        ?.values.map(({ labels, value }) => [labels['subscriber'], value]);
    expect(values('outbox_unacknowledged_deliveries')).toEqual(
      expect.arrayContaining(SUBSCRIBERS.map((subscriber) => [subscriber, 4])),
    );
    expect(values('outbox_unacknowledged_oldest_seconds')).toHaveLength(SUBSCRIBERS.length);
    expect(values('outbox_republished_events_total')).toEqual([['workshops', 1]]);
  });
});
