import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organization's authorisations in the replica, for each service that keeps one to register
 * in its migrations. No organization had any in the directory before this column: the default
 * is their true value until the directory's next event about them.
 */
export class OrganizationReplicaAuthorisations1766000400000 implements MigrationInterface {
  name = 'OrganizationReplicaAuthorisations1766000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE organization ADD COLUMN authorisations text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN authorisations`);
  }
}
