import { GraphQLFormattedError } from 'graphql';
import { messagesOf } from './api-error';
import { fieldOfCoercionError, recodeBadLiteral } from './coercion-field';
import { ERROR_REASONS, isErrorReason, reasonOfCode } from './error-reasons';
import { graphqlMessage } from './graphql-js-messages';
import { inRequestLanguage } from './message-locale';
import { isDatabaseUnreachable } from './database-unreachable';
import { SERVICE_UNAVAILABLE, ServiceUnavailableError } from './service-unavailable';

const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
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
 * The one error format of every service: client errors and passing ones keep their extensions,
 * with a `reason` from the catalogue (their code's when they have none) and a `field` when a
 * variable's value was refused; a message the API, graphql-js or Apollo wrote is given in the
 * request's language.
 * A database that could not be reached is such a passing error (SERVICE_UNAVAILABLE). Anything
 * else becomes an opaque INTERNAL_SERVER_ERROR, so no stack trace, SQL or driver message reaches
 * a client.
 */
export function formatGraphQLError(
  raw: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const formatted = recodeBadLiteral(raw, error);
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && (isClientErrorCode(code) || PASSING_ERROR_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const messages = messagesOf(error);
    const field = extensions['field'] ?? fieldOfCoercionError(formatted.message);
    return {
      ...formatted,
      message: inRequestLanguage(messages ?? graphqlMessage(formatted.message)),
      extensions: {
        ...extensions,
        reason: isErrorReason(extensions['reason']) ? extensions['reason'] : reasonOfCode(code),
        ...(field === undefined ? {} : { field }),
      },
    };
  }
  if (isDatabaseUnreachable(error)) {
    const unavailable = new ServiceUnavailableError('database', 'it could not be reached');
    const { path, locations } = formatted;
    return formatGraphQLError(
      { message: unavailable.message, path, locations, extensions: unavailable.extensions },
      unavailable,
    );
  }
  return {
    message: inRequestLanguage(ERROR_REASONS.INTERNAL),
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
  };
}
