import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { BaseConfig } from '../config/service-config';
import { requestIdOf } from './request-id';

const QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

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
        },
      }),
    }),
  ],
})
export class LoggingModule {}
