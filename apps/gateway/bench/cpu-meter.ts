/**
 * The CPU time processes spent while loaded, read from the Prometheus counter every service
 * exposes (`process_cpu_seconds_total` on /metrics): on a machine shared with other work, CPU
 * time per request says what a change saved when requests a second and latencies move with the
 * neighbours' load.
 */

const CPU_SECONDS = /^process_cpu_seconds_total(?:\{[^}]*\})? (\S+)$/m;

async function cpuSecondsOf(url: string): Promise<number> {
  const response = await fetch(`${url}/metrics`);
  const seconds = CPU_SECONDS.exec(await response.text());
  if (!response.ok || !seconds) throw new Error(`${url}/metrics has no process_cpu_seconds_total`);
  return Number(seconds[1]);
}

/** Each process's CPU seconds by name, from its base URL. */
async function cpuSeconds(urls: Record<string, string>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, await cpuSecondsOf(url)] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * Runs `work`, which answers `requests`, and returns the CPU milliseconds per request each
 * process (by name, at its base URL) spent meanwhile: its background work (pollers, health
 * checks) included, which weighs where few requests are answered; NaN where none was.
 */
export async function cpuPerRequest<T extends { requests: number }>(
  urls: Record<string, string>,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const before = await cpuSeconds(urls);
  const result = await work();
  const after = await cpuSeconds(urls);
  const cpuMs = Object.fromEntries(
    Object.keys(urls).map((name) => [
      name,
      result.requests > 0 ? ((after[name] - before[name]) * 1000) / result.requests : Number.NaN,
    ]),
  );
  return { result, cpuMs };
}
