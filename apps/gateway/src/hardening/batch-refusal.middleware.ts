import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { loggedRequestId, sendRefusal } from '@symbiose/platform';

export const BATCHING_NOT_SUPPORTED = 'BATCHING_NOT_SUPPORTED';

/**
 * Refuses a body holding a list of operations: one HTTP request would otherwise carry any
 * number of operations past the per-request limits. Apollo Server refuses batches too (its
 * `allowBatchedHttpRequests` stays off); this says why, and how many were sent.
 */
@Injectable()
export class BatchRefusalMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const body: unknown = request.body;
    if (!Array.isArray(body)) return next();
    sendRefusal(response, 400, {
      code: BATCHING_NOT_SUPPORTED,
      message: `Batched operations are not accepted: send one operation per request (got ${body.length})`,
      requestId: loggedRequestId(request),
    });
  }
}
