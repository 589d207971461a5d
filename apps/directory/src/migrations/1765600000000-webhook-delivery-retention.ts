import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settled webhook deliveries are deleted once older than WEBHOOK_DELIVERY_RETENTION_DAYS: the
 * retention sweep finds them by when they settled.
 */
export class WebhookDeliveryRetention1765600000000 implements MigrationInterface {
  name = 'WebhookDeliveryRetention1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_webhook_delivery_settled ON webhook_delivery (completed_at)
         WHERE completed_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_webhook_delivery_settled`);
  }
}
