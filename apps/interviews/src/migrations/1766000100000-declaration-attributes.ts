import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The technical facts of a declaration (temperature, storage, material …), checked against its
 * category by the service. Declarations recorded before have none: an empty object.
 */
export class DeclarationAttributes1766000100000 implements MigrationInterface {
  name = 'DeclarationAttributes1766000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE declaration ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE declaration DROP COLUMN attributes`);
  }
}
