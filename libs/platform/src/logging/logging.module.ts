import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { PICTURE_SIGNATURE_PARAMETER } from '@symbiose/tokens';
import { BaseConfig } from '../config/service-config';
import { requestIdOf } from './request-id';

const QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

const REDACTED = '[Redacted]';

/** A URL with its picture signature, a credential like a bearer token, masked. */
export function withoutSignature(url: string): string {
  const parameter = new RegExp(`([?&]${PICTURE_SIGNATURE_PARAMETER}=)[^&#]*`, 'g');
  return url.replace(parameter, `$1${REDACTED}`);
}

interface SerializedRequest {
  url?: string;
  query?: Record<string, unknown>;
}

/** The logged request, without the credentials its URL may carry. */
function redactedRequest(req: SerializedRequest): SerializedRequest {
  if (req.url) req.url = withoutSignature(req.url);
  if (req.query && PICTURE_SIGNATURE_PARAMETER in req.query) {
    req.query = { ...req.query, [PICTURE_SIGNATURE_PARAMETER]: REDACTED };
  }
  return req;
}

/** JSON logs (pino), each request's lines carrying its request id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [BaseConfig],
      useFactory: (config: BaseConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: requestIdOf,
          autoLogging: { ignore: (req) => QUIET_PATHS.includes(req.url ?? '') },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          serializers: { req: redactedRequest },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
