import { existsSync } from 'node:fs';
import path from 'node:path';
import { ServiceProcess, startService, WORKSPACE } from '@symbiose/system';
import { freePort } from './free-port';
import { createTestDatabase, TestDatabase } from './test-database';
import { deleteQueueKeys, TEST_REDIS_URL, uniqueQueuePrefix } from './test-queues';
import { auditSpoolOf, removeAuditSpool } from './test-audit-spool';

/**
 * One built service as its own process, the way it runs for real, on a
 * database, a queue prefix and an audit spool of the suite's own, which
 * outlive its restarts: what a test of signals, exits and restarts needs.
 * `remove` stops it and removes them.
 */
export class TestServiceProcess {
  /** Every line the process printed, across its restarts. */
  readonly logLines: string[] = [];
  private current: ServiceProcess | undefined;

  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly port: number,
    private readonly database: TestDatabase,
    readonly queuePrefix: string,
    private readonly env: Record<string, string>,
  ) {}

  static async start(
    name: string,
    label: string,
    env: Record<string, string> = {},
  ): Promise<TestServiceProcess> {
    if (!existsSync(path.join(WORKSPACE, 'dist/apps', name, 'apps', name, 'src/main.js'))) {
      throw new Error(`${name} is not built; run \`npm run build\` first`);
    }
    const port = await freePort();
    const database = await createTestDatabase(label);
    const service = new TestServiceProcess(
      name,
      `http://127.0.0.1:${port}`,
      port,
      database,
      uniqueQueuePrefix(label),
      env,
    );
    try {
      await service.restart();
    } catch (error) {
      await service.remove();
      throw error;
    }
    return service;
  }

  get databaseUrl(): string {
    return this.database.url;
  }

  /** The running process. */
  get process(): ServiceProcess {
    if (!this.current) throw new Error(`${this.name} is not running`);
    return this.current;
  }

  /**
   * Starts the process again (once the previous one has exited) and waits until it is ready,
   * with `env` on top of the variables it started with.
   */
  async restart(env: Record<string, string> = {}): Promise<void> {
    this.current = await startService(this.name, {
      port: this.port,
      env: {
        DATABASE_URL: this.database.url,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: this.queuePrefix,
        AUDIT_SPOOL_DIR: auditSpoolOf(this.queuePrefix),
        LOG_LEVEL: 'info',
        ...this.env,
        ...env,
      },
      onLine: (_service, line) => this.logLines.push(line),
    });
  }

  async remove(): Promise<void> {
    await this.current?.stop();
    await this.database.drop();
    await deleteQueueKeys(this.queuePrefix);
    await removeAuditSpool(this.queuePrefix);
  }
}
