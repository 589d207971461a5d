import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  postGraphQL,
  quickClient,
  refused,
  slowClient,
  steadyTraffic,
  Traffic,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';
import { ServiceProcess } from '@symbiose/system';
import { CONSISTENT, isConsistent, readConsistency } from '../src/consistency';
import { FaultSystem, SERVICE_NAMES } from '../src/fault-system';
import { IsolatedPostgres } from '../src/isolated-postgres';
import { IsolatedRedis } from '../src/isolated-redis';
import { Place, Programme } from '../src/programme';

/**
 * The built system, on a PostgreSQL and a Redis of the suite's own, through faults one after
 * the other: after each, no write the API acknowledged is lost, no event is applied twice, no
 * mutation is audited twice or never, every copy equals its source (the directory's replicas,
 * the engine's declarations, the workshops' synergies, which `checkSynergyCopy` finds nothing
 * to repair in), and no zone is left pending or running. Each fault prints its recovery time.
 *
 * The services' timings are shortened through their settings: a recompute's lease 2 s, the
 * sweep of lost recomputes 1 s, the longest wait between two tries of a recompute 3 s, the
 * audit spool replayed every 0.5 s. The copy check runs only when the suite asks, so that only
 * events can have kept the copy equal. Outbox redelivery keeps its own timing (an event
 * unacknowledged for 30 s is looked up again).
 */
jest.setTimeout(240_000);

const SHUTDOWN_TIMEOUT_MS = 10_000;
const LEASE_MS = 2000;
const TIMINGS = {
  SYNERGY_RECOMPUTE_DEBOUNCE_MS: '100',
  SYNERGY_RECOMPUTE_LEASE_MS: String(LEASE_MS),
  SYNERGY_RECOMPUTE_SWEEP_MS: '1000',
  SYNERGY_RECOMPUTE_RETRY_MAX_MS: '3000',
  AUDIT_SPOOL_REPLAY_INTERVAL_MS: '500',
  SYNERGY_COPY_CHECK_MS: String(24 * 3600 * 1000),
  SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
};
/** How long PostgreSQL stays down: longer than a recompute job used to retry (about 15 s). */
const POSTGRES_OUTAGE_MS = 20_000;
/** How long a fault may take to heal: outbox redelivery looks again after 30 s. */
const RECOVERY_TIMEOUT_MS = 120_000;
/** Quick clients of the keep-alive traffic, each one request after the other. */
const QUICK_CLIENTS = 4;
/** The longest wait for every client of the traffic to have reused its connection. */
const WARM_UP_TIMEOUT_MS = 15_000;

const CAHORS_SUD: Place = { latitude: 44.4012, longitude: 1.4521 };
const CAHORS_NORD: Place = { latitude: 44.4621, longitude: 1.4412 };
const GUARDING = 'SERVICE_SECURITY_GUARDING';
const WASTE = 'SERVICE_WASTE_COLLECTION';

const CHECK_COPY = `mutation { checkSynergyCopy {
  territoriesDiffering synergiesRepaired synergiesUnknownToEngine consistent } }`;
