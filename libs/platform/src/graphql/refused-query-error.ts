import { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';

/** The code of a query refused for its shape: too deep, too costly, too long, too many aliases. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * A query refused before it runs. Apollo Server reports every validation error as
 * GRAPHQL_VALIDATION_FAILED; `recodeRefusedQuery` gives this one its own code back.
 */
export class RefusedQueryError extends GraphQLError {
  constructor(
    message: string,
    readonly code: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'RefusedQueryError';
  }
}

/** The code a refused query's error should carry, when `error` is (or wraps) one. */
export function refusalCodeOf(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return original instanceof RefusedQueryError ? original.code : undefined;
}

// graphql-js's words (and spelling) when `parse` stops at its `maxTokens`.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more that (\d+) tokens\./;
// Apollo Server's words, with no code, for an automatic persisted query whose hash is not its text.
const HASH_MISMATCH = 'provided sha does not match query';

/**
 * A refused query's error as clients read every refusal: a refusal by a validation rule with its
 * own code, the parser's stop at the token limit as QUERY_TOO_COMPLEX naming the limit (the
 * parser reports it as a syntax error, which the document may well be free of), and a persisted
 * query's hash that is not its text's as BAD_REQUEST (Apollo Server gives it no code).
 */
export function recodeRefusedQuery(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = refusalCodeOf(error);
  if (code) return { ...formatted, extensions: { ...formatted.extensions, code } };
  if (formatted.message === HASH_MISMATCH) {
    return {
      message: 'persistedQuery: its sha256Hash is not the hash of the query sent',
      extensions: { code: 'BAD_REQUEST', field: 'persistedQuery' },
    };
  }
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (!tokens) return formatted;
  const maximum = Number(tokens[1]);
  return {
    message: `Query token limit of ${maximum} exceeded.`,
    extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', maximum },
  };
}

// GraphQL Armor prefixes its messages with "Syntax Error: ", which they are not.
const ARMOR_PREFIX = /^Syntax Error:\s*/;

/**
 * A GraphQL Armor rejection handler that reports the rejection as a QUERY_TOO_COMPLEX error
 * naming the limit, its maximum and the value found (Armor's message says both), instead of
 * letting Armor throw out of validation.
 */
export function reportAsTooComplex(limit: string, maximum: number) {
  return (context: ValidationContext | null, rejection: GraphQLError): void => {
    const refusal = new RefusedQueryError(
      rejection.message.replace(ARMOR_PREFIX, ''),
      QUERY_TOO_COMPLEX,
      { limit, maximum },
    );
    // Armor passes no context only when run as an Envelop plugin, which no service is.
    if (!context) throw refusal;
    context.reportError(refusal);
  };
}
