import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The firm's own figures for a declared flow (disposal cost, prices, investment), which the
 * engine's euros are worked out from. Declarations recorded before have none: an empty object.
 */
export class DeclarationEconomics1766400000000 implements MigrationInterface {
  name = 'DeclarationEconomics1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE declaration ADD COLUMN economics jsonb NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE declaration DROP COLUMN economics`);
  }
}
