import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loggedRequestId, RequestAuthenticator, sendRefusal } from '@symbiose/platform';
import { GatewayConfig } from '../gateway.config';
import { clientIdentityOf } from './client-identity';
import { RateLimitStore } from './rate-limit-store';

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * Counts each client's requests per window, in Redis, so that the limit holds across gateway
 * replicas, and refuses those over the limit with HTTP 429 and Retry-After. While Redis is away
 * requests go through uncounted: the API stays up, with the error logged.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly limiter: RequestHandler;
  private readonly logger = new Logger('RateLimit');
  private readonly log = (error: unknown, message?: string): void =>
    this.logger.warn(`${message ?? ''} ${String(error)}`.trim());

  constructor(config: GatewayConfig, authenticator: RequestAuthenticator, counts: RateLimitStore) {
    const limit = config.RATE_LIMIT_MAX;
    const windowSeconds = Math.ceil(config.RATE_LIMIT_WINDOW_MS / 1000);
    this.limiter = rateLimit({
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      limit,
      keyGenerator: (request) => clientIdentityOf(request, authenticator),
      store: counts.store,
      passOnStoreError: true,
      logger: { error: this.log, warn: this.log },
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (request, response, _next, options) => {
        const retryAfter = response.getHeader('Retry-After');
        sendRefusal(response, options.statusCode, {
          code: RATE_LIMITED,
          message:
            `Too many requests: at most ${limit} per ${windowSeconds} s for each client; ` +
            `retry after ${retryAfter} s`,
          requestId: loggedRequestId(request),
        });
      },
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    void this.limiter(request, response, next);
  }
}
