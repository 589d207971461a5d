/**
 * The CPU time processes spent while loaded, read from the Prometheus counter every service
 * exposes (`process_cpu_seconds_total` on /metrics): on a machine shared with other work, CPU
 * time per request moves less with the neighbours' load than requests a second and latencies do,
 * and says better what a change saved (it still grows when the cores are busy: compare runs made
 * one after the other).
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

/** How long each process's background work (pollers, health checks) is measured, unloaded. */
const IDLE_MS = 5000;

/** Each process's CPU milliseconds a second of background work, by its base URL. */
export type BackgroundRates = Record<string, number>;

/**
 * Each process's (by base URL) CPU milliseconds a second while no request is sent: to be
 * measured before any load, as a run's requests still in flight when it ends are served in the
 * seconds after it.
 */
export async function backgroundRates(urls: string[]): Promise<BackgroundRates> {
  const byUrl = Object.fromEntries(urls.map((url) => [url, url]));
  const before = await cpuSeconds(byUrl);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const after = await cpuSeconds(byUrl);
  const seconds = (performance.now() - started) / 1000;
  return Object.fromEntries(
    urls.map((url) => [url, ((after[url] - before[url]) * 1000) / seconds]),
  );
}

/**
 * Runs `work`, which answers `requests`, and returns the CPU milliseconds per request each
 * process (by name, at its base URL) spent meanwhile, less its `background` work, which would
 * otherwise weigh more where fewer requests are answered; NaN where none was.
 */
export async function cpuPerRequest<T extends { requests: number }>(
  urls: Record<string, string>,
  background: BackgroundRates,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const before = await cpuSeconds(urls);
  const started = performance.now();
  const result = await work();
  const after = await cpuSeconds(urls);
  const elapsedSeconds = (performance.now() - started) / 1000;
  const cpuMs = Object.fromEntries(
    Object.keys(urls).map((name) => {
      const backgroundMs = background[urls[name]] * elapsedSeconds;
      const loadedMs = (after[name] - before[name]) * 1000 - backgroundMs;
      return [name, result.requests > 0 ? loadedMs / result.requests : Number.NaN];
    }),
  );
  return { result, cpuMs };
}
