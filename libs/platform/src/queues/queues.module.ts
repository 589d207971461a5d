import { Global, Module } from '@nestjs/common';
import { ServiceConfig } from '../config/service-config';
import { RedisConnection } from './redis-connection';

@Global()
@Module({
  providers: [
    {
      provide: RedisConnection,
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) =>
        new RedisConnection(config.REDIS_URL, config.QUEUE_PREFIX),
    },
  ],
  exports: [RedisConnection],
})
export class QueuesModule {}
