import { MigrationInterface, QueryRunner } from 'typeorm';
import { createImportTables, dropImportTables } from '@symbiose/imports';

/** Import jobs, their stored files and their row errors (organizations from INSEE's file). */
export class CreateImports1765000000000 implements MigrationInterface {
  name = 'CreateImports1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createImportTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropImportTables(queryRunner);
  }
}
