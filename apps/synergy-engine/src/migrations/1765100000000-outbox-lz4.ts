import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recompute announces its synergies by the hundred per `synergy.detected`, so the engine's
 * outbox payloads run to hundreds of kilobytes, which PostgreSQL compresses on write. lz4
 * compresses them several times faster than the default pglz, for a slightly larger result;
 * rows already written keep their compression.
 */
export class OutboxLz41765100000000 implements MigrationInterface {
  name = 'OutboxLz41765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_event ALTER COLUMN payload SET COMPRESSION lz4`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_event ALTER COLUMN payload SET COMPRESSION pglz`);
  }
}
