import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, metricSum, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { CONSISTENT, isConsistent, readConsistency } from '../src/consistency';
import { SERVICE_NAMES } from '../src/fault-system';
import { IsolatedPostgres } from '../src/isolated-postgres';
import { IsolatedRedis } from '../src/isolated-redis';
import { UPSTREAM_HEADER } from '../src/nginx-balancer';
import { Place, Programme } from '../src/programme';
import { ReplicaSystem } from '../src/replica-system';

/**
 * Two replicas of each of the five built services behind nginx, on a PostgreSQL and a Redis of
 * the suite's own: every request is answered, each replica takes its share, every write and
 * event is applied once, a client's rate limit is counted once across the gateways, and each
 * replica's metrics and queue dashboard tell the truth.
 */
jest.setTimeout(240_000);

const REPLICAS = 2;
const RATE_LIMIT_MAX = 200;
const FIRMS = 8;
const QUERIES = 60;
const CAHORS_SUD: Place = { latitude: 44.4012, longitude: 1.4521 };
const EVERY_SUBGRAPH = `query ($zoneId: ID!) {
  zone(id: $zoneId) { name }
  declarations(first: 1) { totalCount }
  recomputeStatus(zoneId: $zoneId) { state }
  workshops(zoneId: $zoneId, first: 1) { totalCount } }`;

/** Requests to /graphql a service's own /metrics counted. */
async function requestsCounted(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return metricSum(text, 'http_request_duration_seconds_count', { route: '/graphql' });
}

async function inBatches<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < tasks.length; start += size) {
    results.push(...(await Promise.all(tasks.slice(start, start + size).map((task) => task()))));
  }
  return results;
}

describe('two replicas of every service behind nginx', () => {
  let postgres: IsolatedPostgres;
  let redis: IsolatedRedis;
  let spool: string;
  let system: ReplicaSystem;
  let programme: Programme;
  let zoneId: string;

  beforeAll(async () => {
    spool = await mkdtemp(join(tmpdir(), 'symbiose-replicas-spool-'));
    postgres = await IsolatedPostgres.create();
    redis = await IsolatedRedis.start();
    system = await ReplicaSystem.start(
      {
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: 'replicas',
        AUDIT_SPOOL_DIR: spool,
        RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
        RATE_LIMIT_WINDOW_MS: '600000',
        SYNERGY_RECOMPUTE_DEBOUNCE_MS: '100',
      },
      REPLICAS,
    );
    programme = new Programme(system.gatewayUrl);
  });

  afterAll(async () => {
    await system?.stop();
    await redis?.remove();
    await postgres?.remove();
    if (spool) await rm(spool, { recursive: true, force: true });
  });

  it('answers every request, each replica of each service taking its share', async () => {
    const before = await Promise.all(
      system.replicas.map((replica) => requestsCounted(replica.url)),
    );
    const territoryId = await programme.createTerritory('Grand Cahors');
    zoneId = await programme.createZone(territoryId, 'Cahors Sud', CAHORS_SUD);
    const firms = await inBatches(
      Array.from(
        { length: FIRMS },
        (_, index) => () =>
          programme.registerFirmNeeding(
            index % 2 === 0 ? 'SERVICE_SECURITY_GUARDING' : 'SERVICE_WASTE_COLLECTION',
            zoneId,
            CAHORS_SUD,
          ),
      ),
      4,
    );
    expect(new Set(firms).size).toBe(FIRMS);
    const answers = await inBatches(
      Array.from(
        { length: QUERIES },
        () => () => postGraphQL(system.gatewayUrl, EVERY_SUBGRAPH, { zoneId }),
      ),
      6,
    );
    expect(answers.filter((answer) => answer.errors !== undefined)).toEqual([]);
    expect(programme.sent.every((mutation) => mutation.acknowledged)).toBe(true);

    const after = await Promise.all(system.replicas.map((replica) => requestsCounted(replica.url)));
    const served = system.replicas.map((replica, index) => ({
      service: replica.service,
      requests: after[index] - before[index],
    }));
    for (const service of SERVICE_NAMES) {
      const shares = served.filter((replica) => replica.service === service);
      expect([service, shares.every((replica) => replica.requests > 0)]).toEqual([service, true]);
    }
    const gatewayRequests = served
      .filter((replica) => replica.service === 'gateway')
      .reduce((sum, replica) => sum + replica.requests, 0);
    expect(gatewayRequests).toBe(programme.sent.length + QUERIES);
  });

  it('applies every write and every event once, and leaves no zone pending', async () => {
    const consistency = await waitFor(
      () => readConsistency(postgres.url, programme),
      isConsistent,
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    expect(consistency).toEqual(CONSISTENT);
  });

  it("counts a client's requests once across the gateways", async () => {
    const token = await testToken('ADMIN', { subject: 'test:replicas-client' });
    const extra = 10;
    const answers = await inBatches(
      Array.from({ length: RATE_LIMIT_MAX + extra }, () => async () => {
        const response = await fetch(`${system.gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(token) },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        await response.arrayBuffer();
        return { status: response.status, upstream: response.headers.get(UPSTREAM_HEADER) };
      }),
      5,
    );
    const statuses = new Map<number, number>();
    for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toEqual({ 200: RATE_LIMIT_MAX, 429: extra });
    const gateways = system.replicasOf('gateway').map((replica) => new URL(replica.url).host);
    expect(new Set(answers.map((answer) => answer.upstream))).toEqual(new Set(gateways));
  });

  it("shows the same queues on each gateway's dashboard", async () => {
    const admin = bearer(await testToken('ADMIN'));
    const dashboardOf = async (url: string) => {
      const response = await fetch(`${url}/admin/queues/api/queues`, { headers: admin });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        queues: { name: string; counts: Record<string, number> }[];
      };
      return body.queues.map(({ name, counts }) => ({ name, counts }));
    };
    // Read side by side until no job moved between the two reads.
    const [first, second] = await waitFor(
      () => Promise.all(system.replicasOf('gateway').map((replica) => dashboardOf(replica.url))),
      ([a, b]) => JSON.stringify(a) === JSON.stringify(b),
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(first.map((queue) => queue.name)).toContain('workshops-events');
    expect(second).toEqual(first);
  });
});
