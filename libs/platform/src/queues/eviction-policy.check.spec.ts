import { createServer, Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { QueueConfig } from '../config/service-config';
import { EvictionPolicyCheck } from './eviction-policy.check';

/**
 * A stand-in for Redis that answers the handshake and CONFIG GET with the given policy: the
 * shared test Redis must keep its own.
 */
async function redisWithPolicy(policy: string): Promise<{ url: string; close(): Promise<void> }> {
  const bulk = (text: string) => `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
  const reply = (command: string) => {
    if (command.startsWith('config')) return `*2\r\n${bulk('maxmemory-policy')}${bulk(policy)}`;
    if (command.startsWith('info')) return bulk('# Server\r\nloading:0\r\n');
    return '+OK\r\n';
  };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (data) => {
      // Each command is an array of bulk strings; its name is the first one.
      for (const command of data
        .toString()
        .split(/\*\d+\r\n/)
        .filter(Boolean)) {
        socket.write(reply(command.split('\r\n')[1].toLowerCase()));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('the check of the eviction policy at start', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  async function checkAgainst(policy: string): Promise<void> {
    const redis = await redisWithPolicy(policy);
    try {
      await new EvictionPolicyCheck(
        Object.assign(new QueueConfig(), { REDIS_URL: redis.url }),
      ).onApplicationBootstrap();
    } finally {
      await redis.close();
    }
  }

  it('warns when Redis may evict jobs', async () => {
    await checkAgainst('allkeys-lru');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('maxmemory-policy is allkeys-lru; BullMQ needs noeviction'),
    );
  });

  it('says nothing when Redis never evicts', async () => {
    await checkAgainst('noeviction');
    expect(warn).not.toHaveBeenCalled();
  });
});
