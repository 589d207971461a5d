import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import Redis from 'ioredis';
import { QueueConfig } from '../config/service-config';

/** What BullMQ needs: with any other policy, Redis may evict a job's keys under memory pressure. */
const REQUIRED_POLICY = 'noeviction';

/**
 * Warns at start when Redis may evict keys. A managed Redis that refuses
 * CONFIG GET is not checked (and said so at debug level): its policy is set
 * in the provider's console.
 */
@Injectable()
export class EvictionPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Redis');

  constructor(private readonly config: QueueConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const policy = await this.readPolicy();
    if (policy !== undefined && policy !== REQUIRED_POLICY) {
      this.logger.warn(
        `maxmemory-policy is ${policy}; BullMQ needs ${REQUIRED_POLICY}, or Redis may evict jobs ` +
          `(set it in redis.conf or with CONFIG SET maxmemory-policy ${REQUIRED_POLICY})`,
      );
    }
  }

  private async readPolicy(): Promise<string | undefined> {
    const client = new Redis(this.config.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: this.config.READINESS_TIMEOUT_MS,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const reply = (await client.config('GET', 'maxmemory-policy')) as string[];
      return reply[1];
    } catch (error) {
      this.logger.debug(`maxmemory-policy not checked: ${String(error)}`);
      return undefined;
    } finally {
      client.disconnect();
    }
  }
}
