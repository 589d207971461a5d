import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { EventEnvelope, SYNERGY_RECOMPUTE_QUEUE } from '@symbiose/contracts';
import { BullMqEventPublisher, RedisConnection } from '@symbiose/platform';
import {
  freePort,
  postGraphQL,
  TEST_REDIS_URL,
  TestServiceProcess,
  waitFor,
} from '@symbiose/testing';
import { ServiceProcess, startService } from '@symbiose/system';
import {
  declarationOf,
  ENGINE_QUEUE,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

/**
 * The built engine as its own process, its recompute stopped mid-way: the process killed
 * (SIGKILL), or PostgreSQL refusing every connection for longer than a job used to retry
 * (5 attempts, 1 s doubling: about 15 s). The recompute of the zone waits on its
 * territory's lock, which the test holds, so the fault always finds it running. The zone
 * must end recomputed with nobody acting, and never show as RUNNING longer than its lease
 * once nothing runs. The time bounds are shrunk through the engine's settings.
 */
jest.setTimeout(240_000);

const LEASE_MS = 2000;
const SWEEP_MS = 1000;
const RETRY_MAX_MS = 3000;
const OUTAGE_MS = 25_000;
const GUARDING = 'SERVICE_SECURITY_GUARDING';

const TIMINGS = {
  SYNERGY_RECOMPUTE_DEBOUNCE_MS: '0',
  SYNERGY_RECOMPUTE_LEASE_MS: String(LEASE_MS),
  SYNERGY_RECOMPUTE_SWEEP_MS: String(SWEEP_MS),
  SYNERGY_RECOMPUTE_RETRY_MAX_MS: String(RETRY_MAX_MS),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a recompute stopped mid-way', () => {
  const territoryId = randomUUID();
  const zone = zoneSnapshot(territoryId);
  let engine: TestServiceProcess;
  let db: Client;
  let publisher: BullMqEventPublisher;
  let jobs: Queue;
  let minute = 0;
  const published: EventEnvelope[] = [];

  async function publishGuardedFirm(): Promise<void> {
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
    for (const event of [
      envelope('organization.registered', firm, (minute += 1)),
      envelope('declaration.recorded', need, (minute += 1)),
    ]) {
      await publisher.publish(ENGINE_QUEUE, event);
      published.push(event);
    }
  }

  async function allHandled(): Promise<boolean> {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM synergy.inbox_event WHERE event_id = ANY($1::uuid[])`,
      [published.map((event) => event.id)],
    );
    return rows[0].n === published.length;
  }

  /** The zone's recompute record, judged by PostgreSQL's clock. */
  async function record(): Promise<{ pending: boolean; sessionOpen: boolean; ended: boolean }> {
    const { rows } = await db.query(
      `SELECT request_seq > computed_seq AS pending, started_at IS NULL AS ended,
              EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = run_backend) AS "sessionOpen"
         FROM synergy.zone_recompute WHERE zone_id = $1`,
      [zone.zoneId],
    );
    return rows[0];
  }

  async function settled(): Promise<boolean> {
    const { pending, ended } = await record();
    return !pending && ended;
  }

  async function state(url = engine.url): Promise<string> {
    const response = await postGraphQL(
      url,
      `query ($zoneId: ID!) { recomputeStatus(zoneId: $zoneId) { state } }`,
      { zoneId: zone.zoneId },
    );
    return response.data?.recomputeStatus.state;
  }

  async function participants(url = engine.url): Promise<number> {
    const response = await postGraphQL(
      url,
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

  /** Takes the territory's recompute lock, so that the next recompute waits for the test. */
  async function holdTerritory(): Promise<Client> {
    const holder = new Client({ connectionString: engine.databaseUrl });
    // The outage test ends its session from the server side.
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtext('synergy-recompute:' || $1))`, [
      territoryId,
    ]);
    return holder;
  }

  async function recomputesWaiting(): Promise<number> {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event = 'advisory'`,
    );
    return rows[0].n;
  }

  /** A new firm joins the guarding synergy, and its recompute waits on the lock the test holds. */
  async function recomputeHeldMidWay(): Promise<Client> {
    const holder = await holdTerritory();
    await publishGuardedFirm();
    expect(await waitFor(allHandled, Boolean, { timeoutMs: 20_000 })).toBe(true);
    expect(await waitFor(recomputesWaiting, (n) => n >= 1, { timeoutMs: 20_000 })).toBeGreaterThan(
      0,
    );
    return holder;
  }

  beforeAll(async () => {
    engine = await TestServiceProcess.start('synergy-engine', 'recompute-recovery', TIMINGS);
    db = new Client({ connectionString: engine.databaseUrl });
    await db.connect();
    const redis = new RedisConnection(TEST_REDIS_URL, engine.queuePrefix);
    publisher = new BullMqEventPublisher(redis);
    jobs = new Queue(SYNERGY_RECOMPUTE_QUEUE, redis.producerOptions());
    await publisher.publish(ENGINE_QUEUE, envelope('zone.created', zone, 0));
    await publishGuardedFirm();
    await publishGuardedFirm();
    expect(await waitFor(allHandled, Boolean, { timeoutMs: 30_000 })).toBe(true);
    expect(await waitFor(settled, Boolean, { timeoutMs: 30_000 })).toBe(true);
    expect(await participants()).toBe(2);
  });

  afterAll(async () => {
    await jobs?.close();
    await publisher?.close();
    await db?.end();
    await engine?.remove();
  });

  it('when its process is killed, stops counting as running as its session ends, and is recomputed once the engine is back', async () => {
    const holder = await recomputeHeldMidWay();
    expect(await state()).toBe('RUNNING');
    // Longer than the lease: the recompute renews it while it runs.
    await sleep(LEASE_MS * 2);
    expect(await state()).toBe('RUNNING');

    engine.process.child.kill('SIGKILL');
    await engine.process.exited;
    const killedAt = Date.now();
    await holder.end();
    // PostgreSQL ends the dead process's session once the lock it waited for is free: the
    // recompute stops counting as running then, before its lease lapses.
    expect(
      await waitFor(record, (now) => !now.sessionOpen, { timeoutMs: LEASE_MS * 3 }),
    ).toMatchObject({ pending: true, sessionOpen: false });
    const shownRunningMs = Date.now() - killedAt;
    expect(shownRunningMs).toBeLessThan(LEASE_MS / 2);

    await engine.restart();
    const readyAt = Date.now();
    expect(await waitFor(settled, Boolean, { timeoutMs: 20_000 })).toBe(true);
    const recomputedMs = Date.now() - readyAt;
    expect(recomputedMs).toBeLessThan(SWEEP_MS + 3000);
    expect(await participants()).toBe(3);
    expect(await state()).toBe('IDLE');

    // The killed jobs (one per event of the firm) are handed back by BullMQ's stalled check
    // (lock 2 × lease), and complete: whichever of them and the sweep's job comes first
    // recomputes, the others find the zone computed.
    const counts = await waitFor(
      () => jobs.getJobCounts('active', 'failed', 'waiting', 'delayed'),
      (now) => now.active + now.waiting + now.delayed === 0,
      { timeoutMs: LEASE_MS * 6 },
    );
    expect(counts).toEqual({ active: 0, failed: 0, waiting: 0, delayed: 0 });
    const handedBack = (await jobs.getJobs(['completed'])).filter((job) => job.stalledCounter > 0);
    expect(handedBack.length).toBeGreaterThan(0);
    expect(handedBack.every((job) => job.stalledCounter === 1)).toBe(true);
    process.stdout.write(
      `recompute killed: its session ended ${shownRunningMs} ms after the kill; recomputed ` +
        `${readyAt - killedAt + recomputedMs} ms after the kill, ${recomputedMs} ms after the ` +
        `engine was ready again (lease ${LEASE_MS} ms, sweep ${SWEEP_MS} ms); the killed jobs ` +
        `completed within ${Math.max(...handedBack.map((job) => job.finishedOn ?? 0)) - killedAt} ms\n`,
    );
  });

  it('is run again by another engine within a sweep when the engine running it is killed', async () => {
    const holder = await recomputeHeldMidWay();
    // Started once the first engine holds the recompute, so that the job is the first one's.
    const other: ServiceProcess = await startService('synergy-engine', {
      port: await freePort(),
      env: {
        DATABASE_URL: engine.databaseUrl,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: engine.queuePrefix,
        ...TIMINGS,
      },
    });
    try {
      expect(await state(other.url)).toBe('RUNNING');
      engine.process.child.kill('SIGKILL');
      await engine.process.exited;
      const killedAt = Date.now();
      await holder.end();

      const shown = await waitFor(
        () => state(other.url),
        (now) => now !== 'RUNNING',
        {
          timeoutMs: LEASE_MS * 3,
          intervalMs: 20,
        },
      );
      const shownRunningMs = Date.now() - killedAt;
      expect(['PENDING', 'IDLE']).toContain(shown);
      expect(shownRunningMs).toBeLessThan(LEASE_MS / 2);
      expect(await waitFor(settled, Boolean, { timeoutMs: 20_000 })).toBe(true);
      const recomputedMs = Date.now() - killedAt;
      expect(recomputedMs).toBeLessThan(SWEEP_MS + 2500);
      expect(await participants(other.url)).toBe(4);
      expect(await state(other.url)).toBe('IDLE');
      process.stdout.write(
        `recompute killed with another engine running: shown RUNNING by it for ` +
          `${shownRunningMs} ms, recomputed by it ${recomputedMs} ms after the kill ` +
          `(lease ${LEASE_MS} ms, sweep ${SWEEP_MS} ms)\n`,
      );
    } finally {
      await other.stop();
      await engine.restart();
    }
  });

  /** Makes PostgreSQL refuse the engine: every session of the database but the test's ended. */
  async function databaseAway<T>(during: (admin: Client) => Promise<T>): Promise<T> {
    const server = new URL(engine.databaseUrl);
    const database = decodeURIComponent(server.pathname.slice(1));
    server.pathname = '/postgres';
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    try {
      const { rows } = await db.query('SELECT pg_backend_pid() AS pid');
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> $2`,
        [database, rows[0].pid],
      );
      return await during(admin);
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  }

  it('rides out a PostgreSQL outage longer than a job used to retry, and ends recomputed once the database is back', async () => {
    const holder = await recomputeHeldMidWay();
    expect(await state()).toBe('RUNNING');

    const { retried, downMs, upAt } = await databaseAway(async () => {
      await holder.end().catch(() => undefined);
      const downAt = Date.now();
      await sleep(OUTAGE_MS);
      // The job failed every try and waits for the next one; none gave up.
      const [retrying] = await jobs.getJobs(['delayed', 'waiting', 'active']);
      expect(retrying?.attemptsMade).toBeGreaterThanOrEqual(5);
      expect(await jobs.getJobCounts('failed')).toEqual({ failed: 0 });
      expect(await record()).toMatchObject({ pending: true });
      return { retried: retrying?.attemptsMade, downMs: Date.now() - downAt, upAt: Date.now() };
    });

    expect(await waitFor(settled, Boolean, { timeoutMs: 30_000 })).toBe(true);
    const recomputedMs = Date.now() - upAt;
    expect(recomputedMs).toBeLessThan(RETRY_MAX_MS + 2000);
    expect(await participants()).toBe(5);
    // A job queued during the outage (a retry, the sweep's) may still run, find nothing pending
    // and end at once: its lease shows RUNNING meanwhile.
    expect(await waitFor(state, (shown) => shown === 'IDLE', { timeoutMs: 10_000 })).toBe('IDLE');
    expect(await jobs.getJobCounts('failed')).toEqual({ failed: 0 });
    process.stdout.write(
      `PostgreSQL refused connections for ${downMs} ms: the job tried ${retried} times ` +
        `meanwhile, the zone was recomputed ${recomputedMs} ms after it was back ` +
        `(longest retry wait ${RETRY_MAX_MS} ms)\n`,
    );
  });

  it('is queued again by the sweep once the database is back when its job gave up', async () => {
    await engine.process.stop();
    await engine.restart({ SYNERGY_RECOMPUTE_RETRY_FOR_MS: '0' });
    // Jobs of the earlier cases still waiting for a retry would run the zone themselves.
    const leftOver = await waitFor(
      () => jobs.getJobCounts('active', 'waiting', 'delayed'),
      (counts) => counts.active + counts.waiting + counts.delayed === 0,
      { timeoutMs: RETRY_MAX_MS * 3 },
    );
    expect(leftOver).toEqual({ active: 0, waiting: 0, delayed: 0 });
    const holder = await recomputeHeldMidWay();
    const linesBefore = engine.logLines.length;

    const upAt = await databaseAway(async () => {
      await holder.end().catch(() => undefined);
      // One try, no retry: the jobs (one per event of the firm) fail for good while the
      // database is away.
      const { failed } = await waitFor(
        () => jobs.getJobCounts('failed'),
        (counts) => counts.failed > 0,
        { timeoutMs: 10_000 },
      );
      expect(failed).toBeGreaterThan(0);
      await sleep(SWEEP_MS * 2);
      return Date.now();
    });

    expect(await waitFor(settled, Boolean, { timeoutMs: 20_000 })).toBe(true);
    const recomputedMs = Date.now() - upAt;
    expect(recomputedMs).toBeLessThan(SWEEP_MS + 2000);
    expect(await participants()).toBe(6);
    expect(
      engine.logLines.slice(linesBefore).some((line) => line.includes('sweep: queued again')),
    ).toBe(true);
    process.stdout.write(
      `a job that gave up during an outage: its zone recomputed ${recomputedMs} ms after ` +
        `PostgreSQL was back (sweep ${SWEEP_MS} ms)\n`,
    );
  });
});
