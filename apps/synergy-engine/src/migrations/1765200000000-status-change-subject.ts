import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who changed a synergy's status as the token proves it, beside the signature the author gives:
 * empty for the changes made before tokens were checked, and for those made on events.
 */
export class StatusChangeSubject1765200000000 implements MigrationInterface {
  name = 'StatusChangeSubject1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE synergy_status_change ADD COLUMN changed_by_subject text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE synergy_status_change DROP COLUMN changed_by_subject`);
  }
}
