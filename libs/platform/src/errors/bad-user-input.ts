import { GraphQLError } from 'graphql';

/** The error a client gets for input it can fix: a code, the offending field and why. */
export class BadUserInputError extends GraphQLError {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} not found`, {
      extensions: { code: 'NOT_FOUND', entity, id },
    });
  }
}
