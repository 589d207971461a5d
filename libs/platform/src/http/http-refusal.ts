import { Response } from 'express';
import { reasonOfCode } from '../errors/error-reasons';

/**
 * Answers a request refused before GraphQL saw it (too large, too frequent, batched) in the
 * shape of a GraphQL error, so that clients read every refusal the same way.
 */
export function sendRefusal(
  response: Response,
  status: number,
  refusal: { code: string; message: string; requestId?: string },
): void {
  const { code, message, requestId } = refusal;
  response
    .status(status)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [{ message, extensions: { code, reason: reasonOfCode(code), requestId } }],
      }),
    );
}

/** The request id the logging middleware gave the request, when it ran. */
export function loggedRequestId(request: { id?: unknown }): string | undefined {
  return typeof request.id === 'string' ? request.id : undefined;
}
