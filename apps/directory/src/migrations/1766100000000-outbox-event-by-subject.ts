import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's events by the zone or organization they are about, for the internal routes that
 * give another service the latest event of a row its replica lacks. Partial, like the reads:
 * only zone and organization events carry these keys.
 */
export class OutboxEventBySubject1766100000000 implements MigrationInterface {
  name = 'OutboxEventBySubject1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_outbox_event_organization ON outbox_event ((payload->>'organizationId'), occurred_at)
        WHERE type LIKE 'organization.%'`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_outbox_event_zone ON outbox_event ((payload->>'zoneId'), occurred_at)
        WHERE type LIKE 'zone.%'`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_outbox_event_zone_territory ON outbox_event ((payload->>'territoryId'))
        WHERE type LIKE 'zone.%'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_outbox_event_zone_territory`);
    await queryRunner.query(`DROP INDEX ix_outbox_event_zone`);
    await queryRunner.query(`DROP INDEX ix_outbox_event_organization`);
  }
}
