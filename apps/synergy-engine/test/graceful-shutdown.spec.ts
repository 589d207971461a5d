import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import request from 'supertest';
import { EventEnvelope } from '@symbiose/contracts';
import { BullMqEventPublisher, RedisConnection } from '@symbiose/platform';
import { postGraphQL, TEST_REDIS_URL, TestServiceProcess, waitFor } from '@symbiose/testing';
import {
  declarationOf,
  ENGINE_QUEUE,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

/**
 * The built engine as its own process, stopped with SIGTERM while it works: a
 * GraphQL request in flight and event jobs running, both held by a row lock
 * the test takes on the zone's recompute record (the real work of both waits
 * on that row). Nothing may be lost or done twice.
 */
jest.setTimeout(200_000);

const SHUTDOWN_TIMEOUT_MS = 20_000;
const GUARDING = 'SERVICE_SECURITY_GUARDING';
const BURST = 12;

describe('the synergy engine on SIGTERM', () => {
  const territoryId = randomUUID();
  const zone = zoneSnapshot(territoryId);
  let engine: TestServiceProcess;
  let db: Client;
  let publisher: BullMqEventPublisher;
  let minute = 0;
  const published: EventEnvelope[] = [];

  /** An organization of the zone that needs night guarding: its two events. */
  function guardedFirm(): EventEnvelope[] {
    const firm = organizationSnapshot(zone.zoneId, territoryId, { name: `Atelier ${minute}` });
    const need = declarationOf(firm.organizationId, {
      kind: 'NEED',
      categoryCode: GUARDING,
      label: 'Gardiennage de nuit',
      annualQuantity: null,
      canonicalUnit: null,
      frequency: null,
      wasteCode: null,
    });
    return [
      envelope('organization.registered', firm, (minute += 1)),
      envelope('declaration.recorded', need, (minute += 1)),
    ];
  }

  async function publish(events: EventEnvelope[]): Promise<void> {
    for (const event of events) {
      await publisher.publish(ENGINE_QUEUE, event);
      published.push(event);
    }
  }

  async function handledCount(): Promise<number> {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM synergy.inbox_event WHERE event_id = ANY($1::uuid[])`,
      [published.map((event) => event.id)],
    );
    return rows[0].n;
  }

  async function collectiveParticipants(): Promise<number> {
    const response = await postGraphQL(
      engine.url,
      `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId, kind: COLLECTIVE }, first: 10) {
         nodes { categoryCode obsolete participants { organization { id } } } } }`,
      { zoneId: zone.zoneId },
    );
    const nodes = response.data?.synergies.nodes as {
      categoryCode: string;
      obsolete: boolean;
      participants: unknown[];
    }[];
    const guarding = nodes.filter((node) => node.categoryCode === GUARDING && !node.obsolete);
    return guarding.length === 1 ? guarding[0].participants.length : -guarding.length;
  }

  async function recomputeSettled(): Promise<boolean> {
    const { rows } = await db.query(
      `SELECT request_seq = computed_seq AND started_at IS NULL AS settled
         FROM synergy.zone_recompute WHERE zone_id = $1`,
      [zone.zoneId],
    );
    return rows[0]?.settled === true;
  }

  /** Backends of the test database waiting for a lock: the work the test holds. */
  async function waitingOnLock(): Promise<number> {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0].n;
  }

  beforeAll(async () => {
    engine = await TestServiceProcess.start('synergy-engine', 'graceful-shutdown', {
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      SYNERGY_RECOMPUTE_DEBOUNCE_MS: '0',
    });
    db = new Client({ connectionString: engine.databaseUrl });
    await db.connect();
    publisher = new BullMqEventPublisher(new RedisConnection(TEST_REDIS_URL, engine.queuePrefix));
    await publish([envelope('zone.created', zone, 0), ...guardedFirm(), ...guardedFirm()]);
    await waitFor(handledCount, (n) => n === published.length, { timeoutMs: 30_000 });
    await waitFor(recomputeSettled, Boolean, { timeoutMs: 30_000 });
    expect(await collectiveParticipants()).toBe(2);
  });

  afterAll(async () => {
    await publisher?.close();
    await db?.end();
    await engine?.remove();
  });

  /** Locks the zone's recompute record, which every event of the zone and requestRecompute update. */
  async function holdZone(): Promise<Client> {
    const holder = new Client({ connectionString: engine.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM synergy.zone_recompute WHERE zone_id = $1 FOR UPDATE`, [
      zone.zoneId,
    ]);
    return holder;
  }

  function engineJobs(): Queue {
    return new Queue(
      ENGINE_QUEUE,
      new RedisConnection(TEST_REDIS_URL, engine.queuePrefix).producerOptions(),
    );
  }

  it('turns unready, finishes the request and the job in flight, exits 0, and after a restart handles every event once', async () => {
    const holder = await holdZone();
    const before = published.length;
    for (let firm = 0; firm < BURST / 2; firm += 1) await publish(guardedFirm());
    const inFlight = postGraphQL(
      engine.url,
      `mutation ($zoneId: ID!) { requestRecompute(zoneId: $zoneId) { zoneId } }`,
      { zoneId: zone.zoneId },
    );
    // The event worker's job and the mutation both wait on the row the test holds.
    expect(
      await waitFor(waitingOnLock, (n) => n >= 2, { timeoutMs: 20_000 }),
    ).toBeGreaterThanOrEqual(2);

    const signalledAt = Date.now();
    engine.process.child.kill('SIGTERM');
    const readiness = await waitFor(
      () => request(engine.url).get('/health/ready'),
      (response) => response.status !== 200,
    );
    expect(readiness.status).toBe(503);
    expect(readiness.body.error.shutdown).toEqual({
      status: 'down',
      message: 'shutting down (SIGTERM)',
    });
    // A second later it still waits for the work the test holds.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(engine.process.child.exitCode).toBeNull();
    expect((await request(engine.url).get('/health/ready')).status).toBe(503);

    await holder.query('COMMIT');
    await holder.end();
    const answer = await inFlight;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.requestRecompute.zoneId).toBe(zone.zoneId);
    const exit = await engine.process.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(engine.logLines.some((line) => line.includes('"msg":"shut down"'))).toBe(true);

    // The worker finished the job it held and took no other: the rest wait in the queue.
    const handledAtExit = await handledCount();
    expect(handledAtExit).toBeGreaterThan(before);
    expect(handledAtExit).toBeLessThan(published.length);

    await engine.restart();
    expect(await waitFor(handledCount, (n) => n === published.length, { timeoutMs: 30_000 })).toBe(
      published.length,
    );
    await waitFor(recomputeSettled, Boolean, { timeoutMs: 30_000 });
    expect(await collectiveParticipants()).toBe(2 + BURST / 2);

    // Each event ran as one job, once: none was lost, stalled or retried.
    const queue = engineJobs();
    try {
      const jobs = await Promise.all(published.map((event) => queue.getJob(event.id)));
      expect(
        jobs.map((job) => [job?.id, job?.finishedOn !== undefined, job?.attemptsStarted]),
      ).toEqual(published.map((event) => [event.id, true, 1]));
    } finally {
      await queue.close();
    }
  });

  it('past SHUTDOWN_TIMEOUT_MS, logs what still runs and exits 1; the job it held is handed back and runs once more', async () => {
    // A short limit, set on a restart (the previous process drains first).
    await engine.process.stop();
    await engine.restart({ SHUTDOWN_TIMEOUT_MS: '2000' });
    const holder = await holdZone();
    const [firm, need] = guardedFirm();
    await publish([firm, need]);
    expect(
      await waitFor(waitingOnLock, (n) => n >= 1, { timeoutMs: 20_000 }),
    ).toBeGreaterThanOrEqual(1);

    const signalledAt = Date.now();
    engine.process.child.kill('SIGTERM');
    const exit = await engine.process.exited;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(2000 + 1500);
    expect(
      engine.logLines.some((line) =>
        line.includes('shutdown not done after 2000 ms, still running: event consumer'),
      ),
    ).toBe(true);
    // The process is gone: its transaction rolled back, and the job it held is still active.
    await holder.query('ROLLBACK');
    await holder.end();
    const queue = engineJobs();
    try {
      expect(await (await queue.getJob(firm.id))?.getState()).toBe('active');

      await engine.restart();
      // BullMQ hands the job back once its lock has expired (30 s) and a stalled check (every
      // 30 s) finds it.
      expect(
        await waitFor(handledCount, (n) => n === published.length, { timeoutMs: 120_000 }),
      ).toBe(published.length);
      await waitFor(recomputeSettled, Boolean, { timeoutMs: 30_000 });
      expect(await collectiveParticipants()).toBe(2 + BURST / 2 + 1);
      const handedBack = await queue.getJob(firm.id);
      expect(handedBack?.attemptsStarted).toBe(2);
      const metrics = await request(engine.url).get('/metrics');
      const stalled = metrics.text
        .split('\n')
        .filter((line) => line.startsWith('queue_jobs_stalled_total{'));
      expect(stalled).toEqual([expect.stringMatching(/queue="synergy-engine-events".*\} 1$/)]);
    } finally {
      await queue.close();
    }
  }, 200_000);
});
