import { GraphQLError } from 'graphql';

/** A GraphQL request without an acceptable token: HTTP 401, and why. */
export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** A call the caller's roles do not allow. */
export function forbidden(what: string): GraphQLError {
  return new GraphQLError(`Forbidden: ${what}`, { extensions: { code: 'FORBIDDEN' } });
}
