import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { loggedRequestId } from '@symbiose/platform';

interface RequestScope {
  requestId?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Keeps the request id for the length of the request. Apollo Server formats some errors (a
 * refused CSRF, a bad operation name) without any request context; the error format reads
 * the id from here, so that every error carries it.
 */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    scope.run({ requestId: loggedRequestId(request) }, next);
  }
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
