import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Synergies as records people work on: one row per stable identity (`key`),
 * updated in place by each recompute, marked obsolete rather than deleted;
 * the history of their status; and the recompute requests of each zone.
 */
export class CreateSynergyRecords1764579600000 implements MigrationInterface {
  name = 'CreateSynergyRecords1764579600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE synergy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('COLLECTIVE', 'B2B')),
        territory_id uuid NOT NULL,
        zone_ids uuid[] NOT NULL,
        organization_ids uuid[] NOT NULL,
        category_code text NOT NULL,
        resource_category_code text,
        theme text NOT NULL,
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
        participants jsonb NOT NULL,
        rationale jsonb NOT NULL,
        impact jsonb,
        distance_km double precision,
        combined_annual_quantity double precision,
        canonical_unit text,
        net_avoided_kg_co2e_per_year double precision,
        content_hash text NOT NULL,
        status text NOT NULL DEFAULT 'DETECTED' CHECK (status IN ('DETECTED', 'QUALIFIED',
          'STUDYING', 'SELECTED', 'IMPLEMENTING', 'OPERATIONAL', 'DISMISSED', 'ABANDONED')),
        obsolete boolean NOT NULL DEFAULT false,
        obsolete_since timestamptz,
        detected_at timestamptz NOT NULL DEFAULT now(),
        computed_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_synergy_territory ON synergy (territory_id)`);
    await queryRunner.query(`CREATE INDEX ix_synergy_zones ON synergy USING gin (zone_ids)`);
    await queryRunner.query(
      `CREATE INDEX ix_synergy_organizations ON synergy USING gin (organization_ids)`,
    );
    await queryRunner.query(`CREATE INDEX ix_synergy_score ON synergy (score DESC, id)`);
    await queryRunner.query(`
      CREATE TABLE synergy_status_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        synergy_id uuid NOT NULL REFERENCES synergy (id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        changed_by text NOT NULL,
        note text,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_synergy_status_change_synergy ON synergy_status_change (synergy_id, id)`,
    );
    // request_seq grows with every request; computed_seq is the request_seq a
    // finished recompute had read before reading the declarations: a zone is
    // pending while the first is ahead of the second.
    await queryRunner.query(`
      CREATE TABLE zone_recompute (
        zone_id uuid PRIMARY KEY,
        request_seq bigint NOT NULL DEFAULT 0,
        computed_seq bigint NOT NULL DEFAULT 0,
        last_requested_at timestamptz,
        started_at timestamptz,
        last_computed_at timestamptz,
        last_duration_ms integer,
        last_error text,
        last_failed_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE zone_recompute`);
    await queryRunner.query(`DROP TABLE synergy_status_change`);
    await queryRunner.query(`DROP TABLE synergy`);
  }
}
