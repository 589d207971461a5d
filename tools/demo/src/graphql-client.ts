/** A minimal GraphQL client over Node's fetch, for the loaders: one operation, one request. */

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

/** The system error code of a failed fetch (ECONNREFUSED …), else its message. */
function reason(error: unknown): string {
  // Duck-typed: a fetch error need not be an instance of this realm's Error (Jest's VM).
  const failure = error as { message?: string; cause?: { code?: string } } | undefined;
  return failure?.cause?.code ?? failure?.message ?? String(error);
}

/** A client of the gateway that sends each operation with a bearer token. */
export function graphqlClient(gatewayUrl: string, token: string): Request {
  const endpoint = `${gatewayUrl.replace(/\/+$/, '')}/graphql`;
  return async <T>(operation: string, query: string, variables: object = {}) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`${operation}: cannot reach ${endpoint} (${reason(error)})`);
    }
    const body = (await response.json().catch(() => null)) as GraphQLBody | null;
    if (body?.errors?.length) throw new GraphQLRequestError(operation, body.errors);
    if (!response.ok || !body?.data) {
      throw new Error(`${operation} failed: HTTP ${response.status} without data`);
    }
    return body.data as T;
  };
}
