import { createConnection, createServer, Server, Socket } from 'node:net';
import { Queue } from 'bullmq';
import Redis, { RedisOptions } from 'ioredis';
import { deleteQueueKeys, TEST_REDIS_URL, uniqueQueuePrefix } from '@symbiose/testing';
import { PRODUCER_TIMEOUT_MS, RedisConnection } from '../src/queues/redis-connection';
import { withinTime } from '../src/queues/within-time';

/** Some slack over the timeout for a busy machine, well under the seconds a retry would take. */
const SLACK_MS = 500;

/** A TCP relay to the test Redis that the test can cut and restore, as a network failure would. */
class CuttableRedis {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  isCut = true;

  get url(): string {
    const url = new URL(TEST_REDIS_URL);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  async restore(): Promise<void> {
    const target = new URL(TEST_REDIS_URL);
    this.server = createServer((client) => {
      const upstream = createConnection(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    this.isCut = false;
  }

  async cut(): Promise<void> {
    this.isCut = true;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('a producer on a request path, when Redis goes away', () => {
  const prefix = uniqueQueuePrefix('producer-fail-fast');
  let redis: CuttableRedis;
  let client: Redis;
  let queue: Queue;

  beforeEach(async () => {
    redis = new CuttableRedis();
    await redis.restore();
    // The producer's own settings, on a client the test can end whatever state it is in.
    const options = new RedisConnection(redis.url, prefix).producerOptions();
    client = new Redis(options.connection as RedisOptions);
    client.on('error', () => undefined);
    queue = new Queue('fail-fast', { ...options, connection: client });
    queue.on('error', () => undefined);
  });

  afterEach(async () => {
    await queue.close().catch(() => undefined);
    client.disconnect();
    if (!redis.isCut) await redis.cut();
  });

  afterAll(() => deleteQueueKeys(prefix));

  async function refusedWithin(): Promise<number> {
    const started = Date.now();
    await expect(withinTime(queue.add('during', {}), PRODUCER_TIMEOUT_MS, 'add')).rejects.toThrow();
    return Date.now() - started;
  }

  it('is refused within the producer timeout once its connection is lost', async () => {
    await queue.add('before', {});
    await redis.cut();
    expect(await refusedWithin()).toBeLessThan(PRODUCER_TIMEOUT_MS + SLACK_MS);
  });

  it('is refused within the producer timeout when Redis never answered', async () => {
    await redis.cut();
    expect(await refusedWithin()).toBeLessThan(PRODUCER_TIMEOUT_MS + SLACK_MS);
  });
});
