import { loadDemoData, startTestSystem, testToken, TestSystem } from '@symbiose/testing';

/**
 * `npm run bench:reads`: the reads a facilitator's screens make, on the running system (five
 * built services, the demo data), as throughput at a fixed concurrency. Each query goes through
 * the gateway, and the synergy page also straight to the engine, its peer that answers the
 * engine's part alone. Figures, not tests.
 */

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const SYNERGY_PAGE = `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId }, first: 50) {
  totalCount nodes { id kind status score theme categoryCode zoneIds
    participants { role organization { id name nafCode } } } } }`;
const ENGINE_SYNERGY_PAGE = `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId }, first: 50) {
  totalCount nodes { id kind status score theme categoryCode zoneIds
    participants { role organization { id } } } } }`;
const ZONE_DASHBOARD = `query ($zoneId: ID!) { zone(id: $zoneId) { id name
  synergyCountsByStatus { status count } } }`;
const ORGANIZATIONS = `query ($zoneId: ID!) { organizations(filter: { zoneId: $zoneId }, first: 50) {
  nodes { id name nafCode synergies { totalCount } } } }`;

interface Target {
  name: string;
  url: string;
  query: string;
}

async function post(url: string, token: string, query: string, variables: object) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  }
  return body.data!;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Requests answered in SECONDS by CONCURRENCY clients, each sending the next once answered. */
async function throughput(target: Target, token: string, variables: object): Promise<string> {
  await post(target.url, token, target.query, variables);
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await post(target.url, token, target.query, variables);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return [
    target.name.padEnd(44),
    `${(latencies.length / SECONDS).toFixed(1).padStart(7)} req/s`,
    `p50 ${percentile(latencies, 50).toFixed(0).padStart(4)} ms`,
    `p95 ${percentile(latencies, 95).toFixed(0).padStart(4)} ms`,
  ].join('  ');
}

async function cahorsSud(system: TestSystem): Promise<{ zoneId: string; territoryId: string }> {
  const found = await system.gql(`{ territories(first: 1) { nodes { id zones { id name } } } }`);
  const territory = found.data?.territories.nodes[0];
  const zone = territory.zones.find((z: { name: string }) => z.name === 'Cahors Sud');
  return { zoneId: zone.id, territoryId: territory.id };
}

async function main(): Promise<void> {
  // One client sending as fast as it is answered: the gateway's per-client limit is not measured.
  const system = await startTestSystem('bench-reads', {
    gatewayEnv: { RATE_LIMIT_MAX: '1000000' },
  });
  try {
    loadDemoData(system.gatewayUrl);
    const { zoneId, territoryId } = await cahorsSud(system);
    const token = await testToken('FACILITATOR', { territoryIds: [territoryId] });
    console.log(
      `reads of Cahors Sud as its facilitator, ${CONCURRENCY} clients, ${SECONDS} s each:`,
    );
    const gateway = system.gatewayUrl;
    const targets: Target[] = [
      { name: 'gateway: 50 synergies with their firms', url: gateway, query: SYNERGY_PAGE },
      {
        name: 'synergy-engine alone: its part of that page',
        url: system.urls['synergy-engine'],
        query: ENGINE_SYNERGY_PAGE,
      },
      { name: 'gateway: zone dashboard', url: gateway, query: ZONE_DASHBOARD },
      { name: 'gateway: 50 firms with synergy counts', url: gateway, query: ORGANIZATIONS },
    ];
    for (const target of targets) console.log(await throughput(target, token, { zoneId }));
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
