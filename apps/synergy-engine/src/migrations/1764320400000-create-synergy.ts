import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@symbiose/platform';

/**
 * The read model of directory's zones and organizations. Its constraints are
 * those of the event contracts and no stricter, or a valid event would fail
 * for good; and it has no foreign keys, since an organization's event may
 * arrive before its zone's.
 */
export class CreateSynergy1764320400000 implements MigrationInterface {
  name = 'CreateSynergy1764320400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE zone (
        zone_id uuid PRIMARY KEY,
        territory_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INDUSTRIAL', 'COMMERCIAL', 'ARTISANAL', 'MIXED')),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        area_km2 double precision CHECK (area_km2 > 0),
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_zone_territory ON zone (territory_id)`);
    await queryRunner.query(`
      CREATE TABLE organization (
        organization_id uuid PRIMARY KEY,
        zone_id uuid,
        territory_id uuid,
        name text NOT NULL,
        naf_code text,
        headcount int CHECK (headcount >= 0),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'ARCHIVED')),
        business_association_member boolean NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_organization_zone ON organization (zone_id)`);
    await createEventTables(queryRunner, 'synergy');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'synergy');
    await queryRunner.query(`DROP TABLE organization`);
    await queryRunner.query(`DROP TABLE zone`);
  }
}
