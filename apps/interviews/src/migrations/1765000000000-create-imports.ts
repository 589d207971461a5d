import { MigrationInterface, QueryRunner } from 'typeorm';
import { createImportTables, dropImportTables } from '@symbiose/imports';

/**
 * Imports of declarations: the import tables, the key a declaration is found by when its row
 * comes again, and the SIRET of each organization of the replica, by which rows name them.
 * Organizations replicated before this migration get their SIRET with their next event.
 */
export class CreateImports1765000000000 implements MigrationInterface {
  name = 'CreateImports1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createImportTables(queryRunner);
    await queryRunner.query(`ALTER TABLE declaration ADD COLUMN import_key text`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_declaration_import_key ON declaration (organization_id, import_key)
      WHERE import_key IS NOT NULL AND status = 'ACTIVE'`);
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN siret char(14)`);
    await queryRunner.query(`CREATE INDEX ix_organization_siret ON organization (siret)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN siret`);
    await queryRunner.query(`DROP INDEX uq_declaration_import_key`);
    await queryRunner.query(`ALTER TABLE declaration DROP COLUMN import_key`);
    await dropImportTables(queryRunner);
  }
}
