import { QueryRunner } from 'typeorm';

/**
 * The zone replica table, as a service's migration creates it. Like the organization replica,
 * its constraints are those of the event contract and no stricter, and it has no foreign keys.
 */
export async function createZoneReplicaTable(queryRunner: QueryRunner): Promise<void> {
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
}

export async function dropZoneReplicaTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE zone`);
}
