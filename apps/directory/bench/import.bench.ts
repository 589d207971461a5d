import 'reflect-metadata';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { startTestService, TestService } from '@symbiose/service-testing';
import {
  generatedEstablishment,
  SIRENE_EXTRACT_COLUMNS,
  sireneExtractLine,
  seededRandom,
  testToken,
} from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';

/**
 * `npm run bench:import`: an organizations import of a seeded, SIRENE-like extract of
 * BENCH_LINES establishments (100,000 by default; `;`-separated, Windows-1252), sent over HTTP to
 * the directory running in this process against the real PostgreSQL and Redis, then sent again
 * (nothing to change). Prints lines per second and the peak memory of this process, which
 * receives, parses and writes. Figures, not tests. The database and queue prefix are the bench's
 * own and are dropped at the end.
 */
const LINES = Number(process.env.BENCH_LINES ?? 100_000);
const SEED = 46_000;

interface Peak {
  rss: number;
  heapUsed: number;
}

/** Samples this process's memory every few milliseconds, from now until stopped. */
function watchMemory(): { stop(): Peak } {
  const peak: Peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

async function writeExtract(file: string): Promise<number> {
  const random = seededRandom(SEED);
  async function* lines() {
    yield `${SIRENE_EXTRACT_COLUMNS.join(';')}\r\n`;
    for (let index = 0; index < LINES; index += 1) {
      yield Buffer.from(sireneExtractLine(generatedEstablishment(index, random), ';'), 'latin1');
    }
  }
  await pipeline(lines(), createWriteStream(file));
  return (await stat(file)).size;
}

/** Streams the file to the import route, as curl --data-binary @file does. */
async function upload(port: number, zoneId: string, file: string, token: string): Promise<string> {
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: `/imports/organizations?zoneId=${zoneId}`,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'text/csv',
      'content-length': (await stat(file)).size,
    },
  });
  const answered = once(request, 'response') as Promise<[http.IncomingMessage]>;
  createReadStream(file).pipe(request);
  const [response] = await answered;
  let body = '';
  for await (const chunk of response) body += chunk;
  if (response.statusCode !== 202)
    throw new Error(`upload refused: ${response.statusCode} ${body}`);
  return JSON.parse(body).importId;
}

interface Outcome {
  status: string;
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
  unchanged: number;
}

async function finished(service: TestService, importId: string): Promise<Outcome> {
  for (;;) {
    const [job]: Outcome[] = await service.dataSource.query(
      `SELECT status, accepted, rejected, created, updated, unchanged FROM import_job WHERE id = $1`,
      [importId],
    );
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the outbox relay to publish the first import's events, so the second run is timed alone. */
async function relayed(service: TestService): Promise<void> {
  const started = Date.now();
  const cpuBefore = process.cpuUsage();
  for (;;) {
    const [{ count }]: { count: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_event WHERE published_at IS NULL`,
    );
    if (count === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `(the outbox relay published the last events ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `later, with ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU meanwhile)`,
  );
  global.gc?.();
}

const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function run(
  label: string,
  service: TestService,
  port: number,
  place: { territoryId: string; zoneId: string },
  file: string,
) {
  const { territoryId, zoneId } = place;
  const token = await testToken('FACILITATOR', { territoryIds: [territoryId] });
  console.log(`${label}, load average before: ${loadAverage()}`);
  const memory = watchMemory();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const importId = await upload(port, zoneId, file, token);
  const uploaded = process.hrtime.bigint();
  const outcome = await finished(service, importId);
  const ended = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpuBefore);
  const peak = memory.stop();
  console.log(`  load average after: ${loadAverage()}`);
  const seconds = (to: bigint, from: bigint) => Number(to - from) / 1e9;
  const total = seconds(ended, started);
  console.log(
    `${label}: ${outcome.status}, ${outcome.accepted} accepted (${outcome.created} created, ` +
      `${outcome.updated} updated, ${outcome.unchanged} unchanged), ${outcome.rejected} rejected`,
  );
  console.log(
    `  ${Math.round(LINES / total)} lines/s: ${total.toFixed(1)} s in all ` +
      `(upload and storage ${seconds(uploaded, started).toFixed(1)} s, ` +
      `import ${seconds(ended, uploaded).toFixed(1)} s)`,
  );
  // On a machine shared with other work, the process's own CPU time varies less than the clock's.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `  CPU time of the process: ${cpuSeconds.toFixed(1)} s, ` +
      `${Math.round((cpuSeconds * 1e6) / LINES)} µs a line (the outbox relay's publishing included)`,
  );
  console.log(
    `  peak memory of the process: RSS ${mib(peak.rss)}, heap used ${mib(peak.heapUsed)}`,
  );
  if (global.gc) {
    global.gc();
    console.log(
      `  heap used once its garbage is collected: ${mib(process.memoryUsage().heapUsed)}`,
    );
  }
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'symbiose-bench-import-'));
  const file = path.join(folder, 'sirene-extract.csv');
  let service: TestService | undefined;
  try {
    const size = await writeExtract(file);
    console.log(`extract: ${LINES} establishments, ${mib(size)}, Windows-1252, ';' (seed ${SEED})`);
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'bench-import');
    await service.app.listen(0, '127.0.0.1');
    const { port } = service.app.getHttpServer().address() as AddressInfo;
    const territoryId = (
      await service.gql(`mutation { createTerritory(input: { name: "Bench" }) { id } }`)
    ).data?.createTerritory.id;
    const zoneId = (
      await service.gql(
        `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        { input: { territoryId, name: 'Bench', kind: 'MIXED', latitude: 44.4, longitude: 1.45 } },
      )
    ).data?.createZone.id;
    global.gc?.();
    const baseline = process.memoryUsage();
    console.log(
      `process before the imports: RSS ${mib(baseline.rss)}, heap used ${mib(baseline.heapUsed)}`,
    );
    await run('first import', service, port, { territoryId, zoneId }, file);
    await relayed(service);
    await run('same file again', service, port, { territoryId, zoneId }, file);
  } finally {
    await service?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
