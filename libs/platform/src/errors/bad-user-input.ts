import { ApiError } from './api-error';
import { ERROR_REASONS, ErrorReason, LocalizedText } from './error-reasons';

/**
 * Why a value is refused, in each language; a reason given in English only is told in French
 * by the catalogue's generic words for its reason code, followed by the English detail.
 */
function localizedReason(reason: string | LocalizedText, code: ErrorReason): LocalizedText {
  if (typeof reason !== 'string') return reason;
  return { EN: reason, FR: `${ERROR_REASONS[code].FR} (${reason})` };
}

/** The error a client gets for input it can fix: a code, the offending field and why. */
export class BadUserInputError extends ApiError {
  /** Why the value is refused, in English. */
  readonly reason: string;

  constructor(
    readonly field: string,
    reason: string | LocalizedText,
    code: ErrorReason = 'INVALID_VALUE',
  ) {
    const why = localizedReason(reason, code);
    super({ EN: `${field}: ${why.EN}`, FR: `${field} : ${why.FR}` }, 'BAD_USER_INPUT', code, {
      field,
    });
    this.reason = why.EN;
  }
}
