import { Global, Module } from '@nestjs/common';
import { QueueConfig } from '../config/service-config';
import { EvictionPolicyCheck } from './eviction-policy.check';
import { QueueHandlerRegistry } from './queue-handlers';
import { QueueWorkerFactory } from './queue-worker.factory';
import { RedisConnection } from './redis-connection';

@Global()
@Module({
  providers: [
    {
      provide: RedisConnection,
      inject: [QueueConfig],
      useFactory: (config: QueueConfig) =>
        new RedisConnection(config.REDIS_URL, config.QUEUE_PREFIX),
    },
    EvictionPolicyCheck,
    QueueHandlerRegistry,
    QueueWorkerFactory,
  ],
  exports: [RedisConnection, QueueHandlerRegistry, QueueWorkerFactory],
})
export class QueuesModule {}
