import { QueryRunner } from 'typeorm';

/**
 * The replica table, as a service's migration creates it. Its constraints are
 * those of the event contract and no stricter, or a valid event would fail
 * for good; and it has no foreign keys, since an organization's event may
 * arrive before its zone's. Later changes get migrations of their own.
 */
export async function createOrganizationReplicaTable(queryRunner: QueryRunner): Promise<void> {
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
}

export async function dropOrganizationReplicaTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE organization`);
}
