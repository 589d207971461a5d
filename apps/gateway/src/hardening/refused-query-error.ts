import { GraphQLError, ValidationContext } from 'graphql';

/** The code of a query refused for its shape: too deep, too costly, too many aliases. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * A query the gateway refuses before planning it. Apollo Server reports every validation error
 * as GRAPHQL_VALIDATION_FAILED; the gateway's error format gives this one its own code back.
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
    // Armor passes no context only when run as an Envelop plugin, which the gateway is not.
    if (!context) throw refusal;
    context.reportError(refusal);
  };
}
