import { bearer, loadDemoData, startTestSystem, testToken, TestSystem } from '@symbiose/testing';
import type { TokenSettings } from '@symbiose/tokens';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { WORKSPACE } from '@symbiose/system';
import {
  ApiRead,
  ENGINE_SYNERGY_PAGE,
  ORGANIZATION_PAGE,
  SYNERGY_PAGE,
  TARGET_P95_MS,
  ZONE_DASHBOARD,
} from './api-reads';
import { backgroundRates, cpuPerRequest } from './cpu-meter';
import { answerOf, load, LoadFigures, LoadTarget } from './load';
import { benchOptions } from './bench-options';
import { PeerGateway, startPeerGateway } from './peer-gateway';
import { runEnvironment } from './run-environment';

/**
 * `npm run bench:api`: the reads of a facilitator's screens on the running system (the five
 * built services, the demo data), loaded by autocannon through the Apollo Gateway and, over the
 * same subgraphs and the checked-in supergraph, through Hive Gateway, one after the other for
 * each read and number of clients; the synergy page's engine part also straight at the engine.
 * Figures, not tests: the product's goals are printed beside them. What it measures, and
 * whether the services write CPU profiles, is set by its environment (bench-options.ts).
 */

const OPTIONS = benchOptions();
/** Each run is preceded by one as long as this, unmeasured: JIT, pools and caches warm up. */
const WARM_UP_SECONDS = OPTIONS.warmUpSeconds;
const SECONDS = OPTIONS.seconds;
const SUPERGRAPH = path.join(WORKSPACE, 'schema', 'supergraph.graphql');

interface Endpoint {
  name: string;
  url: string;
  reads: ApiRead[];
  /** The processes whose CPU time a request through it costs, by name, at their base URLs. */
  processes: Record<string, string>;
}

interface Row {
  endpoint: string;
  read: ApiRead;
  clients: number;
  figures: LoadFigures;
  cpuMs: Record<string, number>;
}

