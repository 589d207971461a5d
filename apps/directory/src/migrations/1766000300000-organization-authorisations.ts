import { MigrationInterface, QueryRunner } from 'typeorm';

/** What an organization is authorised or licensed to do: ICPE rubrics and named authorisations. */
export class OrganizationAuthorisations1766000300000 implements MigrationInterface {
  name = 'OrganizationAuthorisations1766000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE organization ADD COLUMN authorisations text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN authorisations`);
  }
}
