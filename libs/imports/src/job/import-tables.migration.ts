import { QueryRunner } from 'typeorm';

/**
 * The tables of imports, as a service's migration creates them in its own schema. Later changes
 * get migrations of their own; this function stays as it is.
 */
export async function createImportTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE import_job (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
      dry_run boolean NOT NULL,
      parameters jsonb NOT NULL,
      requested_by jsonb NOT NULL,
      file_size bigint NOT NULL CHECK (file_size >= 0),
      encoding text NOT NULL,
      last_line int NOT NULL DEFAULT 0,
      progress double precision NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
      accepted int NOT NULL DEFAULT 0,
      rejected int NOT NULL DEFAULT 0,
      created int NOT NULL DEFAULT 0,
      updated int NOT NULL DEFAULT 0,
      unchanged int NOT NULL DEFAULT 0,
      failure text,
      attempts int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  await queryRunner.query(`
    CREATE INDEX ix_import_job_pending ON import_job (created_at)
    WHERE status IN ('QUEUED', 'RUNNING')`);
  await queryRunner.query(`
    CREATE TABLE import_file_chunk (
      import_id uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
      seq int NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (import_id, seq)
    )`);
  await queryRunner.query(`
    CREATE TABLE import_row_error (
      id bigserial PRIMARY KEY,
      import_id uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
      line int NOT NULL,
      "column" text,
      reason text NOT NULL
    )`);
  await queryRunner.query(
    `CREATE INDEX ix_import_row_error_job ON import_row_error (import_id, line, id)`,
  );
}

export async function dropImportTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE import_row_error`);
  await queryRunner.query(`DROP TABLE import_file_chunk`);
  await queryRunner.query(`DROP TABLE import_job`);
}
