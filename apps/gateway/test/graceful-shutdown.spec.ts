import { Agent } from 'node:http';
import {
  quickClient,
  refused,
  slowClient,
  steadyTraffic,
  TestServiceProcess,
  withAuthorization,
} from '@symbiose/testing';
import { SUBGRAPHS } from '@symbiose/system';

/**
 * Each built service as its own process, stopped with SIGTERM under steady keep-alive traffic:
 * it must finish what is in flight, send its clients away and exit 0 in time, resetting nothing.
 *
 * The traffic (see keep-alive-traffic in @symbiose/testing): quick clients asking for `/metrics`
 * and a slow one posting a GraphQL query whose body takes a while to arrive, so that a request
 * is in flight whenever the server stops listening.
 *
 * What counts, for each request:
 * - sent before the signal: answered 200;
 * - sent after it: answered 200, or refused, that is failed on a connection opened for it (never
 *   on a kept-alive one) before any answer: ECONNREFUSED once the server has stopped listening,
 *   or ECONNRESET when it stopped listening with that connection not yet accepted or read from.
 * Anything else (a reset on a kept-alive connection, a request cut mid-answer, another status)
 * is a request the shutdown dropped.
 */
jest.setTimeout(240_000);

const SHUTDOWN_TIMEOUT_MS = 10_000;
/** Quick clients sending at once, each one request after the other. */
const QUICK_CLIENTS = 4;
/** Traffic before the signal, long enough for every client to reuse its connection. */
const WARM_UP_MS = 500;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('every service on SIGTERM under keep-alive traffic', () => {
  const services = new Map<string, TestServiceProcess>();
  const env = { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) };

  beforeAll(async () => {
    const directory = await TestServiceProcess.start('directory', 'drain-directory', env);
    services.set('directory', directory);
    const others = SUBGRAPHS.filter(({ name }) => name !== 'directory');
    await Promise.all(
      others.map(async ({ name }) =>
        services.set(
          name,
          await TestServiceProcess.start(name, `drain-${name}`, {
            ...env,
            DIRECTORY_URL: directory.url,
          }),
        ),
      ),
    );
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map(({ name, urlVariable }) => [urlVariable, services.get(name)!.url]),
    );
    services.set(
      'gateway',
      await TestServiceProcess.start('gateway', 'drain-gateway', { ...env, ...subgraphUrls }),
    );
  });

  afterAll(async () => {
    await Promise.all([...services.values()].map((service) => service.remove()));
  });

  // The gateway first, while the subgraphs it composes are still up.
  it.each(['gateway', ...SUBGRAPHS.map(({ name }) => name)])(
    '%s answers or refuses every request, resets none, and exits 0 in time',
    async (name) => {
      const service = services.get(name)!;
      const agent = new Agent({ keepAlive: true });
      const { authorization } = await withAuthorization();
      const clients = [
        ...Array.from({ length: QUICK_CLIENTS }, () => quickClient(service.url, agent)),
        slowClient(service.url, agent, authorization),
      ];
      const exited = service.process.exited;
      const traffic = steadyTraffic(clients, exited);
      await delay(WARM_UP_MS);

      const signalledAt = Date.now();
      service.process.child.kill('SIGTERM');
      const exit = await exited;
      const tookMs = Date.now() - signalledAt;
      const attempts = await traffic.done;
      agent.destroy();

      expect(exit).toEqual({ code: 0, signal: null });
      expect(tookMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);

      const before = attempts.filter((outcome) => outcome.startedAt < signalledAt);
      const after = attempts.filter((outcome) => outcome.startedAt >= signalledAt);
      // The traffic did keep its connections alive.
      expect(before.filter((outcome) => outcome.reusedSocket).length).toBeGreaterThan(
        clients.length,
      );
      expect(before.filter((outcome) => outcome.status !== 200)).toEqual([]);
      expect(after.filter((outcome) => outcome.status !== 200 && !refused(outcome))).toEqual([]);
      // While stopping it told its clients to go: answers went out with `Connection: close`.
      expect(after.some((outcome) => outcome.status === 200 && outcome.connectionClose)).toBe(true);
    },
  );
});
