import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@symbiose/platform';

export class CreateWorkshops1764320400000 implements MigrationInterface {
  name = 'CreateWorkshops1764320400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // zone_id belongs to directory's schema: no foreign key across services.
    await queryRunner.query(`
      CREATE TABLE workshop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (
          'AWARENESS_EVENT', 'NETWORKING', 'PRIORITISATION',
          'STEERING_COMMITTEE', 'TECHNICAL_COMMITTEE', 'FOLLOW_UP_GROUP'
        )),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        starts_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_workshop_zone ON workshop (zone_id)`);
    await createEventTables(queryRunner, 'workshops');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'workshops');
    await queryRunner.query(`DROP TABLE workshop`);
  }
}
