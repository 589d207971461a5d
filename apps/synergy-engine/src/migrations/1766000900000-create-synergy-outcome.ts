import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an operational synergy achieved over a period, as its facilitator measured it: one row
 * per period. The service refuses overlapping periods of one synergy under the synergy's row
 * lock; the checks here hold whatever writes the table.
 */
export class CreateSynergyOutcome1766000900000 implements MigrationInterface {
  name = 'CreateSynergyOutcome1766000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE synergy_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        synergy_id uuid NOT NULL REFERENCES synergy (id),
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        quantity double precision CHECK (quantity > 0),
        unit text,
        canonical_quantity double precision CHECK (canonical_quantity > 0),
        canonical_unit text CHECK (canonical_unit IN ('t', 'm3', 'MWh', 'h', 'unit')),
        cost_cents bigint CHECK (cost_cents >= 0),
        savings_cents bigint CHECK (savings_cents >= 0),
        jobs_created int NOT NULL CHECK (jobs_created >= 0),
        jobs_kept int NOT NULL CHECK (jobs_kept >= 0),
        note text,
        recorded_by text NOT NULL,
        recorded_by_subject text NOT NULL,
        recorded_at timestamptz NOT NULL,
        CHECK ((quantity IS NULL) = (unit IS NULL)
          AND (quantity IS NULL) = (canonical_quantity IS NULL)
          AND (quantity IS NULL) = (canonical_unit IS NULL))
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_synergy_outcome_synergy ON synergy_outcome (synergy_id, period_from)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE synergy_outcome`);
  }
}
