import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createOrganizationReplicaTable,
  dropOrganizationReplicaTable,
} from '@symbiose/directory-replica';
import { createEventTables, dropEventTables } from '@symbiose/platform';
import { CAHORS_SUD_GRID } from '../interview-grid/cahors-sud-grid';

export class CreateInterviews1764320400000 implements MigrationInterface {
  name = 'CreateInterviews1764320400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOrganizationReplicaTable(queryRunner);
    await queryRunner.query(`
      CREATE TABLE interview_grid (
        version int PRIMARY KEY CHECK (version > 0),
        title text NOT NULL,
        sections jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `INSERT INTO interview_grid (version, title, sections) VALUES (1, $1, $2)`,
      [CAHORS_SUD_GRID.title, JSON.stringify(CAHORS_SUD_GRID.sections)],
    );
    await queryRunner.query(`
      CREATE TABLE interview (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        grid_version int NOT NULL REFERENCES interview_grid (version),
        status text NOT NULL DEFAULT 'PLANNED'
          CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
        planned_for date,
        conducted_on date,
        interviewer text NOT NULL,
        notes text,
        cancellation_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'COMPLETED' OR conducted_on IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_interview_organization ON interview (organization_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE interview_answer (
        interview_id uuid NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        question_key text NOT NULL,
        value jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_interview_answer PRIMARY KEY (interview_id, question_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE interview_amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        interview_id uuid NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(trim(reason)) > 0),
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        amended_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_interview_amendment_interview ON interview_amendment (interview_id, amended_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE declaration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        interview_id uuid REFERENCES interview (id),
        kind text NOT NULL CHECK (kind IN ('NEED', 'RESOURCE')),
        theme text NOT NULL
          CHECK (theme IN ('SERVICES', 'EQUIPMENT', 'MATERIALS_WASTE', 'HR_ANIMATION', 'FLUIDS')),
        category_code text NOT NULL,
        label text NOT NULL CHECK (length(trim(label)) > 0),
        description text,
        quantity numeric CHECK (quantity > 0),
        unit text,
        frequency text
          CHECK (frequency IN ('ONE_OFF', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
        annual_quantity numeric CHECK (annual_quantity > 0),
        canonical_unit text,
        waste_code char(6),
        hazardous boolean NOT NULL DEFAULT false,
        authorised_for_hazardous boolean,
        available_from date,
        available_until date CHECK (available_until IS NULL OR available_from IS NULL OR available_until >= available_from),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((quantity IS NULL) = (unit IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_declaration_organization ON declaration (organization_id)`,
    );
    await queryRunner.query(`CREATE INDEX ix_declaration_interview ON declaration (interview_id)`);
    await queryRunner.query(`CREATE INDEX ix_declaration_category ON declaration (category_code)`);
    await createEventTables(queryRunner, 'interviews');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'interviews');
    await queryRunner.query(`DROP TABLE declaration`);
    await queryRunner.query(`DROP TABLE interview_amendment`);
    await queryRunner.query(`DROP TABLE interview_answer`);
    await queryRunner.query(`DROP TABLE interview`);
    await queryRunner.query(`DROP TABLE interview_grid`);
    await dropOrganizationReplicaTable(queryRunner);
  }
}
