import { performance } from 'node:perf_hooks';
import { matchB2B } from '../src/matching/b2b-matcher';
import { matchCollective } from '../src/matching/collective-matcher';
import { naiveB2BMatch } from './naive-b2b-matcher';
import { syntheticRegion } from './synthetic-region';

/*
 * `npm run bench:engine`: the matching core on a seeded synthetic region. Figures, not tests:
 * the targets of issue 4 are printed beside them (on a 2-core machine: 100,000 declarations in
 * under 3 s, at 10,000 at least 20 times faster than all-pairs).
 */

const SIZES = [1_000, 10_000, 100_000];
const SEED = 20251128;
/** The naive matcher is skipped at a size its previous run predicts will take longer. */
const NAIVE_BUDGET_MS = 120_000;
/**
 * Each matcher runs this many times per size, and the median is reported: the engine is a
 * long-running process, and a first run also pays for compiling the matcher's code.
 */
const RUNS = 5;

const gc = (globalThis as { gc?: () => void }).gc;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/**
 * The median time of `runs` runs, the first run's time, and the last run's result. Each run
 * starts from a collected heap without the previous result, so the peak memory is one run's.
 */
function medianTimed<T>(runs: number, run: () => T): { result: T; ms: number; firstMs: number } {
  const times: number[] = [];
  let last: { result: T; ms: number } | undefined;
  while (times.length < runs) {
    last = undefined;
    gc?.();
    last = timed(run);
    times.push(last.ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { result: (last as { result: T }).result, ms: percentile(sorted, 0.5), firstMs: times[0] };
}

function main(): void {
  console.log(`Synergy engine matching benchmark (seed ${SEED}, Node ${process.version})`);
  let previousNaive: { size: number; ms: number } | undefined;
  for (const size of SIZES) {
    const declarations = syntheticRegion({ declarationCount: size, seed: SEED });
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const b2b = medianTimed(RUNS, () => ({ synergies: matchB2B(declarations) }));
    const collective = medianTimed(RUNS, () => matchCollective(declarations));
    gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const peakRss = process.resourceUsage().maxRSS * 1024;
    const total = b2b.ms + collective.ms;
    console.log(
      `\n${size.toLocaleString('en')} declarations: matched in ${total.toFixed(0)} ms, median of ` +
        `${RUNS} runs (first run ${(b2b.firstMs + collective.firstMs).toFixed(0)} ms) ` +
        `(B2B ${b2b.ms.toFixed(0)} ms, collective ${collective.ms.toFixed(0)} ms); ` +
        `${b2b.result.synergies.length} B2B and ${collective.result.length} collective synergies; ` +
        `heap held ${megabytes(heapAfter - heapBefore)}, peak RSS so far ${megabytes(peakRss)}` +
        (size === 100_000 ? ` [target < 3000 ms: ${total < 3000 ? 'met' : 'MISSED'}]` : ''),
    );

    const predicted = previousNaive ? previousNaive.ms * (size / previousNaive.size) ** 2 : 0;
    if (predicted > NAIVE_BUDGET_MS) {
      console.log(
        `  all-pairs: skipped (predicted ${(predicted / 1000).toFixed(0)} s > budget ` +
          `${NAIVE_BUDGET_MS / 1000} s); predicted speed-up ×${(predicted / b2b.ms).toFixed(0)}`,
      );
    } else {
      const naive = medianTimed(RUNS, () => naiveB2BMatch(declarations));
      previousNaive = { size, ms: naive.ms };
      const same =
        JSON.stringify(naive.result.map((synergy) => [synergy.key, synergy.score])) ===
        JSON.stringify(b2b.result.synergies.map((synergy) => [synergy.key, synergy.score]));
      const ratio = naive.ms / b2b.ms;
      console.log(
        `  all-pairs B2B: ${naive.ms.toFixed(0)} ms (median of ${RUNS}), speed-up ×${ratio.toFixed(1)}, ` +
          `same synergies: ${same ? 'yes' : 'NO'}` +
          (size === 10_000 ? ` [target ≥ ×20: ${ratio >= 20 ? 'met' : 'MISSED'}]` : ''),
      );
    }
  }
}

main();
