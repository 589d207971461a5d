import { GraphQLError } from 'graphql';
import { LocalizedText } from '../errors/error-reasons';

// A refused variable's error takes these from this one: the client's error, not the server's.
const REFUSED = { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' };

/**
 * Refuses a variable's value of a scalar with why (`refusal`, whose English graphql-js puts at
 * the end of its own message, and the error format words in French when asked).
 */
export function refuseScalarValue(refusal: LocalizedText): never {
  throw new GraphQLError(refusal.EN, { extensions: REFUSED });
}

/**
 * Refuses a literal of a scalar: a plain error, which validation words as for any literal of the
 * wrong type (see recodeBadLiteral in the error format).
 */
export function refuseScalarLiteral(refusal: LocalizedText): never {
  throw new TypeError(refusal.EN);
}
