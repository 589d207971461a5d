import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme around the workshops: their schedule, attendance, minutes and decisions; the
 * actions and their milestones; prioritisation votes; the follow-up of synergies with their
 * scenarios; and the two read models fed by other services' events (synergies, interviewed
 * organizations). Ids of other services' rows (zones, organizations, synergies) have no foreign
 * key: they live in other schemas.
 */
export class WorkshopProgramme1764600000000 implements MigrationInterface {
  name = 'WorkshopProgramme1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Workshops recorded before this migration had only a start: they end when they start.
    await queryRunner.query(`
      ALTER TABLE workshop
        ADD COLUMN ends_at timestamptz,
        ADD COLUMN place text,
        ADD COLUMN agenda text,
        ADD COLUMN minutes text,
        ADD COLUMN synergy_id uuid,
        ADD COLUMN cancellation_reason text,
        ADD COLUMN prioritisation_closed_at timestamptz,
        ADD COLUMN prioritised_count int CHECK (prioritised_count > 0)`);
    await queryRunner.query(`UPDATE workshop SET ends_at = starts_at`);
    await queryRunner.query(`
      ALTER TABLE workshop
        ALTER COLUMN ends_at SET NOT NULL,
        ADD CONSTRAINT ck_workshop_ends_after_start CHECK (ends_at >= starts_at),
        -- Only a follow-up group follows a synergy; the service requires one of every new group.
        ADD CONSTRAINT ck_workshop_follows_synergy
          CHECK (synergy_id IS NULL OR kind = 'FOLLOW_UP_GROUP'),
        ADD CONSTRAINT ck_workshop_prioritisation_closed
          CHECK ((prioritisation_closed_at IS NULL) = (prioritised_count IS NULL)
                 AND (prioritisation_closed_at IS NULL OR kind = 'PRIORITISATION'))`);
    await queryRunner.query(`CREATE INDEX ix_workshop_synergy ON workshop (synergy_id)`);

    await queryRunner.query(`
      CREATE TABLE workshop_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workshop_id uuid NOT NULL REFERENCES workshop (id),
        person_name text NOT NULL CHECK (length(trim(person_name)) > 0),
        organization_id uuid,
        role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_workshop_attendance_person UNIQUE (workshop_id, person_name)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_workshop_attendance_organization ON workshop_attendance (organization_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE workshop_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workshop_id uuid NOT NULL REFERENCES workshop (id),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        action_ids uuid[] NOT NULL DEFAULT '{}',
        synergy_ids uuid[] NOT NULL DEFAULT '{}',
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_workshop_decision_workshop ON workshop_decision (workshop_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        theme text NOT NULL,
        category_code text,
        synergy_ids uuid[] NOT NULL DEFAULT '{}',
        carrier text NOT NULL CHECK (carrier IN ('ANIMATION', 'COMPANIES', 'PARTNER')),
        owner_organization_id uuid,
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN (
          'PROPOSED', 'PRIORITISED', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'
        )),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_action_zone_year ON action (zone_id, year)`);

    await queryRunner.query(`
      CREATE TABLE action_milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action (id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        due_on date NOT NULL,
        completed_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_action_milestone_action ON action_milestone (action_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE prioritisation_candidate (
        workshop_id uuid NOT NULL REFERENCES workshop (id),
        action_id uuid NOT NULL REFERENCES action (id),
        PRIMARY KEY (workshop_id, action_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE priority_vote (
        workshop_id uuid NOT NULL,
        action_id uuid NOT NULL,
        voter_organization_id uuid NOT NULL,
        impact int NOT NULL CHECK (impact BETWEEN 1 AND 5),
        investment int NOT NULL CHECK (investment BETWEEN 1 AND 5),
        comment text,
        cast_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workshop_id, action_id, voter_organization_id),
        FOREIGN KEY (workshop_id, action_id)
          REFERENCES prioritisation_candidate (workshop_id, action_id)
      )`);

    // The synergy engine's synergies, as its events describe them (latest wins).
    await queryRunner.query(`
      CREATE TABLE synergy (
        synergy_id uuid PRIMARY KEY,
        kind text NOT NULL,
        territory_id uuid NOT NULL,
        zone_ids uuid[] NOT NULL,
        category_code text NOT NULL,
        status text NOT NULL,
        obsolete boolean NOT NULL,
        source_occurred_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_synergy_zones ON synergy USING gin (zone_ids)`);

    await queryRunner.query(`
      CREATE TABLE scenario (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        synergy_id uuid NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        cost_cents bigint NOT NULL CHECK (cost_cents >= 0),
        expected_impact text NOT NULL CHECK (length(trim(expected_impact)) > 0),
        selected_in_workshop_id uuid REFERENCES workshop (id),
        selected_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((selected_at IS NULL) = (selected_in_workshop_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_scenario_synergy ON scenario (synergy_id)`);
    // One chosen scenario per synergy.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_scenario_selected ON scenario (synergy_id) WHERE selected_at IS NOT NULL`,
    );

    // The interviews' completed interviews: who contributed, in which zone.
    await queryRunner.query(`
      CREATE TABLE interviewed_organization (
        interview_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        zone_id uuid,
        conducted_on date NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_interviewed_organization_zone ON interviewed_organization (zone_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'interviewed_organization',
      'scenario',
      'synergy',
      'priority_vote',
      'prioritisation_candidate',
      'action_milestone',
      'action',
      'workshop_decision',
      'workshop_attendance',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`
      ALTER TABLE workshop
        DROP COLUMN ends_at, DROP COLUMN place, DROP COLUMN agenda, DROP COLUMN minutes,
        DROP COLUMN synergy_id, DROP COLUMN cancellation_reason,
        DROP COLUMN prioritisation_closed_at, DROP COLUMN prioritised_count`);
  }
}
