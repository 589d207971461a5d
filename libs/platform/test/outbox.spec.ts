import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Job, Queue, QueueEvents } from 'bullmq';
import { Registry } from 'prom-client';
import { DataSource, EntityManager, IsNull, MigrationInterface, QueryRunner } from 'typeorm';
import { EventEnvelope, eventQueueName, ZoneSnapshotV1 } from '@symbiose/contracts';
import { runMigrations, serviceDataSourceOptions } from '../src/database/data-source-options';
import {
  BullMqEventPublisher,
  EventPublisher,
  PublishedJobState,
} from '../src/events/event-publisher';
import { EventConsumer } from '../src/events/event-consumer';
import { createEventTables } from '../src/events/event-tables.migration';
import { createOutboxDeliveryTable } from '../src/events/outbox-delivery.migration';
import { OutboxEvent } from '../src/events/outbox-event.entity';
import { OutboxRelay } from '../src/events/outbox-relay';
import { OutboxService } from '../src/events/outbox.service';
import { QueueMetrics } from '../src/metrics/queue-metrics';
import { QueueHandlerRegistry } from '../src/queues/queue-handlers';
import { QueueWorkerFactory } from '../src/queues/queue-worker.factory';
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

const SCHEMA = 'outbox_test';
const SUBSCRIBER_QUEUE = eventQueueName('synergy-engine');

class CreateOutboxTestTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE zone_copy (zone_id uuid PRIMARY KEY, name text NOT NULL)`,
    );
    await createEventTables(queryRunner, SCHEMA);
    await createOutboxDeliveryTable(queryRunner);
  }
  async down(): Promise<void> {}
}

function zonePayload(name: string): ZoneSnapshotV1 {
  return {
    zoneId: randomUUID(),
    territoryId: randomUUID(),
    name,
    kind: 'INDUSTRIAL',
    latitude: 44.4,
    longitude: 1.44,
    areaKm2: null,
  };
}

/** The change and its event, in one transaction, as a service writes them. */
async function createZoneWithEvent(
  dataSource: DataSource,
  outbox: OutboxService,
  name: string,
  beforeCommit: (manager: EntityManager) => Promise<void> = async () => undefined,
): Promise<OutboxEvent> {
  return dataSource.transaction(async (manager) => {
    const payload = zonePayload(name);
    await manager.query('INSERT INTO zone_copy (zone_id, name) VALUES ($1, $2)', [
      payload.zoneId,
      name,
    ]);
    const event = await outbox.record(manager, 'zone.created', payload);
    await beforeCommit(manager);
    return event;
  });
}

/** A publisher that dies right after publishing, before the relay can mark the row. */
class DyingAfterPublish implements EventPublisher {
  constructor(private readonly inner: EventPublisher) {}
  async publish(queueName: string, event: EventEnvelope): Promise<void> {
    await this.inner.publish(queueName, event);
    throw new Error('process killed');
  }
  async publishAll(queueName: string, events: readonly EventEnvelope[]): Promise<void> {
    await this.inner.publishAll(queueName, events);
    throw new Error('process killed');
  }
  stateOf(queueName: string, eventId: string): Promise<PublishedJobState> {
    return this.inner.stateOf(queueName, eventId);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('transactional outbox, relay and inbox (PostgreSQL + Redis)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let redis: RedisConnection;
  let queue: Queue;
  let prefix: string;
  const outbox = new OutboxService();

  beforeAll(async () => {
    database = await createTestDatabase('outbox');
    dataSource = new DataSource(
      serviceDataSourceOptions(database.url, {
        schema: SCHEMA,
        entities: [],
        migrations: [CreateOutboxTestTables1700000000000],
      }),
    );
    await dataSource.initialize();
    await runMigrations(dataSource, SCHEMA);
    prefix = uniqueQueuePrefix('outbox');
    redis = new RedisConnection(TEST_REDIS_URL, prefix);
    queue = new Queue(SUBSCRIBER_QUEUE, redis.producerOptions());
  });

  afterEach(async () => {
    await queue.obliterate({ force: true });
    await dataSource.query('TRUNCATE outbox_event, outbox_delivery, inbox_event, zone_copy');
  });

  afterAll(async () => {
    await queue.close();
    await dataSource.destroy();
    await database.drop();
    await deleteQueueKeys(prefix);
  });

  it('leaves no event when the change is rolled back', async () => {
    await expect(
      createZoneWithEvent(dataSource, outbox, 'Rolled back', async () => {
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');

    expect(await dataSource.getRepository(OutboxEvent).count()).toBe(0);
    expect(await dataSource.query('SELECT * FROM zone_copy')).toEqual([]);
  });

  it('refuses an event written outside a transaction', async () => {
    await expect(
      outbox.record(dataSource.manager, 'zone.created', zonePayload('Loose')),
    ).rejects.toThrow('must be recorded inside the transaction');
    expect(await dataSource.getRepository(OutboxEvent).count()).toBe(0);
  });

  it('refuses a payload that breaks its contract, and writes nothing', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO zone_copy (zone_id, name) VALUES ($1, 'Bad')`, [
          randomUUID(),
        ]);
        await outbox.record(manager, 'zone.created', { ...zonePayload('Bad'), latitude: 123 });
      }),
    ).rejects.toThrow('zone.created v1: latitude');
    expect(await dataSource.query('SELECT * FROM zone_copy')).toEqual([]);
  });

  it("publishes committed events to each subscriber's queue under the event id, then marks them", async () => {
    const event = await createZoneWithEvent(dataSource, outbox, 'Cahors Sud');
    const publisher = new BullMqEventPublisher(redis);
    const relay = new OutboxRelay(dataSource, publisher, { source: 'test' });

    expect(await relay.drain()).toBe(1);
    await publisher.close();

    const job = await queue.getJob(event.id);
    expect(job?.name).toBe('zone.created');
    expect(job?.data).toMatchObject({
      id: event.id,
      type: 'zone.created',
      version: 1,
      source: 'test',
    });
    const row = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: event.id });
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(await relay.drain()).toBe(0);
  });

  it('publishes a backlog in bigger batches, every event under its id', async () => {
    const events = await dataSource.transaction(async (manager) => {
      const recorded: OutboxEvent[] = [];
      for (let index = 0; index < 250; index += 1) {
        recorded.push(await outbox.record(manager, 'zone.created', zonePayload(`Zone ${index}`)));
      }
      return recorded;
    });
    const publisher = new BullMqEventPublisher(redis);
    const relay = new OutboxRelay(dataSource, publisher, {
      source: 'test',
      batchSize: 10,
      backlogBatchSize: 100,
    });
    const batch = jest.spyOn(relay, 'publishBatch');

    expect(await relay.drain()).toBe(250);
    await publisher.close();

    expect(batch.mock.calls.map(([size]) => size)).toEqual([10, 100, 100, 100]);
    const jobs = await queue.getJobs(['waiting'], 0, -1);
    expect(jobs.map((job) => job.id).sort()).toEqual(events.map((event) => event.id).sort());
    expect(await dataSource.getRepository(OutboxEvent).countBy({ publishedAt: IsNull() })).toBe(0);
  });

  it('loses nothing when the relay dies between commit and publish', async () => {
    const event = await createZoneWithEvent(dataSource, outbox, 'Committed, never published');
    // The process that committed died before any relay ran: a new one starts and sweeps.
    const publisher = new BullMqEventPublisher(redis);
    const restarted = new OutboxRelay(dataSource, publisher, {
      source: 'test',
      pollIntervalMs: 50,
    });
    restarted.start();
    const job = await waitFor(
      () => queue.getJob(event.id),
      (found) => found !== undefined,
    );
    await restarted.stop();
    await publisher.close();

    expect(job?.id).toBe(event.id);
    const row = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: event.id });
    expect(row.publishedAt).not.toBeNull();
  });

  it('publishes once more, under the same job id, when the relay dies between publish and mark', async () => {
    const event = await createZoneWithEvent(dataSource, outbox, 'Published, never marked');
    const publisher = new BullMqEventPublisher(redis);

    const dying = new OutboxRelay(dataSource, new DyingAfterPublish(publisher), { source: 'test' });
    await expect(dying.publishBatch()).rejects.toThrow('process killed');
    const unmarked = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: event.id });
    expect(unmarked.publishedAt).toBeNull();

    const restarted = new OutboxRelay(dataSource, publisher, { source: 'test' });
    expect(await restarted.drain()).toBe(1);
    await publisher.close();

    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 1 });
    const marked = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: event.id });
    expect(marked.publishedAt).not.toBeNull();
  });

  describe('consumer', () => {
    const handled: string[] = [];
    const consumer = () =>
      new EventConsumer(dataSource, redis, {
        service: 'synergy-engine',
        handlers: {
          'zone.created': async (event, manager) => {
            const payload = event.payload as ZoneSnapshotV1;
            await manager.query(
              `UPDATE zone_copy SET name = name || ' (seen)' WHERE zone_id = $1`,
              [payload.zoneId],
            );
            handled.push(event.id);
          },
        },
      });

    beforeEach(() => handled.splice(0));

    it('applies an event delivered twice only once', async () => {
      const event = await createZoneWithEvent(dataSource, outbox, 'Twice');
      const publisher = new BullMqEventPublisher(redis);
      await new OutboxRelay(dataSource, publisher, { source: 'test' }).drain();
      await publisher.close();
      const delivered = (await queue.getJob(event.id)) as Job;

      const workers = new QueueWorkerFactory(
        redis,
        new QueueMetrics(new Registry()),
        new ShutdownState(),
        new QueueHandlerRegistry(),
      );
      const worker = consumer().worker(workers, { logger: new Logger('EventConsumer') });
      worker.start();
      const events = new QueueEvents(SUBSCRIBER_QUEUE, {
        prefix,
        connection: redis.workerOptions(1).connection,
      });
      await events.waitUntilReady();
      await delivered.waitUntilFinished(events, 10_000);
      // The broker delivers the same event again, as after a lost acknowledgement.
      const redelivered = await queue.add('zone.created', delivered.data, {
        jobId: `${event.id}-again`,
      });
      await redelivered.waitUntilFinished(events, 10_000);
      await worker.stop();
      await events.close();

      expect(handled).toEqual([event.id]);
      expect(await dataSource.query('SELECT name FROM zone_copy')).toEqual([
        { name: 'Twice (seen)' },
      ]);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM inbox_event')).toEqual([
        { n: 1 },
      ]);
    });

    it('rolls back the inbox row with a failing effect, so a retry can apply it', async () => {
      const event = await createZoneWithEvent(dataSource, outbox, 'Retried');
      const envelope = (await dataSource
        .getRepository(OutboxEvent)
        .findOneByOrFail({ id: event.id })) as OutboxEvent;
      const body: EventEnvelope = {
        id: envelope.id,
        type: envelope.type,
        version: envelope.version,
        occurredAt: envelope.occurredAt.toISOString(),
        source: 'test',
        payload: envelope.payload,
      };
      const failing = new EventConsumer(dataSource, redis, {
        service: 'synergy-engine',
        handlers: {
          'zone.created': async () => {
            throw new Error('database hiccup');
          },
        },
      });
      await expect(failing.consume(body)).rejects.toThrow('database hiccup');
      expect(await dataSource.query('SELECT count(*)::int AS n FROM inbox_event')).toEqual([
        { n: 0 },
      ]);

      expect(await consumer().consume(body)).toBe(true);
      expect(await consumer().consume(body)).toBe(false);
      expect(handled).toEqual([event.id]);
    });

    it('fails for good on an event that breaks its contract', async () => {
      const broken = {
        id: randomUUID(),
        type: 'zone.created',
        version: 1,
        occurredAt: new Date().toISOString(),
        source: 'test',
        payload: { name: 'no ids' },
      };
      await expect(consumer().consume(broken)).rejects.toMatchObject({
        name: 'UnrecoverableError',
        message: expect.stringContaining('zone.created v1: zoneId'),
      });
      expect(handled).toEqual([]);
    });
  });
});
