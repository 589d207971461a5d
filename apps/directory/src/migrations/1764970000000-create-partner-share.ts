import { MigrationInterface, QueryRunner } from 'typeorm';

/** The partner bodies each organization agreed to be named to. */
export class CreatePartnerShare1764970000000 implements MigrationInterface {
  name = 'CreatePartnerShare1764970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_share (
        organization_id uuid NOT NULL REFERENCES organization (id),
        partner_id text NOT NULL,
        agreed_by text NOT NULL,
        agreed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, partner_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_partner_share_partner ON partner_share (partner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partner_share`);
  }
}
