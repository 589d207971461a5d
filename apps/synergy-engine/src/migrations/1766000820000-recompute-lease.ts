import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A running recompute holds a lease on its zone's row that it renews while it runs, so one
 * whose process died stops counting as running once the lease lapses; `attempts` counts the
 * recomputes started since the zone was last computed, to space out the retries of a zone
 * whose recomputes keep failing or dying. A recompute left started by a process that died
 * before this migration has no lease: it no longer counts as running.
 */
export class RecomputeLease1766000820000 implements MigrationInterface {
  name = 'RecomputeLease1766000820000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE zone_recompute
         ADD COLUMN lease_until timestamptz,
         ADD COLUMN run_id uuid,
         ADD COLUMN attempts integer NOT NULL DEFAULT 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE zone_recompute DROP COLUMN lease_until, DROP COLUMN run_id, DROP COLUMN attempts`,
    );
  }
}
