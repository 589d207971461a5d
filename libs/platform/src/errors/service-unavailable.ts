import { ApiError } from './api-error';

/** The code of an error that is no one's fault and passes: the same call may succeed later. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/**
 * A call that could not be judged because a service it needs did not answer (the directory,
 * asked for what a replica lacks): the client is told so, and to try again, rather than refused.
 */
export class ServiceUnavailableError extends ApiError {
  constructor(
    readonly service: string,
    reason: string,
  ) {
    super(
      {
        EN: `${service} is unavailable (${reason}); try again shortly`,
        FR: `${service} est indisponible (${reason}) ; réessayez dans un instant`,
      },
      SERVICE_UNAVAILABLE,
      'UNAVAILABLE',
      { service, retryable: true },
    );
  }
}
