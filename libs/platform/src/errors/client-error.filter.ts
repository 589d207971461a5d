import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { isClientErrorCode } from './format-error';

/**
 * Answers a resolver's GraphQLError as it is. Errors the client caused (bad
 * input, a denied call) are part of normal work and logged at debug level,
 * where Nest would log each at error level with its stack; the audit log
 * keeps every refused mutation anyway.
 */
@Catch(GraphQLError)
export class ClientErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('ClientError');

  override catch(exception: GraphQLError, host: ArgumentsHost): GraphQLError | void {
    // An HTTP route (a chart) answers as Nest answers any error it did not expect.
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const code = exception.extensions['code'];
    if (typeof code === 'string' && isClientErrorCode(code)) {
      this.logger.debug(`${code}: ${exception.message}`);
    } else {
      this.logger.error(exception);
    }
    return exception;
  }
}
