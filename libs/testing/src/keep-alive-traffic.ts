import { Agent, ClientRequest, request, RequestOptions } from 'node:http';

/**
 * Steady keep-alive traffic to a server that is being stopped, and how each request went: what
 * the tests of a graceful shutdown judge. Quick clients ask for `/metrics` (public, outside the
 * gateway's rate limit, and 200 throughout a shutdown) one request after the other; a slow one
 * posts a GraphQL query whose body takes UPLOAD_MS to arrive, so that a request is in flight
 * whenever the server stops listening.
 */

/** How long the slow client takes to send the second half of its request's body. */
const UPLOAD_MS = 150;
/** A refused client waits this long before it tries again, rather than spin. */
const RETRY_AFTER_REFUSAL_MS = 20;
const REFUSALS = ['ECONNREFUSED', 'ECONNRESET'];
const TYPENAME_QUERY = JSON.stringify({ query: '{ __typename }' });

export interface Attempt {
  startedAt: number;
  /** Sent on a connection an earlier request had used. */
  reusedSocket: boolean;
  status?: number;
  /** The answer asked the client to close the connection. */
  connectionClose?: boolean;
  error?: string;
}

export type TrafficClient = () => Promise<Attempt>;

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

/** A client asking for `/metrics`, one request after the other. */
export function quickClient(baseUrl: string, agent: Agent): TrafficClient {
  return () => attempt(`${baseUrl}/metrics`, { agent }, (call) => call.end());
}

/** A client posting `{ __typename }`, the second half of its body UPLOAD_MS after the first. */
export function slowClient(baseUrl: string, agent: Agent, authorization: string): TrafficClient {
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

export interface Traffic {
  /** Every request so far, as each one ends. */
  attempts: Attempt[];
  /** Settles with every request once `until` has settled and the last ones have ended. */
  done: Promise<Attempt[]>;
}

/** Each client sending one request after the other until `until` settles. */
export function steadyTraffic(clients: TrafficClient[], until: Promise<unknown>): Traffic {
  let stopped = false;
  void until.then(() => (stopped = true));
  const attempts: Attempt[] = [];
  const done = Promise.all(
    clients.map(async (client) => {
      while (!stopped) {
        const outcome = await client();
        attempts.push(outcome);
        if (outcome.error) await delay(RETRY_AFTER_REFUSAL_MS);
      }
    }),
  ).then(() => attempts);
  return { attempts, done };
}

/**
 * Whether a request was refused, that is failed on a connection opened for it (never on a
 * kept-alive one) before any answer: ECONNREFUSED once the server has stopped listening, or
 * ECONNRESET when it stopped listening with that connection not yet accepted or read from.
 */
export function refused(outcome: Attempt): boolean {
  return !outcome.reusedSocket && outcome.error !== undefined && REFUSALS.includes(outcome.error);
}
