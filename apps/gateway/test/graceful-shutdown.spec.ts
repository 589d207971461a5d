import { Agent, ClientRequest, request, RequestOptions } from 'node:http';
import { TestServiceProcess, withAuthorization } from '@symbiose/testing';
import { SUBGRAPHS } from '../../../tools/system';

/**
 * Each built service as its own process, stopped with SIGTERM under steady keep-alive traffic:
 * it must finish what is in flight, send its clients away and exit 0 in time, resetting nothing.
 *
 * The traffic, through one keep-alive agent: quick clients, each asking for `/metrics` (public,
 * outside the gateway's rate limit, and 200 throughout a shutdown) one request after the other,
 * and a slow one posting a GraphQL query whose body takes UPLOAD_MS to arrive, so that a request
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
/** How long the slow client takes to send the second half of its request's body. */
const UPLOAD_MS = 150;
/** Traffic before the signal, long enough for every client to reuse its connection. */
const WARM_UP_MS = 500;
/** A refused client waits this long before it tries again, rather than spin. */
const RETRY_AFTER_REFUSAL_MS = 20;
const REFUSALS = ['ECONNREFUSED', 'ECONNRESET'];
const TYPENAME_QUERY = JSON.stringify({ query: '{ __typename }' });

interface Attempt {
  startedAt: number;
  /** Sent on a connection an earlier request had used. */
  reusedSocket: boolean;
  status?: number;
  /** The answer asked the client to close the connection. */
  connectionClose?: boolean;
  error?: string;
}

type Client = () => Promise<Attempt>;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends one request, `send` writing its body, and tells how it went. */
function attempt(
  url: string,
  options: RequestOptions,
  send: (call: ClientRequest) => void,
): Promise<Attempt> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const call = request(url, options, (response) => {
      response.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ startedAt, reusedSocket: call.reusedSocket, error: `mid-answer ${error.code}` }),
      );
      response.on('end', () =>
        resolve({
          startedAt,
          reusedSocket: call.reusedSocket,
          status: response.statusCode,
          connectionClose: response.headers.connection === 'close',
        }),
      );
      response.resume();
    });
    call.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ startedAt, reusedSocket: call.reusedSocket, error: error.code ?? error.message }),
    );
    send(call);
  });
}

function quickClient(baseUrl: string, agent: Agent): Client {
  return () => attempt(`${baseUrl}/metrics`, { agent }, (call) => call.end());
}

function slowClient(baseUrl: string, agent: Agent, authorization: string): Client {
  const half = TYPENAME_QUERY.length / 2;
  const headers = {
    authorization,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(TYPENAME_QUERY),
  };
  return () =>
    attempt(`${baseUrl}/graphql`, { agent, method: 'POST', headers }, (call) => {
      call.write(TYPENAME_QUERY.slice(0, half));
      setTimeout(() => call.destroyed || call.end(TYPENAME_QUERY.slice(half)), UPLOAD_MS);
    });
}

/** Each client sending one request after the other until `until` settles. */
async function steadyTraffic(clients: Client[], until: Promise<unknown>): Promise<Attempt[]> {
  let done = false;
  void until.then(() => (done = true));
  const attempts: Attempt[] = [];
  await Promise.all(
    clients.map(async (client) => {
      while (!done) {
        const outcome = await client();
        attempts.push(outcome);
        if (outcome.error) await delay(RETRY_AFTER_REFUSAL_MS);
      }
    }),
  );
  return attempts;
}

function refused(outcome: Attempt): boolean {
  return !outcome.reusedSocket && outcome.error !== undefined && REFUSALS.includes(outcome.error);
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
      const attempts = await traffic;
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
