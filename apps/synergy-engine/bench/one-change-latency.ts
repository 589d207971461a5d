import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { DeclarationSnapshotV1, EventEnvelope, eventQueueName } from '@symbiose/contracts';
import { BullMqEventPublisher, createServiceApp, RedisConnection } from '@symbiose/platform';
import { startTestService } from '@symbiose/service-testing';
import { seededRandom, TEST_REDIS_URL } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import type { MatchableDeclaration } from '../src/matching';
import { ZoneRecomputeService } from '../src/recompute/zone-recompute.service';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { uuidOf, writeReadModel } from './read-model-rows';
import { syntheticRegion } from './synthetic-region';

/**
 * One declaration changed in one territory of 5,000 to 100,000 declarations, through the real
 * queue and database: a `declaration.updated` event is published on the engine's queue, and
 * timed until the engine has handled it and stored its recompute. The engine runs in a process
 * of its own, so that its peak memory is the change's, not the setup's; it runs the slices a
 * change touched (after) and, for comparison in the same run, a full recompute of the
 * territory per change (before: the territory asked for whole, as a repair does).
 */

const SIZES = (process.env.BENCH_CHANGE_SIZES ?? '5000,20000,50000,100000').split(',').map(Number);
const SLICE_SAMPLES = Number(process.env.BENCH_CHANGE_SAMPLES ?? 20);
const FULL_SAMPLES = Number(process.env.BENCH_FULL_SAMPLES ?? 3);
/** The production default: a change waits this long for others before it is recomputed. */
const DEBOUNCE_MS = process.env.BENCH_DEBOUNCE_MS ?? '500';
const ENGINE_ROLE = 'one-change-engine';
/** Each size runs in a process of its own: one process holds one Nest application at a time. */
const SIZE_ROLE = 'one-change-size';
const ENGINE_QUEUE = eventQueueName('synergy-engine');

type Mode = 'SLICES' | 'FULL';

interface Samples {
  endToEndMs: number[];
  recomputeMs: number[];
  peakRssMb: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values: readonly number[]): string {
  if (values.length === 0) return 'not sampled';
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`;
}

/** The engine process: the service with its event consumer and recompute worker, nothing else. */
async function runOneChangeEngine(): Promise<void> {
  const app = await createServiceApp(AppModule);
  await app.init();
  process.on('message', (message) => {
    if (message !== 'stop') return;
    void app.close().then(() => {
      process.send?.({ peakRssMb: process.resourceUsage().maxRSS / 1024 });
      process.exit(0);
    });
  });
  process.send?.('ready');
}

/** Whether this process is one the one-change section started, rather than the bench itself. */
export function isOneChangeChild(): boolean {
  return process.env.BENCH_ROLE === ENGINE_ROLE || process.env.BENCH_ROLE === SIZE_ROLE;
}

export async function runOneChangeChild(): Promise<void> {
  if (process.env.BENCH_ROLE === ENGINE_ROLE) return runOneChangeEngine();
  await oneTerritory(Number(process.env.BENCH_CHANGE_SIZE));
  process.exit(0);
}

/** Starts the engine process on the parent's database and queues; resolves once it listens. */
function startEngine(): Promise<{ stop: () => Promise<number> }> {
  const child = fork(process.argv[1], process.argv.slice(2), {
    env: {
      ...process.env,
      BENCH_ROLE: ENGINE_ROLE,
      SYNERGY_RECOMPUTE_WORKER: 'in-process',
      SYNERGY_RECOMPUTE_DEBOUNCE_MS: DEBOUNCE_MS,
    },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`engine process exited with ${code}`)));
    child.once('message', () => {
      child.removeAllListeners('exit');
      resolve({
        stop: () =>
          new Promise((stopped) => {
            child.once('message', (report) => stopped((report as { peakRssMb: number }).peakRssMb));
            child.send('stop');
          }),
      });
    });
  });
}

/** A `declaration.updated` event for a declaration of the region, its quantity changed. */
function changeOf(declaration: MatchableDeclaration, factor: number): EventEnvelope {
  const payload: DeclarationSnapshotV1 = {
    declarationId: uuidOf(declaration.id),
    organizationId: uuidOf(declaration.organizationId),
    interviewId: null,
    zoneId: declaration.zoneId ? uuidOf(declaration.zoneId) : null,
    territoryId: uuidOf(declaration.territoryId),
    latitude: declaration.latitude,
    longitude: declaration.longitude,
    kind: declaration.kind,
    theme: declaration.theme,
    categoryCode: declaration.categoryCode,
    label: declaration.categoryCode,
    annualQuantity: Math.round((declaration.annualQuantity as number) * factor * 1000) / 1000,
    canonicalUnit: declaration.canonicalUnit,
    frequency: declaration.frequency,
    wasteCode: declaration.wasteCode,
    hazardous: declaration.hazardous,
    authorisedForHazardous: declaration.authorisedForHazardous,
    availableFrom: declaration.availableFrom,
    availableUntil: declaration.availableUntil,
    attributes: {},
    status: 'ACTIVE',
  };
  return {
    id: randomUUID(),
    type: 'declaration.updated',
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'interviews',
    payload,
  };
}

/** Waits until the event is handled and its territory has nothing left to recompute. */
async function servedAt(dataSource: DataSource, eventId: string, territoryId: string) {
  for (;;) {
    const [state]: { handled: boolean; waiting: string; duration: number | null }[] =
      await dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM inbox_event WHERE event_id = $1) AS handled,
                (SELECT count(*) FROM zone_recompute zr JOIN zone z ON z.zone_id = zr.zone_id
                  WHERE z.territory_id = $2
                    AND (zr.request_seq > zr.computed_seq OR zr.started_at IS NOT NULL))
                + (SELECT count(*) FROM dirty_synergy_slice WHERE territory_id = $2) AS waiting,
                (SELECT last_duration_ms FROM zone_recompute zr JOIN zone z ON z.zone_id = zr.zone_id
                  WHERE z.territory_id = $2
                  ORDER BY last_computed_at DESC NULLS LAST LIMIT 1) AS duration`,
        [eventId, territoryId],
      );
    if (state.handled && Number(state.waiting) === 0) {
      return { at: performance.now(), recomputeMs: Number(state.duration) };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Changes `count` declarations one at a time, each timed until its recompute is stored. */
async function sampleChanges(
  dataSource: DataSource,
  queuePrefix: string,
  region: readonly MatchableDeclaration[],
  mode: Mode,
  count: number,
): Promise<Samples> {
  const random = seededRandom(count * 7919 + region.length);
  const quantified = region.filter((declaration) => declaration.annualQuantity !== null);
  const territoryId = uuidOf(region[0].territoryId);
  const publisher = new BullMqEventPublisher(new RedisConnection(TEST_REDIS_URL, queuePrefix));
  const engine = await startEngine();
  const samples: Samples = { endToEndMs: [], recomputeMs: [], peakRssMb: 0 };
  try {
    for (let sample = 0; sample < count; sample += 1) {
      if (mode === 'FULL') {
        await dataSource.query(
          `INSERT INTO dirty_synergy_slice (territory_id, slice) VALUES ($1, 'all')
           ON CONFLICT DO NOTHING`,
          [territoryId],
        );
      }
      const declaration = quantified[Math.floor(random() * quantified.length)];
      const event = changeOf(declaration, 0.5 + random());
      const started = performance.now();
      await publisher.publish(ENGINE_QUEUE, event);
      const served = await servedAt(dataSource, event.id, territoryId);
      samples.endToEndMs.push(served.at - started);
      samples.recomputeMs.push(served.recomputeMs);
    }
  } finally {
    samples.peakRssMb = await engine.stop();
    await publisher.close();
  }
  return samples;
}

/** A connection to the engine's schema, for the bench to watch its tables. */
async function watchingDataSource(): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: process.env.DATABASE_URL,
    schema: SYNERGY_DATABASE.schema,
    extra: { options: `-c search_path=${SYNERGY_DATABASE.schema}` },
  });
  return dataSource.initialize();
}

