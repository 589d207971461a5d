import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '@symbiose/testing';

const run = promisify(execFile);
/** The OS user PostgreSQL runs as when the suite runs as root (initdb refuses root). */
const POSTGRES_USER = 'postgres';
const DATABASE = 'symbiose';
/** pg_ctl's own wait for a start or a stop, in seconds. */
const PG_CTL_WAIT_SECONDS = '60';

/** A PostgreSQL program: on the PATH, in /usr/local/bin, or in Debian's newest server. */
function postgresProgram(name: string): string {
  const onPath = (process.env['PATH'] ?? '')
    .split(':')
    .map((directory) => join(directory, name))
    .find((candidate) => existsSync(candidate));
  if (onPath) return onPath;
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian).sort((a, b) => Number(b) - Number(a))
    : [];
  const installed = versions
    .map((version) => join(debian, version, 'bin', name))
    .find((candidate) => existsSync(candidate));
  if (!installed) throw new Error(`${name} not found: install the PostgreSQL server`);
  return installed;
}

/**
 * A PostgreSQL server of the suite's own, in a temporary folder, on a free port, so that stopping
 * and starting it touches no one else's databases. It trusts local connections and skips fsync:
 * the faults are processes stopped or killed, never the machine, and the page cache survives them.
 */
export class IsolatedPostgres {
  private constructor(
    private readonly folder: string,
    readonly port: number,
  ) {}

  static async create(): Promise<IsolatedPostgres> {
    const folder = await mkdtemp(join(tmpdir(), 'symbiose-faults-pg-'));
    const server = new IsolatedPostgres(folder, await freePort());
    try {
      if (server.asRoot) {
        const { stdout } = await run('id', ['-u', POSTGRES_USER]);
        const { stdout: group } = await run('id', ['-g', POSTGRES_USER]);
        await chown(folder, Number(stdout), Number(group));
      }
      await server.pg('initdb', ['-D', server.dataDirectory, '-U', 'postgres', '--auth=trust']);
      await server.start();
      const admin = new Client({ connectionString: server.urlOf('postgres') });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${DATABASE}`);
      await admin.end();
    } catch (error) {
      await server.remove();
      throw error;
    }
    return server;
  }

  /** The services' database. */
  get url(): string {
    return this.urlOf(DATABASE);
  }

  /** The server's own database, to act on the server from. */
  get adminUrl(): string {
    return this.urlOf('postgres');
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.pg('pg_ctl', [
      'start',
      '-w',
      '-t',
      PG_CTL_WAIT_SECONDS,
      '-D',
      this.dataDirectory,
      '-l',
      join(this.folder, 'server.log'),
      '-o',
      options,
    ]);
  }

  /** Stops the server: `fast` ends every session and checkpoints, `immediate` does neither. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.pg('pg_ctl', [
      'stop',
      '-w',
      '-t',
      PG_CTL_WAIT_SECONDS,
      '-m',
      mode,
      '-D',
      this.dataDirectory,
    ]);
  }

  /** Stops the server if it runs and removes its files. */
  async remove(): Promise<void> {
    if (existsSync(join(this.dataDirectory, 'postmaster.pid'))) {
      await this.stop('immediate').catch(() => undefined);
    }
    await rm(this.folder, { recursive: true, force: true });
  }

  private get dataDirectory(): string {
    return join(this.folder, 'data');
  }

  private get asRoot(): boolean {
    return process.getuid?.() === 0;
  }

  private urlOf(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs a PostgreSQL program, as the postgres OS user when the suite runs as root. */
  private async pg(program: string, args: string[]): Promise<void> {
    const path = postgresProgram(program);
    const [command, commandArgs] = this.asRoot
      ? ['runuser', ['-u', POSTGRES_USER, '--', path, ...args]]
      : [path, args];
    await run(command, commandArgs, { cwd: this.folder });
  }
}
