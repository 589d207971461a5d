import { attemptsWithin, jittered, retryDelayMs } from './recompute-retry';

const DEFAULTS = { firstMs: 1000, maxMs: 60_000, forMs: 600_000 };

describe('recompute retries', () => {
  it('double the wait from the first up to the longest', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map((failures) => retryDelayMs(DEFAULTS, failures));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    expect(retryDelayMs(DEFAULTS, 10_000)).toBe(60_000);
  });

  it('give a job enough tries to ride out ten minutes, and not many more', () => {
    const attempts = attemptsWithin(DEFAULTS);
    const waits = Array.from({ length: attempts - 1 }, (_, index) =>
      retryDelayMs(DEFAULTS, index + 1),
    );
    const total = waits.reduce((sum, wait) => sum + wait, 0);
    expect(attempts).toBe(16);
    expect(total).toBeGreaterThanOrEqual(600_000);
    expect(total - waits[waits.length - 1]).toBeLessThan(600_000);
  });

  it('try once when asked to retry for no time at all', () => {
    expect(attemptsWithin({ ...DEFAULTS, forMs: 0 })).toBe(1);
  });

  it('shorten a wait by at most a fifth', () => {
    expect(jittered(10_000, () => 0)).toBe(10_000);
    expect(jittered(10_000, () => 0.999999)).toBe(8000);
  });
});
