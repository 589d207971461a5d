import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { messagesOf } from './api-error';
import { isErrorReason, reasonOfCode } from './error-reasons';
import { isClientErrorCode } from './format-error';
import { inRequestLanguage } from './message-locale';
import { SERVICE_UNAVAILABLE } from './service-unavailable';

/** The HTTP status of a client error that a route (an upload, an export) raised as a GraphQLError. */
const HTTP_STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  [SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Answers a resolver's GraphQLError as it is, and a route's client error with its HTTP status and
 * message (a BAD_USER_INPUT is a 400 naming the field). Errors the client caused (bad
 * input, a denied call) are part of normal work and logged at debug level,
 * where Nest would log each at error level with its stack; the audit log
 * keeps every refused mutation anyway.
 */
@Catch(GraphQLError)
export class ClientErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('ClientError');

  override catch(exception: GraphQLError, host: ArgumentsHost): GraphQLError | void {
    const code = exception.extensions['code'];
    const clientError = typeof code === 'string' && isClientErrorCode(code);
    // Another service down: worth a warning, not a stack trace per request.
    const unavailable = code === SERVICE_UNAVAILABLE;
    if (host.getType<GqlContextType>() !== 'graphql') {
      // Anything else a route raised is answered as Nest answers any error it did not expect.
      if (!clientError && !unavailable) return super.catch(exception, host);
      const status = HTTP_STATUS_OF[code] ?? HttpStatus.BAD_REQUEST;
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(status)
        .json({
          statusCode: status,
          error: code,
          ...exception.extensions,
          message: inRequestLanguage(
            messagesOf(exception) ?? { EN: exception.message, FR: exception.message },
          ),
          reason: isErrorReason(exception.extensions['reason'])
            ? exception.extensions['reason']
            : reasonOfCode(code),
        });
      return;
    }
    if (clientError) {
      this.logger.debug(`${code}: ${exception.message}`);
    } else if (unavailable) {
      this.logger.warn(`${code}: ${exception.message}`);
    } else {
      this.logger.error(exception);
    }
    return exception;
  }
}
