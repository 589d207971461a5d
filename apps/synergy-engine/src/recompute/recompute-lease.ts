import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Whether the zone row `zr` has a recompute running: its lease holds and the PostgreSQL
 * session it recomputes in, once known, is open. PostgreSQL ends a session as soon as it finds
 * its client gone, at once for one waiting for its client's next statement, so a recompute
 * whose process died stops counting as running then; the lease bounds the rest (a session
 * still busy with a statement, or behind a pooler that keeps it open).
 */
export const RECOMPUTE_RUNNING = `(coalesce(zr.lease_until > now(), false) AND (zr.run_backend IS NULL
  OR EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = zr.run_backend)))`;

/**
 * A recompute's claim on its zone's row: taken as it starts, renewed every third of its
 * length while it runs, ended by the recompute. A recompute whose process died renews it no
 * more, so once it lapses the zone stops showing as RUNNING and the sweep queues it again.
 * The run id keeps a late renewal from reviving a lease that its recompute has ended, or
 * that a recompute of the same territory ended for it.
 */
export class RecomputeLease {
  private readonly logger = new Logger('SynergyRecompute');
  private readonly timer: NodeJS.Timeout;
  private renewing = false;

  private constructor(
    private readonly dataSource: DataSource,
    readonly zoneId: string,
    readonly runId: string,
    private readonly leaseMs: number,
  ) {
    this.timer = setInterval(() => void this.renew(), Math.max(leaseMs / 3, 100));
    this.timer.unref();
  }

  /**
   * Takes the lease on the session the recompute is to run its transaction in, before the
   * transaction begins (the lease must be seen by others at once), and records that session.
   */
  static async take(session: QueryRunner, zoneId: string, leaseMs: number) {
    const runId = randomUUID();
    await session.query(
      `INSERT INTO zone_recompute AS zr
         (zone_id, started_at, lease_until, run_id, run_backend, attempts)
       VALUES ($1, now(), now() + $3 * interval '1 millisecond', $2, pg_backend_pid(), 1)
       ON CONFLICT (zone_id) DO UPDATE
       SET started_at = now(), lease_until = excluded.lease_until, run_id = $2,
           run_backend = excluded.run_backend, attempts = zr.attempts + 1`,
      [zoneId, runId, leaseMs],
    );
    return new RecomputeLease(session.dataSource, zoneId, runId, leaseMs);
  }

  /** Ends the lease of a recompute that found nothing to do, in its transaction. */
  async endIdle(manager: EntityManager): Promise<void> {
    clearInterval(this.timer);
    await manager.query(
      `UPDATE zone_recompute
       SET started_at = NULL, lease_until = NULL, run_id = NULL, run_backend = NULL, attempts = 0
       WHERE zone_id = $1 AND run_id = $2`,
      [this.zoneId, this.runId],
    );
  }

  /**
   * Ends the lease of a recompute that failed, with why. With PostgreSQL away this cannot be
   * written: the lease then lapses by itself.
   */
  async endFailed(error: unknown): Promise<void> {
    clearInterval(this.timer);
    await this.dataSource
      .query(
        `UPDATE zone_recompute
         SET started_at = NULL, lease_until = NULL, run_id = NULL, run_backend = NULL,
             last_error = $3, last_failed_at = now()
         WHERE zone_id = $1 AND run_id = $2`,
        [this.zoneId, this.runId, error instanceof Error ? error.message : String(error)],
      )
      .catch((recording: unknown) =>
        this.logger.warn(
          `zone ${this.zoneId}: failure not recorded (${String(recording)}); its lease will lapse`,
        ),
      );
  }

  /** Stops renewing a lease that the recompute's own transaction ended. */
  stop(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<void> {
    // A renewal waits while the recompute's transaction holds the row: no second one meanwhile.
    if (this.renewing) return;
    this.renewing = true;
    try {
      await this.dataSource.query(
        `UPDATE zone_recompute SET lease_until = now() + $3 * interval '1 millisecond'
         WHERE zone_id = $1 AND run_id = $2`,
        [this.zoneId, this.runId, this.leaseMs],
      );
    } catch (error) {
      this.logger.warn(`zone ${this.zoneId}: lease not renewed (${String(error)})`);
    } finally {
      this.renewing = false;
    }
  }
}
