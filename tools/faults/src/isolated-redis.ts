import { ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort, waitFor } from '@symbiose/testing';

const READY_TIMEOUT_MS = 30_000;
/** Where Redis keeps its append-only files, under its folder (`appenddirname`'s default). */
const APPEND_ONLY_FOLDER = 'appendonlydir';

/**
 * A Redis server of the suite's own on a free port, keeping its data set in an append-only file
 * written every second, as a production Redis for queues would: killed, it starts again from that
 * file and loses at most the last second of writes.
 */
export class IsolatedRedis {
  private child: ChildProcess | undefined;
  private exited: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly folder: string,
    readonly port: number,
  ) {}

  static async start(): Promise<IsolatedRedis> {
    const server = new IsolatedRedis(
      await mkdtemp(join(tmpdir(), 'symbiose-faults-redis-')),
      await freePort(),
    );
    try {
      await server.restart();
    } catch (error) {
      await server.remove();
      throw error;
    }
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server (again, from its append-only file) and waits until it answers. */
  async restart(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.folder,
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        '--logfile',
        join(this.folder, 'redis.log'),
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    const answered = await waitFor(
      () => this.ping(),
      (reply) => reply === 'PONG' || child.exitCode !== null,
      { timeoutMs: READY_TIMEOUT_MS, intervalMs: 100 },
    );
    if (answered !== 'PONG') {
      throw new Error(`redis-server did not answer on port ${this.port}: ${answered}`);
    }
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** Copies the append-only files aside as they are now; `crashBackTo` brings them back. */
  async copyAppendOnlyFiles(): Promise<string> {
    const copy = await mkdtemp(join(this.folder, 'copy-'));
    await cp(join(this.folder, APPEND_ONLY_FOLDER), join(copy, APPEND_ONLY_FOLDER), {
      recursive: true,
    });
    return copy;
  }

  /**
   * Kills the server and starts it again on a copy of its append-only files: what a crash of
   * its host leaves when the disk had not yet received the writes that followed the copy (or
   * a failover to a replica that had not), every job, completion and acknowledgement since lost.
   */
  async crashBackTo(copy: string): Promise<void> {
    await this.kill();
    await rm(join(this.folder, APPEND_ONLY_FOLDER), { recursive: true, force: true });
    await rename(join(copy, APPEND_ONLY_FOLDER), join(this.folder, APPEND_ONLY_FOLDER));
    await rm(copy, { recursive: true, force: true });
    await this.restart();
  }

  async remove(): Promise<void> {
    await this.kill();
    await rm(this.folder, { recursive: true, force: true });
  }

  private async ping(): Promise<string> {
    const client = new Redis(this.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    try {
      await client.connect();
      return await client.ping();
    } catch (error) {
      return String(error);
    } finally {
      client.disconnect();
    }
  }
}
