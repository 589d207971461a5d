import { ApiError } from '../errors/api-error';
import { ERROR_REASONS, LocalizedText } from '../errors/error-reasons';

/** A GraphQL request without an acceptable token: HTTP 401, and why (in English). */
export function unauthenticated(reason: string): ApiError {
  return new ApiError(
    {
      EN: `Unauthenticated: ${reason}`,
      FR: `Non authentifié : ${ERROR_REASONS.UNAUTHENTICATED.FR} (${reason})`,
    },
    'UNAUTHENTICATED',
    'UNAUTHENTICATED',
    { http: { status: 401 } },
  );
}

/**
 * A call the caller's roles never allow, whatever it names; what is refused for what it names
 * (unknown, or out of reach) is a NotFoundError.
 */
export function forbidden(what: string | LocalizedText): ApiError {
  const why =
    typeof what === 'string'
      ? { EN: what, FR: `${ERROR_REASONS.ROLE_FORBIDDEN.FR} (${what})` }
      : what;
  return new ApiError(
    { EN: `Forbidden: ${why.EN}`, FR: `Interdit : ${why.FR}` },
    'FORBIDDEN',
    'ROLE_FORBIDDEN',
  );
}