/** One query answered by each of the four subgraphs. */
const EVERY_SUBGRAPH = `query ($zoneId: ID!) {
  zone(id: $zoneId) { name }
  declarations(first: 1) { totalCount }
  recomputeStatus(zoneId: $zoneId) { state }
  workshops(zoneId: $zoneId, first: 1) { totalCount } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

describe('the system through faults', () => {
  let postgres: IsolatedPostgres;
  let redis: IsolatedRedis;
  let spool: string;
  let system: FaultSystem;
  let programme: Programme;
  let territoryId: string;
  let sud: string;
  let nord: string;
  const firms: string[] = [];
  const holders: Client[] = [];

  beforeAll(async () => {
    spool = await mkdtemp(join(tmpdir(), 'symbiose-faults-spool-'));
    postgres = await IsolatedPostgres.create();
    redis = await IsolatedRedis.start();
    system = await FaultSystem.start({
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'faults',
      AUDIT_SPOOL_DIR: spool,
      LOG_LEVEL: 'info',
      ...TIMINGS,
    });
    programme = new Programme(system.gatewayUrl);
    territoryId = await programme.createTerritory('Grand Cahors');
    sud = await programme.createZone(territoryId, 'Cahors Sud', CAHORS_SUD);
    nord = await programme.createZone(territoryId, 'Cahors Nord', CAHORS_NORD);
    for (let index = 0; index < 6; index += 1) {
      firms.push(
        await programme.registerFirmNeeding(index % 2 === 0 ? GUARDING : WASTE, sud, CAHORS_SUD),
      );
    }
    await expectConsistent();
  });

  /** Ends the sessions holding a territory's lock, the test's last step or its failure's. */
  async function releaseTerritories(): Promise<void> {
    await Promise.all(holders.splice(0).map((holder) => holder.end().catch(() => undefined)));
  }

  afterEach(releaseTerritories);

  afterAll(async () => {
    await system?.stop();
    await redis?.remove();
    await postgres?.remove();
    if (spool) await rm(spool, { recursive: true, force: true });
  });

  /**
   * Waits until the system is consistent, checks it, then the workshops' copy against the
   * engine's digests.
   */
  async function expectConsistent(): Promise<void> {
    const consistency = await waitFor(
      () => readConsistency(postgres.url, programme),
      isConsistent,
      { timeoutMs: RECOVERY_TIMEOUT_MS, intervalMs: 500 },
    );
    expect(consistency).toEqual(CONSISTENT);
    const checked = await programme.mutate('checkSynergyCopy', CHECK_COPY);
    expect(checked.errors).toBeUndefined();
    expect(checked.data?.['checkSynergyCopy']).toEqual({
      territoriesDiffering: 0,
      synergiesRepaired: 0,
      synergiesUnknownToEngine: 0,
      consistent: true,
    });
    expect(await repairsCounted()).toBe(0);
  }

  /** Checks the system consistent again and prints the seconds it took since `since`. */
  async function expectRecovered(fault: string, since: number): Promise<void> {
    await waitFor(() => readConsistency(postgres.url, programme), isConsistent, {
      timeoutMs: RECOVERY_TIMEOUT_MS,
      intervalMs: 250,
    });
    const recoveredMs = Date.now() - since;
    await expectConsistent();
    process.stdout.write(`fault ${fault}: recovered in ${seconds(recoveredMs)} s\n`);
  }

  /** Events the producers' outboxes published again since the `from`th log line. */
  function republishedSince(from: number): number {
    return system.logLines.slice(from).filter(({ line }) => line.includes('outbox: re-published'))
      .length;
  }

  /** The rows of the workshops' copy its running process found different and repaired. */
  async function repairsCounted(): Promise<number> {
    const metrics = await (await fetch(`${system.urlOf('workshops')}/metrics`)).text();
    const counted = /replica_rows_repaired_total\{[^}]*copy="synergy"[^}]*\} (\d+)/.exec(metrics);
    return Number(counted?.[1] ?? 0);
  }

  /** The zone's recompute state through the API, or the errors it answered instead. */
  async function recomputeState(zoneId: string): Promise<string> {
    const response = await postGraphQL(
      system.gatewayUrl,
      `query ($zoneId: ID!) { recomputeStatus(zoneId: $zoneId) { state } }`,
      { zoneId },
    );
    return response.data?.['recomputeStatus']?.state ?? `errors ${JSON.stringify(response.errors)}`;
  }

  /** A session holding the territory's recompute lock, so that its next recompute waits. */
  async function holdTerritory(): Promise<Client> {
    const holder = new Client({ connectionString: postgres.url });
    // Ended from the server's side when PostgreSQL stops.
    holder.on('error', () => undefined);
    holders.push(holder);
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtext('synergy-recompute:' || $1))`, [
      territoryId,
    ]);
    return holder;
  }

  /** A new firm needing `categoryCode` in a zone, its recompute held mid-way by the test. */
  async function recomputeHeldMidWay(
    categoryCode: string,
    zoneId: string,
    place: Place,
  ): Promise<void> {
    const holder = await holdTerritory();
    firms.push(await programme.registerFirmNeeding(categoryCode, zoneId, place));
    const waiting = await waitFor(
      async () => {
        const { rows } = await holder.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event = 'advisory'`,
        );
        return rows[0].n;
      },
      (n) => n > 0,
      { timeoutMs: 30_000 },
    );
    expect(waiting).toBeGreaterThan(0);
  }

  it('moves firms between zones, and the workshops’ copy follows with no repair', async () => {
    const startedAt = Date.now();
    expect(await programme.moveFirm(firms[0], nord, CAHORS_NORD)).toBe(true);
    expect(await programme.moveFirm(firms[2], nord, CAHORS_NORD)).toBe(true);
    const moved = await waitFor(
      () =>
        postGraphQL(
          system.gatewayUrl,
          `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId, kind: COLLECTIVE }) {
           nodes { id categoryCode obsolete } } }`,
          { zoneId: nord },
        ),
      (response) => response.data?.['synergies'].nodes.length > 0,
      { timeoutMs: 30_000 },
    );
    const [guarding] = moved.data?.['synergies'].nodes ?? [];
    expect(guarding).toMatchObject({ categoryCode: GUARDING, obsolete: false });
    const qualified = await programme.mutate(
      'changeSynergyStatus',
      `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) { id } }`,
      { input: { id: guarding.id, to: 'QUALIFIED' } },
    );
    expect(qualified.errors).toBeUndefined();
    await expectRecovered('moves', startedAt);
  });

  it('catches every consumer up after Redis is killed with the workshops behind', async () => {
    await system.kill('workshops');
    // Events queued for the workshops, in Redis's file; the last ones, maybe not.
    expect(await programme.moveFirm(firms[0], sud, CAHORS_SUD)).toBe(true);
    firms.push(await programme.registerFirmNeeding(WASTE, nord, CAHORS_NORD));
    await waitFor(
      () => readConsistency(postgres.url, programme),
      (now) => now.unpublishedEvents === 0,
    );
    expect(await programme.moveFirm(firms[2], sud, CAHORS_SUD)).toBe(true);
    await redis.kill();
    // Redis is a delivery channel: a write goes on without it.
    expect(await programme.moveFirm(firms[4], nord, CAHORS_NORD)).toBe(true);
    const linesBefore = system.logLines.length;
    await redis.restart();
    const restartedAt = Date.now();
    await system.restart('workshops');
    await expectRecovered('redis-killed', restartedAt);
    // The killed process's append-only file was whole: its queues delivered every event.
    process.stdout.write(
      `fault redis-killed: ${republishedSince(linesBefore)} events published again\n`,
    );
  });

  it('delivers again from the outboxes the jobs a crash of Redis’s host lost, each applied once', async () => {
    const onDisk = await redis.copyAppendOnlyFiles();
    await system.kill('workshops');
    expect(await programme.moveFirm(firms[2], nord, CAHORS_NORD)).toBe(true);
    firms.push(await programme.registerFirmNeeding(GUARDING, nord, CAHORS_NORD));
    await waitFor(
      () => readConsistency(postgres.url, programme),
      (now) => now.unpublishedEvents === 0,
    );
    const linesBefore = system.logLines.length;
    await redis.crashBackTo(onDisk);
    const restartedAt = Date.now();
    await system.restart('workshops');
    await expectRecovered('redis-host-crashed', restartedAt);
    const republished = republishedSince(linesBefore);
    expect(republished).toBeGreaterThan(0);
    process.stdout.write(`fault redis-host-crashed: ${republished} events published again\n`);
  });

  async function servesAgain(): Promise<void> {
    const answer = await waitFor(
      () => postGraphQL(system.gatewayUrl, EVERY_SUBGRAPH, { zoneId: sud }),
      (response) => response.errors === undefined,
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.['zone']).toEqual({ name: 'Cahors Sud' });
  }

  /** Keep-alive traffic to a service until it exits, once every client has reused its connection. */
  async function warmTrafficTo(service: ServiceProcess, agent: Agent): Promise<Traffic> {
    const { authorization } = await withAuthorization();
    const clients = [
      ...Array.from({ length: QUICK_CLIENTS }, () => quickClient(service.url, agent)),
      slowClient(service.url, agent, authorization),
    ];
    const traffic = steadyTraffic(clients, service.exited);
    const reused = await waitFor(
      async () => traffic.attempts.filter((outcome) => outcome.reusedSocket).length,
      (count) => count > clients.length,
      { timeoutMs: WARM_UP_TIMEOUT_MS, intervalMs: 50 },
    );
    expect(reused).toBeGreaterThan(clients.length);
    return traffic;
  }

  /** SIGTERM under keep-alive traffic: how the process exited, how long it took, every request. */
  async function terminateUnderTraffic(name: string) {
    const service = system.processOf(name);
    const agent = new Agent({ keepAlive: true });
    try {
      const traffic = await warmTrafficTo(service, agent);
      const signalledAt = Date.now();
      service.child.kill('SIGTERM');
      const exit = await service.exited;
      const stoppedMs = Date.now() - signalledAt;
      return { exit, signalledAt, stoppedMs, attempts: await traffic.done };
    } finally {
      if (service.child.exitCode === null && service.child.signalCode === null) {
        await service.stop();
      }
      agent.destroy();
      await system.restart(name);
    }
  }

  // The gateway first, while the subgraphs it composes are up.
  it.each(SERVICE_NAMES.slice().reverse())(
    'stops %s on SIGTERM under keep-alive traffic, dropping nothing, and starts it again',
    async (name) => {
      const { exit, signalledAt, stoppedMs, attempts } = await terminateUnderTraffic(name);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(stoppedMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
      const before = attempts.filter((outcome) => outcome.startedAt < signalledAt);
      const after = attempts.filter((outcome) => outcome.startedAt >= signalledAt);
      expect(before.filter((outcome) => outcome.status !== 200)).toEqual([]);
      expect(after.filter((outcome) => outcome.status !== 200 && !refused(outcome))).toEqual([]);
      // While stopping it told its clients to go: answers went out with `Connection: close`.
      expect(after.some((outcome) => outcome.status === 200 && outcome.connectionClose)).toBe(true);

      await servesAgain();
      process.stdout.write(
        `fault sigterm-${name}: exited 0 in ${seconds(stoppedMs)} s, ${attempts.length} ` +
          `requests, none dropped; serving again ${seconds(Date.now() - signalledAt)} s after ` +
          `the signal\n`,
      );
      await expectRecovered(`sigterm-${name}`, signalledAt);
    },
  );

  it('recomputes a zone whose engine was killed mid-recompute once the engine is back', async () => {
    await recomputeHeldMidWay(GUARDING, sud, CAHORS_SUD);
    const shown = await waitFor(
      () => recomputeState(sud),
      (state) => state === 'RUNNING',
      { timeoutMs: 10_000, intervalMs: 250 },
    );
    expect(shown).toBe('RUNNING');
    await system.kill('synergy-engine');
    const killedAt = Date.now();
    await releaseTerritories();
    await system.restart('synergy-engine');
    const readyAt = Date.now();
    const state = await waitFor(
      () => recomputeState(sud),
      (now) => now === 'IDLE',
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(state).toBe('IDLE');
    const recomputedMs = Date.now() - killedAt;
    expect(recomputedMs).toBeLessThan(60_000);
    process.stdout.write(
      `fault engine-killed: zone IDLE ${seconds(recomputedMs)} s after the kill, ` +
        `${seconds(Date.now() - readyAt)} s after the engine was ready again\n`,
    );
    await expectRecovered('engine-killed', killedAt);
  });

  it('recomputes the zones by itself after PostgreSQL stopped for longer than 15 s', async () => {
    await recomputeHeldMidWay(WASTE, nord, CAHORS_NORD);
    await postgres.stop('fast');
    const downAt = Date.now();
    await releaseTerritories();
    await sleep(POSTGRES_OUTAGE_MS);
    await postgres.start();
    const upAt = Date.now();
    process.stdout.write(`fault postgres-stopped: down ${seconds(upAt - downAt)} s\n`);
    await expectRecovered('postgres-stopped', upAt);
    for (const name of SERVICE_NAMES) {
      expect((await fetch(`${system.urlOf(name)}/health/ready`)).status).toBe(200);
    }
    expect(await recomputeState(nord)).toBe('IDLE');
  });

  it('audits each mutation sent while PostgreSQL was down once it is back, none twice', async () => {
    const listed = await postGraphQL(
      system.gatewayUrl,
      `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId }) { nodes { id } } }`,
      { zoneId: sud },
    );
    const [synergy] = listed.data?.['synergies'].nodes ?? [];
    await postgres.stop('fast');
    const refusedWrites = [
      await programme.mutate(
        'createTerritory',
        `mutation { createTerritory(input: { name: "Quercy Blanc" }) { id } }`,
      ),
      await programme.mutate(
        'planInterview',
        `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`,
        {
          input: {
            organizationId: firms[1],
            interviewer: 'Anne Delpech',
            plannedFor: '2025-04-01',
          },
        },
      ),
      await programme.mutate(
        'changeSynergyStatus',
        `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) { id } }`,
        { input: { id: synergy.id, to: 'QUALIFIED' } },
      ),
      await programme.mutate('checkSynergyCopy', CHECK_COPY),
    ];
    const codes = refusedWrites.map((response) => response.errors?.[0].extensions?.['code']);
    expect(codes.every((code) => typeof code === 'string')).toBe(true);
    await postgres.start();
    const upAt = Date.now();
    process.stdout.write(
      `fault mutations-while-postgres-down: ${codes.length} refused (${codes.join(', ')})\n`,
    );
    await expectRecovered('mutations-while-postgres-down', upAt);
    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    const { rows } = await db.query(
      `SELECT id FROM directory.territory WHERE name = 'Quercy Blanc'`,
    );
    await db.end();
    expect(rows).toEqual([]);
  });
});
