import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each territory's matching settings, one row per version: a change adds a row, so the
 * history of who tuned what stays. A territory without rows runs on the defaults.
 */
export class CreateMatchingSettings1766000500000 implements MigrationInterface {
  name = 'CreateMatchingSettings1766000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE matching_settings (
        territory_id uuid NOT NULL,
        version int NOT NULL CHECK (version > 1),
        min_score double precision NOT NULL CHECK (min_score >= 0 AND min_score < 1),
        max_distance_km double precision NOT NULL CHECK (max_distance_km > 0),
        top_k int NOT NULL CHECK (top_k >= 1),
        weights jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (territory_id, version)
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching_settings`);
  }
}
