/**
 * What `npm run bench:api` measures, from its environment: every read, at 10 and 50 clients,
 * through both gateways, for 10 s after 3 s of warm-up, unless told otherwise.
 *
 * - `BENCH_SECONDS`, `BENCH_WARM_UP_SECONDS`: each run's length and its unmeasured warm-up's;
 * - `BENCH_READS`: the reads whose names hold one of these comma-separated words
 *   (`synergies,organizations`);
 * - `BENCH_CLIENTS`: the numbers of clients, comma-separated (`10`);
 * - `BENCH_PEER=off`: the Apollo Gateway alone, without Hive Gateway beside it;
 * - `BENCH_NODE_ENV=development`: the services as the tests run them, not as the images do
 *   (`production`, run-environment.ts);
 * - `BENCH_CPU_PROFILE_DIR`: each service writes a V8 CPU profile of its whole run there
 *   (cpu-profile-hook.ts), to open in Chrome's DevTools.
 */

import type { NodeEnvironment } from './run-environment';

export interface BenchOptions {
  seconds: number;
  warmUpSeconds: number;
  /** Whether a read of this name is measured. */
  measures(readName: string): boolean;
  clients: number[];
  peer: boolean;
  nodeEnvironment: NodeEnvironment;
  /** Where each service writes its CPU profile; undefined for none. */
  cpuProfileDir: string | undefined;
}

function positiveNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number of 0 or more, not "${text}"`);
  }
  return value;
}

function clientCounts(): number[] {
  const text = process.env.BENCH_CLIENTS;
  if (text === undefined || text === '') return [10, 50];
  const counts = text.split(',').map(Number);
  if (counts.some((count) => !Number.isInteger(count) || count < 1)) {
    throw new Error(
      `BENCH_CLIENTS must be whole numbers of 1 or more, comma-separated, not "${text}"`,
    );
  }
  return counts;
}

function readFilter(): (readName: string) => boolean {
  const words = (process.env.BENCH_READS ?? '')
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return () => true;
  return (readName) => words.some((word) => readName.toLowerCase().includes(word));
}

function peerWanted(): boolean {
  const text = process.env.BENCH_PEER ?? 'on';
  if (text !== 'on' && text !== 'off')
    throw new Error(`BENCH_PEER must be on or off, not "${text}"`);
  return text === 'on';
}

function nodeEnvironment(): NodeEnvironment {
  const text = process.env.BENCH_NODE_ENV ?? 'production';
  if (text !== 'production' && text !== 'development') {
    throw new Error(`BENCH_NODE_ENV must be production or development, not "${text}"`);
  }
  return text;
}

export function benchOptions(): BenchOptions {
  return {
    seconds: positiveNumber('BENCH_SECONDS', 10),
    warmUpSeconds: positiveNumber('BENCH_WARM_UP_SECONDS', 3),
    measures: readFilter(),
    clients: clientCounts(),
    peer: peerWanted(),
    nodeEnvironment: nodeEnvironment(),
    cpuProfileDir: process.env.BENCH_CPU_PROFILE_DIR || undefined,
  };
}
