import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The technical facts of each declaration, as its events carry them, for the matching to read.
 * Rows stored before have none until their declaration's next event: an empty object.
 */
export class DeclarationAttributes1766000200000 implements MigrationInterface {
  name = 'DeclarationAttributes1766000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE declaration ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE declaration DROP COLUMN attributes`);
  }
}
