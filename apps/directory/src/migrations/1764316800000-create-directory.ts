import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@symbiose/platform';

export class CreateDirectory1764316800000 implements MigrationInterface {
  name = 'CreateDirectory1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE territory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT uq_territory_name UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE zone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territory (id) ON DELETE RESTRICT,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INDUSTRIAL', 'COMMERCIAL', 'ARTISANAL', 'MIXED')),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        perimeter jsonb,
        area_km2 double precision,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_zone_territory_name UNIQUE (territory_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        siret char(14),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('COMPANY', 'PUBLIC_BODY', 'ASSOCIATION', 'CONSULTANCY')),
        naf_code text,
        headcount int CHECK (headcount >= 0),
        street text,
        postal_code text,
        city text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        territory_id uuid NOT NULL REFERENCES territory (id) ON DELETE RESTRICT,
        zone_id uuid REFERENCES zone (id) ON DELETE RESTRICT,
        business_association_member boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_organization_siret ON organization (siret) WHERE siret IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_organization_zone ON organization (zone_id)`);
    await queryRunner.query(`CREATE INDEX ix_organization_name ON organization (lower(name), id)`);
    await queryRunner.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        name text NOT NULL,
        role text,
        email text,
        phone text,
        consent_to_contact boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_contact_organization ON contact (organization_id)`);
    await createEventTables(queryRunner, 'directory');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'directory');
    await queryRunner.query(`DROP TABLE contact`);
    await queryRunner.query(`DROP TABLE organization`);
    await queryRunner.query(`DROP TABLE zone`);
    await queryRunner.query(`DROP TABLE territory`);
  }
}
