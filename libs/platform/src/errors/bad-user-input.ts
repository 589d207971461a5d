import { GraphQLError } from 'graphql';

/** The error a client gets for input it can fix: a code, the offending field and why. */
export class BadUserInputError extends GraphQLError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  }
}
