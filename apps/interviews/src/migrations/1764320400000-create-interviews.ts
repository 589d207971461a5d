import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@symbiose/platform';

export class CreateInterviews1764320400000 implements MigrationInterface {
  name = 'CreateInterviews1764320400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // organization_id and zone_id belong to directory's schema: no foreign keys across services.
    await queryRunner.query(`
      CREATE TABLE interview (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        zone_id uuid,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
        planned_for date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_interview_organization ON interview (organization_id)`,
    );
    await createEventTables(queryRunner, 'interviews');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'interviews');
    await queryRunner.query(`DROP TABLE interview`);
  }
}
