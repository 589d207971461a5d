/** A GraphQL client of the gateway over Node's fetch, for the tools: one operation, one request. */

export type Request = <T>(operation: string, query: string, variables?: object) => Promise<T>;

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

interface GraphQLBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

/** The API answered with errors; keeps them so that a caller can tell one kind from another. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(`${operation} failed: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'GraphQLRequestError';
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

  /** Whether one of the errors is a BAD_USER_INPUT on that field whose message says so. */
  isBadUserInput(field: string, pattern: RegExp): boolean {
    return this.errors.some(
      (error) =>
        error.extensions?.code === 'BAD_USER_INPUT' &&
        (error.extensions.field === field || error.message.startsWith(`${field}:`)) &&
        pattern.test(error.message),
    );
  }
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Waits the gateway's rate limit may impose on one request before the client gives up. */
const RATE_LIMIT_RETRIES = 5;
/** The longest wait taken from a Retry-After header, in seconds. */
const MAX_RETRY_AFTER_S = 120;
const TOO_MANY_REQUESTS = 429;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The seconds a 429 asks to wait (one when it does not say, at most MAX_RETRY_AFTER_S). */
function retryAfterSeconds(response: Response): number {
  const header = response.headers.get('retry-after');
  const asked = header === null ? Number.NaN : Number(header);
  return Number.isFinite(asked) && asked >= 0 ? Math.min(asked, MAX_RETRY_AFTER_S) : 1;
}

/** The system error code of a failed fetch (ECONNREFUSED …), else its message. */
function reason(error: unknown): string {
  // Duck-typed: a fetch error need not be an instance of this realm's Error (Jest's VM).
  const failure = error as { message?: string; cause?: { code?: string } } | undefined;
  return failure?.cause?.code ?? failure?.message ?? String(error);
}

/** The gateway's GraphQL endpoint, from its URL with or without /graphql. */
export function graphqlEndpoint(gatewayUrl: string): string {
  const base = gatewayUrl.replace(/\/+$/, '');
  return base.endsWith('/graphql') ? base : `${base}/graphql`;
}

/**
 * A client of the gateway that sends each operation with a bearer token and, like any
 * well-behaved client, waits as long as the gateway's rate limit asks (HTTP 429 and
 * Retry-After) and tries again: a tool sends requests faster than a person.
 */
export function graphqlClient(gatewayUrl: string, token: string): Request {
  const endpoint = graphqlEndpoint(gatewayUrl);
  const post = async (operation: string, body: string): Promise<Response> => {
    try {
      return await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`${operation}: cannot reach ${endpoint} (${reason(error)})`);
    }
  };
  return async <T>(operation: string, query: string, variables: object = {}) => {
    const payload = JSON.stringify({ query, variables });
    let response = await post(operation, payload);
    for (
      let retry = 0;
      response.status === TOO_MANY_REQUESTS && retry < RATE_LIMIT_RETRIES;
      retry += 1
    ) {
      await response.body?.cancel();
      await delay(retryAfterSeconds(response) * 1000);
      response = await post(operation, payload);
    }
    const body = (await response.json().catch(() => null)) as GraphQLBody | null;
    if (body?.errors?.length) throw new GraphQLRequestError(operation, body.errors);
    if (!response.ok || !body?.data) {
      throw new Error(`${operation} failed: HTTP ${response.status} without data`);
    }
    return body.data as T;
  };
}

/** A page of a Relay connection. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a paginated list, page after page. */
export async function allPages<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>) {
  const nodes: T[] = [];
  // Undefined, not null, before the first page: the API takes `after: null` for a cursor.
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor ?? undefined;
  }
}
