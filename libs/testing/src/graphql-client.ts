import request from 'supertest';
import { testToken } from './test-tokens';

// Test code reads responses by path and lets the assertions check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyData = Record<string, any>;

export interface GraphQLResponse<T = AnyData> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  headers: Record<string, string>;
}

/**
 * Posts one GraphQL operation to a server (a URL or an http.Server) and returns its body and
 * headers. It goes as ADMIN unless the headers carry an Authorization of their own
 * (`WITHOUT_TOKEN` for none).
 */
export async function postGraphQL<T = AnyData>(
  server: Parameters<typeof request>[0],
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await request(server)
    .post('/graphql')
    .set(await withAuthorization(headers))
    .send({ query, variables });
  if (response.status >= 500 && !response.body?.errors) {
    throw new Error(`GraphQL request failed with HTTP ${response.status}: ${response.text}`);
  }
  refuseUncataloguedErrors(response.body?.errors);
  return { ...response.body, headers: response.headers };
}

/** Whether an error's `extensions.reason` is one of the API's; any, until a setup says which. */
let isCataloguedReason: (reason: unknown) => boolean = () => true;

/**
 * Makes every response `postGraphQL` reads fail the test when one of its errors carries no
 * reason of the catalogue (see tools/jest/error-reasons.setup.js, which every suite runs).
 */
export function refuseErrorsOutside(catalogue: (reason: unknown) => boolean): void {
  isCataloguedReason = catalogue;
}

/** Fails the test that met an error without an `extensions.reason` of the catalogue. */
function refuseUncataloguedErrors(errors: GraphQLResponse['errors']): void {
  const uncatalogued = (errors ?? []).find(
    (error) => !isCataloguedReason(error.extensions?.['reason']),
  );
  if (uncatalogued) {
    throw new Error(`an error without a catalogued reason: ${JSON.stringify(uncatalogued)}`);
  }
}

/** The headers with the ADMIN's token when they name none, without Authorization when it is empty. */
export async function withAuthorization(
  headers: Record<string, string> = {},
): Promise<Record<string, string>> {
  const { authorization = `Bearer ${await testToken('ADMIN')}`, ...others } = headers;
  return authorization ? { ...others, authorization } : others;
}
