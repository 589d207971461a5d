import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each firm says a declared flow costs or earns it, as its events carry it, for the
 * synergies' euros. Null on rows stored before, and when the firm gave no figure.
 */
export class DeclarationEconomics1766300000000 implements MigrationInterface {
  name = 'DeclarationEconomics1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE declaration ADD COLUMN economics jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE declaration DROP COLUMN economics`);
  }
}
