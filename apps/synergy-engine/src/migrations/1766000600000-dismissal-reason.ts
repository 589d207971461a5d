import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a synergy was dismissed, on the status change that dismissed it: empty for the other
 * changes and for dismissals made before a reason was required.
 */
export class DismissalReason1766000600000 implements MigrationInterface {
  name = 'DismissalReason1766000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE synergy_status_change ADD COLUMN reason_code text
         CHECK (reason_code IN ('TECHNICALLY_INCOMPATIBLE', 'REGULATORY_OBSTACLE',
           'QUANTITY_MISMATCH', 'TOO_FAR', 'TIMING_MISMATCH', 'ALREADY_IN_PLACE',
           'NOT_INTERESTED', 'DUPLICATE', 'OTHER'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE synergy_status_change DROP COLUMN reason_code`);
  }
}
