import { GraphQLFormattedError } from 'graphql';
import { SERVICE_UNAVAILABLE } from './service-unavailable';

const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // A query refused for its shape: too deep, too costly, too long, too many aliases.
  'QUERY_TOO_COMPLEX',
]);

/** Whether an error code says the client caused the error. */
export function isClientErrorCode(code: string): boolean {
  return CLIENT_ERROR_CODES.has(code);
}

/**
 * Errors that are not the client's but that it must recognise, since trying again later
 * helps: a service a call needs did not answer. Their messages name no host, SQL or stack.
 */
const PASSING_ERROR_CODES = new Set([SERVICE_UNAVAILABLE]);

/**
 * The one error format of every service: client errors and passing ones keep their message and
 * extensions; anything else becomes an opaque INTERNAL_SERVER_ERROR, so no
 * stack trace, SQL or driver message reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && (isClientErrorCode(code) || PASSING_ERROR_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
