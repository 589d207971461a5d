import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log: every mutation any service received, who asked, on what, and how it ended. */
export class CreateAuditEntry1764950000000 implements MigrationInterface {
  name = 'CreateAuditEntry1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY,
        service text NOT NULL,
        subject text NOT NULL,
        roles text[] NOT NULL,
        operation text NOT NULL,
        operation_name text,
        entity_type text,
        entity_id text,
        outcome text NOT NULL,
        request_id text,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_entry_at ON audit_entry (at DESC, id)`);
    await queryRunner.query(`CREATE INDEX ix_audit_entry_subject ON audit_entry (subject)`);
    await queryRunner.query(`CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entry`);
  }
}
