import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The engine's outbox payloads carry a recompute's synergies by the hundred, and nothing reads
 * inside them in SQL: the relay publishes them whole. As `json` they are stored as written,
 * where `jsonb` parsed each into its binary form (a third of the writing of a region's first
 * recompute's events). The column keeps its lz4 compression.
 */
export class OutboxJson1765400000000 implements MigrationInterface {
  name = 'OutboxJson1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE outbox_event ALTER COLUMN payload TYPE json,
         ALTER COLUMN payload SET COMPRESSION lz4`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE outbox_event ALTER COLUMN payload TYPE jsonb,
         ALTER COLUMN payload SET COMPRESSION lz4`,
    );
  }
}
