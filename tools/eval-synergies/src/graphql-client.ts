/** A GraphQL client of the gateway over Node's fetch: one operation, one request. */

export type Request = <T>(operation: string, query: string, variables?: object) => Promise<T>;

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** The API answered with errors; keeps them so that a caller can tell one kind from another. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';

  constructor(
    readonly operation: string,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(`${operation} failed: ${errors.map((e) => e.message).join('; ')}`);
  }

  /** The fields of the BAD_USER_INPUT errors, as the API names them (`wasteCode`, `attributes.medium` …). */
  badInputFields(): string[] {
    return this.errors
      .filter((error) => error.extensions?.code === 'BAD_USER_INPUT')
      .map((error) => error.extensions?.field)
      .filter((field): field is string => typeof field === 'string');
  }

  /** The API's own words, without the operation. */
  get reasons(): string {
    return this.errors.map((error) => error.message).join('; ');
  }
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Waits the gateway's rate limit may impose on one request before giving up. */
const RATE_LIMIT_RETRIES = 5;
const MAX_RETRY_AFTER_S = 120;
const TOO_MANY_REQUESTS = 429;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterSeconds(response: Response): number {
  const asked = Number(response.headers.get('retry-after') ?? Number.NaN);
  return Number.isFinite(asked) && asked >= 0 ? Math.min(asked, MAX_RETRY_AFTER_S) : 1;
}

/** The gateway's GraphQL endpoint, as `GATEWAY_URL` gives it (with or without /graphql). */
export function graphqlEndpoint(gatewayUrl: string): string {
  const base = gatewayUrl.replace(/\/+$/, '');
  return base.endsWith('/graphql') ? base : `${base}/graphql`;
}

/** Sends each operation with the bearer token, waiting as long as a 429 asks. */
export function graphqlClient(endpoint: string, token: string): Request {
  const post = async (operation: string, body: string): Promise<Response> => {
    try {
      return await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new Error(`${operation}: cannot reach ${endpoint} (${cause ?? String(error)})`);
    }
  };
  return async <T>(operation: string, query: string, variables: object = {}) => {
    const payload = JSON.stringify({ query, variables });
    let response = await post(operation, payload);
    for (
      let retry = 0;
      response.status === TOO_MANY_REQUESTS && retry < RATE_LIMIT_RETRIES;
      retry++
    ) {
      await response.body?.cancel();
      await delay(retryAfterSeconds(response) * 1000);
      response = await post(operation, payload);
    }
    const body = (await response.json().catch(() => null)) as {
      data?: unknown;
      errors?: GraphQLErrorEntry[];
    } | null;
    if (body?.errors?.length) throw new GraphQLRequestError(operation, body.errors);
    if (!response.ok || !body?.data) {
      throw new Error(`${operation} failed: HTTP ${response.status} without data`);
    }
    return body.data as T;
  };
}
