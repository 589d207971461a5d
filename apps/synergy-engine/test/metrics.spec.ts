import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { BullMqEventPublisher, RedisConnection } from '@symbiose/platform';
import {
  metricSample,
  postGraphQL,
  TEST_REDIS_URL,
  TestServiceProcess,
  waitFor,
} from '@symbiose/testing';
import {
  declarationOf,
  ENGINE_QUEUE,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

/** `/metrics` of the built engine, running as its own process, after real work. */
jest.setTimeout(120_000);

describe('the metrics of a service', () => {
  const territoryId = randomUUID();
  const zone = zoneSnapshot(territoryId);
  let engine: TestServiceProcess;
  let db: Client;
  let publisher: BullMqEventPublisher;

  const metrics = async () => (await request(engine.url).get('/metrics').expect(200)).text;

  beforeAll(async () => {
    engine = await TestServiceProcess.start('synergy-engine', 'metrics', {
      SYNERGY_RECOMPUTE_DEBOUNCE_MS: '0',
    });
    db = new Client({ connectionString: engine.databaseUrl });
    await db.connect();
    publisher = new BullMqEventPublisher(new RedisConnection(TEST_REDIS_URL, engine.queuePrefix));
    const firm = organizationSnapshot(zone.zoneId, territoryId);
    for (const event of [
      envelope('zone.created', zone, 0),
      envelope('organization.registered', firm, 1),
      envelope('declaration.recorded', declarationOf(firm.organizationId), 2),
      // Breaks its contract: fails for good, without retries.
      envelope('declaration.recorded', { declarationId: 'not a declaration' }, 3),
    ]) {
      await publisher.publish(ENGINE_QUEUE, event);
    }
  });

  afterAll(async () => {
    await publisher?.close();
    await db?.end();
    await engine?.remove();
  });

  it('times and counts the jobs of each queue, and reads their depth at scrape time', async () => {
    const events = { queue: ENGINE_QUEUE };
    const text = await waitFor(
      metrics,
      (current) =>
        metricSample(current, 'queue_job_duration_seconds_count', {
          ...events,
          outcome: 'completed',
        }) === 3 &&
        metricSample(current, 'queue_job_failures_total', events) === 1 &&
        metricSample(current, 'queue_job_duration_seconds_count', {
          queue: 'synergy-recompute',
          outcome: 'completed',
        }) !== undefined,
      { timeoutMs: 30_000 },
    );
    expect(
      metricSample(text, 'queue_job_duration_seconds_count', { ...events, outcome: 'failed' }),
    ).toBe(1);
    expect(metricSample(text, 'queue_job_failures_total', events)).toBe(1);
    expect(metricSample(text, 'queue_depth', { ...events, state: 'failed' })).toBe(1);
    expect(metricSample(text, 'queue_depth', { ...events, state: 'waiting' })).toBe(0);
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(metricSample(text, 'queue_depth', { queue: 'synergy-recompute', state })).toEqual(
        expect.any(Number),
      );
    }
    expect(metricSample(text, 'queue_job_duration_seconds_bucket', { ...events, le: '+Inf' })).toBe(
      3,
    );
  });

  it('counts GraphQL errors by operation and code, beside the durations', async () => {
    const response = await postGraphQL(
      engine.url,
      `query BadStatus { recomputeStatus(zoneId: "not-a-uuid") { state } }`,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const text = await metrics();
    expect(
      metricSample(text, 'graphql_errors_total', {
        operation: 'BadStatus',
        code: 'BAD_USER_INPUT',
      }),
    ).toBe(1);
    expect(
      metricSample(text, 'graphql_operation_duration_seconds_count', {
        operation: 'BadStatus',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(
      metricSample(text, 'http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(1);
    await request(engine.url).get('/no/such/page').expect(404);
    expect(
      metricSample(await metrics(), 'http_request_duration_seconds_count', {
        method: 'GET',
        route: 'unmatched',
        status: '404',
      }),
    ).toBe(1);
  });

  it('reports the age of the oldest unpublished outbox event, and 0 once it is published', async () => {
    const inserting = new Client({ connectionString: engine.databaseUrl });
    const holding = new Client({ connectionString: engine.databaseUrl });
    await Promise.all([inserting.connect(), holding.connect()]);
    try {
      // An event of an hour ago. The table lock, queued before it commits, lets the relay read it
      // but not mark it published until the test lets go.
      await inserting.query('BEGIN');
      await inserting.query(
        `INSERT INTO synergy.outbox_event (id, type, version, payload, occurred_at)
         VALUES ($1, 'test.unsubscribed', 1, '{}', now() - interval '1 hour')`,
        [randomUUID()],
      );
      await holding.query('BEGIN');
      const locked = holding.query('LOCK TABLE synergy.outbox_event IN SHARE MODE');
      await inserting.query('COMMIT');
      await locked;
      const text = await metrics();
      expect(metricSample(text, 'outbox_unpublished_events')).toBe(1);
      expect(metricSample(text, 'outbox_lag_seconds')).toBeGreaterThanOrEqual(3600);
      expect(metricSample(text, 'outbox_lag_seconds')).toBeLessThan(3700);
      await holding.query('COMMIT');
      const after = await waitFor(
        metrics,
        (current) => metricSample(current, 'outbox_lag_seconds') === 0,
      );
      expect(metricSample(after, 'outbox_unpublished_events')).toBe(0);
    } finally {
      await Promise.all([inserting.end(), holding.end()]);
    }
  });
});
