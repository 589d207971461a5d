import autocannon from 'autocannon';

/** One GraphQL operation posted again and again to one endpoint. */
export interface LoadTarget {
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface LoadFigures {
  /** Requests answered, whatever the answer. */
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Connection errors other than timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers that carried GraphQL errors, whatever their status. */
  graphqlErrors: number;
  /** The distinct messages of those errors, at most a few. */
  errorMessages: string[];
}

const KEPT_ERROR_MESSAGES = 3;

/** The messages of an answer's GraphQL errors (none for an answer that is no JSON). */
function errorMessagesOf(body: string): string[] {
  try {
    const { errors } = JSON.parse(body) as { errors?: { message?: unknown }[] };
    return (errors ?? []).map((error) => String(error.message));
  } catch {
    return [body.slice(0, 200)];
  }
}

const TIMEOUT_SECONDS = 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function requestOf(target: LoadTarget) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ query: target.query, variables: target.variables }),
  };
}

/** Posts the operation once and returns its data, refusing an answer with errors. */
export async function answerOf(target: LoadTarget): Promise<Record<string, unknown>> {
  const response = await fetch(`${target.url}/graphql`, requestOf(target));
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}

/**
 * `connections` clients, each sending the operation again as soon as it is answered, for
 * `seconds`; latencies are every answer's, counted by autocannon as it received it.
 */
export async function load(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  const errorMessages = new Set<string>();
  const keepErrors = (body: Buffer) => {
    const text = body.toString();
    if (errorMessages.size >= KEPT_ERROR_MESSAGES || !text.includes('"errors"')) return;
    for (const message of errorMessagesOf(text)) errorMessages.add(message);
  };
  const run = autocannon({
    url: `${target.url}/graphql`,
    ...requestOf(target),
    connections,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    // A GraphQL error may come with a 200: it is counted apart, as a mismatch.
    verifyBody: (body) => body !== undefined && !body.includes('"errors"'),
    setupClient: (client) => {
      client.on('response', (_status, _bytes, responseTime) => latencies.push(responseTime));
      client.on('body', keepErrors);
    },
  });
  const result = await run;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    // autocannon counts timeouts among its errors.
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    errorMessages: [...errorMessages].slice(0, KEPT_ERROR_MESSAGES),
  };
}