/** One territory of `size` declarations: set up, then changed declaration by declaration. */
async function oneTerritory(size: number): Promise<void> {
  process.env.SYNERGY_RECOMPUTE_WORKER = 'off';
  const service = await startTestService(AppModule, SYNERGY_DATABASE.schema, `bench-change`);
  try {
    const region = syntheticRegion({ declarationCount: size, seed: 2026, territoryCount: 1 });
    const [zoneId] = (await writeReadModel(service.dataSource, region)).values();
    const setup = await service.app.get(ZoneRecomputeService).recomputeZone(zoneId);
    // The engine process takes over the queues from here; this one only watches the tables.
    await service.app.close();
    const watch = await watchingDataSource();
    const slices = await sampleChanges(watch, service.queuePrefix, region, 'SLICES', SLICE_SAMPLES);
    const full = await sampleChanges(watch, service.queuePrefix, region, 'FULL', FULL_SAMPLES);
    const stored = setup ? setup.detected : 0;
    console.log(
      `one change, territory of ${size.toLocaleString('en')} declarations (${stored} synergies; ` +
        `debounce ${DEBOUNCE_MS} ms included end to end):\n` +
        `  before, full recompute per change (${FULL_SAMPLES}): end to end ${summary(full.endToEndMs)}; ` +
        `recompute ${summary(full.recomputeMs)}; engine peak RSS ${full.peakRssMb.toFixed(0)} MB\n` +
        `  after, slices re-matched (${SLICE_SAMPLES}): end to end ${summary(slices.endToEndMs)}; ` +
        `recompute ${summary(slices.recomputeMs)}; engine peak RSS ${slices.peakRssMb.toFixed(0)} MB` +
        (size === 100_000 ? ' [targets: p95 < 1000 ms, recompute < 300 ms, RSS < 1024 MB]' : ''),
    );
    await watch.destroy();
  } finally {
    delete process.env.SYNERGY_RECOMPUTE_WORKER;
    await service.stop();
  }
}

export async function oneChangeLatency(): Promise<void> {
  for (const size of SIZES) {
    const child = fork(process.argv[1], process.argv.slice(2), {
      env: { ...process.env, BENCH_ROLE: SIZE_ROLE, BENCH_CHANGE_SIZE: String(size) },
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`one change at ${size} declarations: exited with ${code}`);
  }
}
