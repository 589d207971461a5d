import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The import batches (`organization.imported`) by the organizations they name, for the internal
 * route that gives another service the latest event of an organization its replica lacks: an
 * imported organization's latest event may be a change inside a batch.
 */
export class OutboxEventByImportedOrganization1766300000000 implements MigrationInterface {
  name = 'OutboxEventByImportedOrganization1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_outbox_event_imported_organization ON outbox_event
         USING gin (jsonb_path_query_array(payload, '$.changes[*].organization.organizationId'))
         WHERE type = 'organization.imported'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_outbox_event_imported_organization`);
  }
}
