import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner systems' API keys: only a hash of each is kept; the key itself is shown once. */
export class CreateApiKey1764960000000 implements MigrationInterface {
  name = 'CreateApiKey1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id text NOT NULL,
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX ix_api_key_partner ON api_key (partner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_key`);
  }
}
