// Node's words for a connection that could not be made or was cut.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
// PostgreSQL's: class 08 (connection exception), too many connections, and the server shutting
// down or starting up.
const SERVER_STATES = /^(08[0-9A-Z]{3}|53300|57P0[1-3])$/;
// What pg says when the pool cannot connect or a connection ends under a query, and what
// PostgreSQL says of a database closed to connections (under a code, 55000, that says more).
const DRIVER_WORDS =
  /Connection terminated|timeout exceeded when trying to connect|is not currently accepting connections/;

interface MaybeWrapping {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

/**
 * Whether an error, or one it wraps (GraphQL's `originalError`, an `Error`'s `cause`), says the
 * database could not be reached: no fault of the request, which the same call may pass later.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, originalError, cause } = current as MaybeWrapping;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_STATES.test(code))) {
      return true;
    }
    if (typeof message === 'string' && DRIVER_WORDS.test(message)) return true;
    current = originalError ?? cause;
  }
  return false;
}
