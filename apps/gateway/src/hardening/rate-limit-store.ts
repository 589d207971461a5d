import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisReply, RedisStore } from 'rate-limit-redis';
import { GatewayConfig } from '../gateway.config';

/**
 * The counts of requests in Redis, so that every gateway replica counts against the same limit.
 * The store loads its Lua script once, at start: when Redis was away then (or has lost its
 * scripts since), the next count loads it again instead of failing for good.
 */
class ReloadingRedisStore extends RedisStore {
  override async increment(key: string) {
    try {
      return await super.increment(key);
    } catch (error) {
      const reloaded = this.loadIncrementScript();
      // Awaited by the next count; a failure here is that count's, not an unhandled one.
      reloaded.catch(() => undefined);
      this.incrementScriptSha = reloaded;
      throw error;
    }
  }
}

/**
 * The rate limit's shared store and its connection, which never queues a command while Redis is
 * away: the limiter then lets requests through (`passOnStoreError`) rather than holding them.
 */
@Injectable()
export class RateLimitStore implements OnApplicationShutdown {
  private readonly client: Redis;
  readonly store: RedisStore;

  constructor(config: GatewayConfig) {
    this.client = new Redis(config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    // Each refused count is logged by the limiter; the connection's own errors would repeat them.
    this.client.on('error', () => undefined);
    this.store = new ReloadingRedisStore({
      prefix: `${config.QUEUE_PREFIX}:rate-limit:`,
      sendCommand: (command: string, ...args: string[]) =>
        this.client.call(command, ...args) as Promise<RedisReply>,
    });
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
