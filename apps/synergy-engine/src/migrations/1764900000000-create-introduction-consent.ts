import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consents of the two sides of a B2B synergy to be introduced to each
 * other: until both have consented, each sees the other only anonymised.
 */
export class CreateIntroductionConsent1764900000000 implements MigrationInterface {
  name = 'CreateIntroductionConsent1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE introduction_consent (
        synergy_id uuid NOT NULL REFERENCES synergy (id),
        organization_id uuid NOT NULL,
        contact_name text NOT NULL,
        contact_email text,
        contact_phone text,
        consented_by text NOT NULL,
        consented_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (synergy_id, organization_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE introduction_consent`);
  }
}
