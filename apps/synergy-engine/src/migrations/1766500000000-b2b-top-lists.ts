import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each declaration's B2B top list as its territory's last match left it (`StoredTopList`), so
 * that a change re-searches only the lists it can move. A cluster without lists is matched
 * whole at its next change, which stores them.
 */
export class B2BTopLists1766500000000 implements MigrationInterface {
  name = 'B2BTopLists1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE b2b_top_list (
         declaration_id uuid PRIMARY KEY,
         territory_id uuid NOT NULL,
         kind text NOT NULL,
         category_code text NOT NULL,
         entries jsonb NOT NULL
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_b2b_top_list_territory_category ON b2b_top_list (territory_id, category_code)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE b2b_top_list`);
  }
}
