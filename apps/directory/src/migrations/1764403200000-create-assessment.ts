import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_ASSESSMENT_GRID } from '../assessment/grid/default-assessment-grid';

export class CreateAssessment1764403200000 implements MigrationInterface {
  name = 'CreateAssessment1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assessment_grid (
        version int PRIMARY KEY CHECK (version > 0),
        title text NOT NULL,
        indicators jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `INSERT INTO assessment_grid (version, title, indicators) VALUES (1, $1, $2)`,
      [DEFAULT_ASSESSMENT_GRID.title, JSON.stringify(DEFAULT_ASSESSMENT_GRID.indicators)],
    );
    await queryRunner.query(`
      CREATE TABLE entered_indicator_value (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id uuid NOT NULL REFERENCES zone (id) ON DELETE RESTRICT,
        grid_version int NOT NULL REFERENCES assessment_grid (version) ON DELETE RESTRICT,
        indicator_key text NOT NULL,
        level int NOT NULL CHECK (level >= 0),
        justification text NOT NULL CHECK (length(trim(justification)) > 0),
        entered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE INDEX ix_entered_indicator_value_latest
        ON entered_indicator_value (zone_id, grid_version, indicator_key, entered_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE zone_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id uuid NOT NULL REFERENCES zone (id) ON DELETE RESTRICT,
        grid_version int NOT NULL REFERENCES assessment_grid (version) ON DELETE RESTRICT,
        assessed_at timestamptz NOT NULL DEFAULT now(),
        indicators jsonb NOT NULL,
        dynamic_scores jsonb NOT NULL,
        overall_score double precision NOT NULL CHECK (overall_score BETWEEN 0 AND 100),
        strength_keys text[] NOT NULL,
        weakness_keys text[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE INDEX ix_zone_assessment_latest
        ON zone_assessment (zone_id, grid_version, assessed_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE zone_choice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territory (id) ON DELETE RESTRICT,
        zone_id uuid NOT NULL REFERENCES zone (id) ON DELETE RESTRICT,
        rationale text NOT NULL CHECK (length(trim(rationale)) > 0),
        decided_at date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_zone_choice_territory ON zone_choice (territory_id)`);
    // No foreign key to organization: the figures follow the interviews service's events, whose
    // contract is all they must satisfy, or a valid event would fail for good.
    await queryRunner.query(`
      CREATE TABLE declaration_figure (
        declaration_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('NEED', 'RESOURCE')),
        theme text NOT NULL,
        annual_quantity double precision CHECK (annual_quantity >= 0),
        canonical_unit text,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_declaration_figure_organization ON declaration_figure (organization_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE declaration_figure`);
    await queryRunner.query(`DROP TABLE zone_choice`);
    await queryRunner.query(`DROP TABLE zone_assessment`);
    await queryRunner.query(`DROP TABLE entered_indicator_value`);
    await queryRunner.query(`DROP TABLE assessment_grid`);
  }
}
