import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of the interviews service's declarations. As for the
 * organization replica, the constraints are those of the event contract and
 * no stricter, or a valid event would fail for good; and there is no foreign
 * key to `organization`, since a declaration's event may arrive before its
 * organization's. Location and zone are not stored here: they are read from
 * the organization replica by join.
 */
export class CreateDeclaration1764406800000 implements MigrationInterface {
  name = 'CreateDeclaration1764406800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE declaration (
        declaration_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        interview_id uuid,
        kind text NOT NULL CHECK (kind IN ('NEED', 'RESOURCE')),
        theme text NOT NULL,
        category_code text NOT NULL,
        label text NOT NULL,
        annual_quantity numeric CHECK (annual_quantity >= 0),
        canonical_unit text,
        frequency text,
        waste_code text CHECK (waste_code ~ '^[0-9]{6}$'),
        hazardous boolean NOT NULL,
        authorised_for_hazardous boolean,
        available_from date,
        available_until date,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Matching reads the active declarations of a category, needs and resources apart.
    await queryRunner.query(`
      CREATE INDEX ix_declaration_category_kind ON declaration (category_code, kind)
      WHERE status = 'ACTIVE'`);
    // ... and the declarations of the organizations of a zone, through the replica.
    await queryRunner.query(
      `CREATE INDEX ix_declaration_organization ON declaration (organization_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE declaration`);
  }
}
