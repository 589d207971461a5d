import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxDeliveryTable, dropOutboxDeliveryTable } from '@symbiose/platform';

/**
 * Keeps each event of the outbox until every subscriber has recorded it: the relay re-publishes
 * what a subscriber has not acknowledged, so events Redis lost are delivered from here.
 */
export class OutboxDelivery1766200000000 implements MigrationInterface {
  name = 'OutboxDelivery1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxDeliveryTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxDeliveryTable(queryRunner);
  }
}
