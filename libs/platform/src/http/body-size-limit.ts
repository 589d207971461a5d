import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorRequestHandler } from 'express';
import { requestIdOf } from '../logging/request-id';
import { sendRefusal } from './http-refusal';

export const REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE';

interface BodyParserError {
  type?: unknown;
  length?: unknown;
}

function isTooLarge(error: unknown): error is BodyParserError {
  return (error as BodyParserError | undefined)?.type === 'entity.too.large';
}

/** Answers the parsers' "entity too large" with a 413 that says what the limit is. */
function refuseOversizedBody(limitBytes: number): ErrorRequestHandler {
  return (error, request, response, next) => {
    if (!isTooLarge(error)) return next(error);
    const size = typeof error.length === 'number' ? ` (got ${error.length})` : '';
    // The parsers run before the logging middleware, so the request has no id yet.
    sendRefusal(response, 413, {
      code: REQUEST_TOO_LARGE,
      message: `Request body too large: at most ${limitBytes} bytes${size}`,
      requestId: requestIdOf(request, response),
    });
  };
}

/**
 * Parses JSON and form bodies up to `limitBytes` and refuses larger ones with HTTP 413 before
 * reading them, when they declare their length.
 */
export function limitRequestBodySize(app: INestApplication, limitBytes: number): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: limitBytes });
  express.useBodyParser('urlencoded', { limit: limitBytes, extended: true });
  express.use(refuseOversizedBody(limitBytes));
}
