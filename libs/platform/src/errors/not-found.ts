import { ApiError } from './api-error';
import { ERROR_REASONS } from './error-reasons';

/**
 * A call naming, in `field`, something that does not exist or that is out of the caller's reach:
 * the two read alike, so that no one learns what exists beyond their reach.
 */
export class NotFoundError extends ApiError {
  constructor(
    readonly field?: string,
    id?: unknown,
  ) {
    const named = typeof id === 'string' ? ` ${id}` : '';
    super(
      {
        EN: `${field ?? 'the call'}${named} ${ERROR_REASONS.UNKNOWN_ID.EN}`,
        FR: `${field ?? 'l’appel'}${named} ${ERROR_REASONS.UNKNOWN_ID.FR}`,
      },
      'NOT_FOUND',
      'UNKNOWN_ID',
      field === undefined ? {} : { field },
    );
  }
}