async function cahorsSud(
  system: TestSystem,
  tokenSettings: TokenSettings,
): Promise<{ zoneId: string; territoryId: string }> {
  const admin = await testToken('ADMIN', {}, undefined, tokenSettings);
  const found = await system.gql(
    `{ territories(first: 1) { nodes { id zones { id name } } } }`,
    undefined,
    bearer(admin),
  );
  const territory = found.data?.territories.nodes[0];
  const zone = territory.zones.find((z: { name: string }) => z.name === 'Cahors Sud');
  return { zoneId: zone.id, territoryId: territory.id };
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function line(row: Row): string {
  const { figures } = row;
  const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
  return [
    row.endpoint.padEnd(20),
    row.read.name.padEnd(26),
    `${String(row.clients).padStart(3)} clients`,
    `${figures.requestsPerSecond.toFixed(1).padStart(7)} req/s`,
    `p50 ${ms(figures.p50Ms)}`,
    `p95 ${ms(figures.p95Ms)}`,
    `p99 ${ms(figures.p99Ms)}`,
    `errors ${figures.errors}`,
    `graphql errors ${figures.graphqlErrors}`,
    `timeouts ${figures.timeouts}`,
    `non-2xx ${figures.non2xx}`,
  ].join('  ');
}

function cpuLine({ cpuMs }: Row): string {
  const each = Object.entries(cpuMs).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  return `${' '.repeat(20)}  CPU ms a request, background excluded: ${each.join(', ')}`;
}

/** Whether each of the product's goals holds through the Apollo Gateway. */
function goals(rows: Row[]): string[] {
  const apollo = rows.filter((row) => row.endpoint === 'Apollo Gateway');
  const failures = (figures: LoadFigures) =>
    figures.errors + figures.graphqlErrors + figures.timeouts + figures.non2xx;
  return apollo.flatMap(({ read, clients, figures }) => {
    if (clients === 10 && read.targetRequestsPerSecond !== undefined) {
      const met = figures.requestsPerSecond >= read.targetRequestsPerSecond;
      return [
        `${met ? 'met    ' : 'NOT MET'}  ${read.name} at 10 clients: ` +
          `${figures.requestsPerSecond.toFixed(0)} req/s (goal ≥ ${read.targetRequestsPerSecond})`,
      ];
    }
    if (clients === 50) {
      const met = figures.p95Ms < TARGET_P95_MS && failures(figures) === 0;
      return [
        `${met ? 'met    ' : 'NOT MET'}  ${read.name} at 50 clients: p95 ` +
          `${figures.p95Ms.toFixed(0)} ms, ${failures(figures)} failed (goal < ${TARGET_P95_MS} ms, none)`,
      ];
    }
    return [];
  });
}

const targetOf = (
  endpoint: Endpoint,
  read: ApiRead,
  token: string,
  zoneId: string,
): LoadTarget => ({
  url: endpoint.url,
  token,
  query: read.query,
  variables: { zoneId },
});

/** Each endpoint's reads, once each, checked to answer without errors before any load. */
async function checkAnswers(endpoints: Endpoint[], token: string, zoneId: string): Promise<void> {
  for (const endpoint of endpoints) {
    for (const read of endpoint.reads) await answerOf(targetOf(endpoint, read, token, zoneId));
  }
}

/** Each read at each number of clients, through each endpoint in turn. */
async function measure(endpoints: Endpoint[], token: string, zoneId: string): Promise<Row[]> {
  const rows: Row[] = [];
  const processUrls = endpoints.flatMap((endpoint) => Object.values(endpoint.processes));
  const background = await backgroundRates([...new Set(processUrls)]);
  const reads = [ZONE_DASHBOARD, SYNERGY_PAGE, ORGANIZATION_PAGE, ENGINE_SYNERGY_PAGE].filter(
    (read) => OPTIONS.measures(read.name),
  );
  for (const read of reads) {
    for (const clients of OPTIONS.clients) {
      for (const endpoint of endpoints.filter((candidate) => candidate.reads.includes(read))) {
        const target = targetOf(endpoint, read, token, zoneId);
        if (WARM_UP_SECONDS > 0) await load(target, clients, WARM_UP_SECONDS);
        const { result: figures, cpuMs } = await cpuPerRequest(endpoint.processes, background, () =>
          load(target, clients, SECONDS),
        );
        const row = { endpoint: endpoint.name, read, clients, figures, cpuMs };
        console.log(`${line(row)}\n${cpuLine(row)}`);
        for (const message of figures.errorMessages)
          console.log(`${' '.repeat(22)}error: ${message}`);
        rows.push(row);
      }
    }
  }
  return rows;
}

/** The errors the services logged while loaded, which the failed requests' answers hide. */
function loggedErrors(system: TestSystem): string[] {
  const errors = system.logLines.filter(({ line }) => /"level":(50|60)/.test(line));
  const distinct = [
    ...new Set(errors.map(({ service, line }) => `${service}: ${line.slice(0, 400)}`)),
  ];
  return [`errors the services logged: ${errors.length}`, ...distinct.slice(0, 3)];
}

/** The gateways, and the engine alone, each with the reads it is loaded with. */
function endpointsOf(system: TestSystem, peer: PeerGateway | undefined): Endpoint[] {
  const subgraphUrls = subgraphUrlsOf(system);
  const gatewayReads = [ZONE_DASHBOARD, SYNERGY_PAGE, ORGANIZATION_PAGE];
  const gateways = [
    { name: 'Apollo Gateway', url: system.gatewayUrl },
    ...(peer ? [{ name: 'Hive Gateway', url: peer.url }] : []),
  ];
  return [
    ...gateways.map(({ name, url }) => ({
      name,
      url,
      reads: gatewayReads,
      processes: { gateway: url, ...subgraphUrls },
    })),
    {
      name: 'synergy-engine',
      url: system.urls['synergy-engine'],
      reads: [ENGINE_SYNERGY_PAGE],
      processes: { 'synergy-engine': system.urls['synergy-engine'] },
    },
  ];
}

function subgraphUrlsOf(system: TestSystem): Record<string, string> {
  const subgraphUrls = { ...system.urls };
  delete subgraphUrls.gateway;
  return subgraphUrls;
}

/** Each service's own variables: a CPU profile of its whole run when one is asked. */
function serviceEnv(): Record<string, string> {
  const dir = OPTIONS.cpuProfileDir;
  if (!dir) return {};
  mkdirSync(dir, { recursive: true });
  return {
    BENCH_CPU_PROFILE_DIR: path.resolve(dir),
    NODE_OPTIONS: `--require ${path.join(__dirname, 'cpu-profile-hook.js')}`,
  };
}

async function main(): Promise<void> {
  const environment = runEnvironment(OPTIONS.nodeEnvironment);
  // Every process the bench starts reads it: the services, the demo loader, Hive Gateway.
  Object.assign(process.env, environment.variables);
  // Clients sending as fast as they are answered: the gateway's per-client limit is not measured.
  const system = await startTestSystem('bench-api', {
    env: serviceEnv(),
    gatewayEnv: { RATE_LIMIT_MAX: '1000000' },
  });
  const peer = OPTIONS.peer
    ? await startPeerGateway(SUPERGRAPH, subgraphUrlsOf(system)).catch(async (error: unknown) => {
        await system.stop();
        throw error;
      })
    : undefined;
  try {
    loadDemoData(system.gatewayUrl);
    const { zoneId, territoryId } = await cahorsSud(system, environment.tokenSettings);
    const token = await testToken(
      'FACILITATOR',
      { territoryIds: [territoryId] },
      undefined,
      environment.tokenSettings,
    );
    const endpoints = endpointsOf(system, peer);
    console.log(
      `reads of Cahors Sud as its facilitator, ${SECONDS} s each after ${WARM_UP_SECONDS} s ` +
        `of warm-up, services in ${OPTIONS.nodeEnvironment}; load average ${loadAverage()}`,
    );
    await checkAnswers(endpoints, token, zoneId);
    const rows = await measure(endpoints, token, zoneId);
    console.log(`load average ${loadAverage()}`);
    for (const logged of loggedErrors(system)) console.log(logged);
    console.log("the product's goals through the Apollo Gateway:");
    for (const goal of goals(rows)) console.log(goal);
  } finally {
    await peer?.stop();
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
