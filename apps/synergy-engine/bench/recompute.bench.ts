import 'reflect-metadata';
import { startTestService } from '@symbiose/service-testing';
import {
  GraphQLResponse,
  loadDemoData,
  postGraphQL,
  startTestSystem,
  waitFor,
} from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { ZoneRecomputeService } from '../src/recompute/zone-recompute.service';
import { SynergyEngineConfig } from '../src/synergy-engine.config';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { isOneChangeChild, oneChangeLatency, runOneChangeChild } from './one-change-latency';
import { writeReadModel } from './read-model-rows';
import { syntheticRegion } from './synthetic-region';

/**
 * `npm run bench:recompute`: the engine through the real database. Figures, not tests.
 *
 * 1. A full recompute with persistence of a seeded synthetic region of 100,000 declarations
 *    (8 territories): the read model is written straight into the engine's tables, then every
 *    territory is recomputed through the service the queue's worker runs, first from nothing,
 *    then again with nothing changed.
 * 2. One declaration changed in one territory of 5,000 to 100,000 declarations, through the
 *    engine's queue and database, before (a full recompute per change) and after (the slices
 *    the change touched), with the engine's peak memory (`one-change-latency.ts`).
 * 3. In the running system (five built services, the demo data), from a `recordDeclaration`
 *    mutation at the gateway to its synergy visible through the gateway.
 *
 * BENCH_SECTIONS picks some of them (`full,change,gateway`, the default).
 */

const DECLARATIONS = Number(process.env.BENCH_DECLARATIONS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);

async function fullRecompute(): Promise<void> {
  process.env.SYNERGY_RECOMPUTE_WORKER = 'off';
  const service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'bench-recompute');
  try {
    const region = syntheticRegion({ declarationCount: DECLARATIONS, seed: 42 });
    const zones = await writeReadModel(service.dataSource, region);
    const recompute = service.app.get(ZoneRecomputeService);
    // As many territories at a time as the worker would take jobs.
    const concurrency = service.app.get(SynergyEngineConfig).SYNERGY_RECOMPUTE_CONCURRENCY;
    for (const label of ['from nothing', 'nothing changed']) {
      const started = Date.now();
      let synergies = 0;
      let written = 0;
      const waiting = [...zones.values()];
      const recomputeWaiting = async () => {
        for (let zoneId = waiting.shift(); zoneId; zoneId = waiting.shift()) {
          const outcome = await recompute.recomputeZone(zoneId);
          if (!outcome) throw new Error(`zone ${zoneId} has no territory`);
          const rewritten = outcome.detected + outcome.updated + outcome.revived + outcome.moved;
          written += rewritten;
          synergies += rewritten + outcome.unchanged;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, recomputeWaiting));
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `full recompute, ${region.length} declarations in ${zones.size} territories, ${label}, ` +
          `${concurrency} at a time (SYNERGY_RECOMPUTE_CONCURRENCY): ${seconds.toFixed(2)} s ` +
          `(${synergies} synergies, ${written} written; target 15 s)`,
      );
    }
  } finally {
    delete process.env.SYNERGY_RECOMPUTE_WORKER;
    await service.stop();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The demo zone's synergies by kind and theme, once its recompute is done. */
async function printDemoSynergies(gatewayUrl: string, zoneId: string): Promise<void> {
  await waitFor(
    async () =>
      (
        await postGraphQL(
          gatewayUrl,
          `query ($id: ID!) { recomputeStatus(zoneId: $id) { state } }`,
          {
            id: zoneId,
          },
        )
      ).data?.recomputeStatus.state,
    (state) => state === 'IDLE',
    { timeoutMs: 60_000 },
  );
  const counts = new Map<string, number>();
  let after: string | null = null;
  do {
    const page: GraphQLResponse = await postGraphQL(
      gatewayUrl,
      `query ($id: ID!, $after: String) { synergies(filter: { zoneId: $id }, first: 100, after: $after) {
         pageInfo { hasNextPage endCursor } nodes { kind theme } } }`,
      { id: zoneId, after },
    );
    for (const { kind, theme } of page.data?.synergies.nodes ?? []) {
      counts.set(`${kind} ${theme}`, (counts.get(`${kind} ${theme}`) ?? 0) + 1);
    }
    after = page.data?.synergies.pageInfo.hasNextPage
      ? page.data.synergies.pageInfo.endCursor
      : null;
  } while (after);
  console.log(
    `demo synergies in Cahors Sud: ${[...counts]
      .sort()
      .map(([key, n]) => `${key} ${n}`)
      .join(', ')}`,
  );
}

async function declarationToSynergy(): Promise<void> {
  const system = await startTestSystem('bench-latency');
  try {
    loadDemoData(system.gatewayUrl);
    const zones = await system.gql(`{ territories(first: 1) { nodes { zones { id name } } } }`);
    const cahorsSud = zones.data?.territories.nodes[0].zones.find(
      (zone: { name: string }) => zone.name === 'Cahors Sud',
    );
    const firms = await system.gql(
      `query ($zoneId: ID!) { organizations(first: 100, filter: { zoneId: $zoneId }) {
         nodes { id } } }`,
      { zoneId: cahorsSud.id },
    );
    const organizationIds: string[] = firms.data?.organizations.nodes.map(
      (o: { id: string }) => o.id,
    );
    await printDemoSynergies(system.gatewayUrl, cahorsSud.id);
    const latencies: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const organizationId = organizationIds[(sample * 7) % organizationIds.length];
      const started = Date.now();
      const recorded = await postGraphQL(
        system.gatewayUrl,
        `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`,
        {
          input: {
            organizationId,
            kind: 'RESOURCE',
            theme: 'MATERIALS_WASTE',
            categoryCode: 'WASTE_CARDBOARD',
            label: `Cartons, lot ${sample + 1}`,
            quantity: 5 + sample,
            unit: 't',
            frequency: 'YEARLY',
            wasteCode: '150101',
          },
        },
      );
      const declarationId: string | undefined = recorded.data?.recordDeclaration.id;
      if (!declarationId) throw new Error(JSON.stringify(recorded.errors));
      const seen = await waitFor(
        async () => {
          const response = await system.gql(
            `query ($id: ID!) { synergies(filter: { organizationId: $id, kind: B2B }, first: 100) {
               nodes { participants { declarationIds } } } }`,
            { id: organizationId },
          );
          return (response.data?.synergies.nodes ?? []).some(
            (s: { participants: { declarationIds: string[] }[] }) =>
              s.participants.some((p) => p.declarationIds.includes(declarationId)),
          );
        },
        (found) => found,
        { timeoutMs: 15_000, intervalMs: 25 },
      );
      if (!seen) throw new Error(`no synergy for declaration ${declarationId} after 15 s`);
      latencies.push(Date.now() - started);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `recordDeclaration to synergy visible at the gateway, ${SAMPLES} samples: ` +
        `median ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, ` +
        `max ${latencies.at(-1)} ms (target p95 2000 ms; debounce 500 ms included)`,
    );
  } finally {
    await system.stop();
  }
}

const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? 'full,change,gateway').split(','));

async function main(): Promise<void> {
  if (isOneChangeChild()) return runOneChangeChild();
  if (SECTIONS.has('full')) await fullRecompute();
  if (SECTIONS.has('change')) await oneChangeLatency();
  if (SECTIONS.has('gateway')) await declarationToSynergy();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
