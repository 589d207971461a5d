import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { ServiceConfig } from '../config/service-config';
import { withinTime } from '../queues/within-time';

/** Readiness of Redis: a real PING with a timeout, on a client that never queues commands offline. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly config: ServiceConfig,
  ) {
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: config.READINESS_TIMEOUT_MS,
    });
    this.client.on('error', () => undefined);
  }

  async isHealthy(key = 'redis') {
    const session = this.health.check(key);
    try {
      if (this.client.status === 'wait' || this.client.status === 'end') {
        await this.client.connect();
      }
      await withinTime(this.client.ping(), this.config.READINESS_TIMEOUT_MS, 'PING');
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
