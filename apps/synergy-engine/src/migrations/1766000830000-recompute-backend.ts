import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL session of a zone's running recompute: PostgreSQL ends it as soon as the
 * process that opened it dies, so the recompute stops counting as running then, before its
 * lease lapses.
 */
export class RecomputeBackend1766000830000 implements MigrationInterface {
  name = 'RecomputeBackend1766000830000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE zone_recompute ADD COLUMN run_backend integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE zone_recompute DROP COLUMN run_backend`);
  }
}
