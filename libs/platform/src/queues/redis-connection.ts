import { ConnectionOptions, QueueOptions, WorkerOptions } from 'bullmq';

/**
 * The longest a producer on a request path should wait for Redis (see
 * `withinTime`): a producer's connection rejects commands at once while Redis
 * is away, but its first command waits for a connection that was never made.
 */
export const PRODUCER_TIMEOUT_MS = 1000;

/**
 * Redis settings for BullMQ, from one URL and a key prefix. Workers wait for
 * Redis forever (BullMQ requires `maxRetriesPerRequest: null`); producers fail
 * fast instead of queueing commands in memory, since the outbox keeps what was
 * not published.
 */
export class RedisConnection {
  constructor(
    readonly url: string,
    readonly prefix: string,
  ) {}

  private connection(overrides: Record<string, unknown>): ConnectionOptions {
    const url = new URL(this.url);
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      ...overrides,
    };
  }

  producerOptions(): QueueOptions {
    return {
      prefix: this.prefix,
      connection: this.connection({ enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
    };
  }

  workerOptions(concurrency: number): WorkerOptions {
    return {
      prefix: this.prefix,
      concurrency,
      connection: this.connection({ maxRetriesPerRequest: null }),
    };
  }
}
