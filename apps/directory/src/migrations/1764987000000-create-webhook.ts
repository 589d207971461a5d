import { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions, their deliveries and each delivery's attempts. */
export class CreateWebhook1764987000000 implements MigrationInterface {
  name = 'CreateWebhook1764987000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id text,
        url text NOT NULL,
        event_types text[] NOT NULL,
        description text,
        encrypted_secret text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        secret_rotated_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz,
        disabled_reason text,
        consecutive_failed_deliveries int NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_webhook_subscription_partner ON webhook_subscription (partner_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_webhook_subscription_event_types ON webhook_subscription USING gin (event_types)`,
    );
    await queryRunner.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')),
        attempt int NOT NULL DEFAULT 0,
        response_code int,
        duration_ms int,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        completed_at timestamptz,
        CONSTRAINT uq_webhook_delivery_event UNIQUE (subscription_id, event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_webhook_delivery_unqueued ON webhook_delivery (created_at) WHERE queued_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE webhook_delivery_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
        attempt int NOT NULL,
        succeeded boolean NOT NULL,
        response_code int,
        duration_ms int NOT NULL,
        error text,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_webhook_delivery_attempt_delivery ON webhook_delivery_attempt (delivery_id, attempt)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_delivery_attempt`);
    await queryRunner.query(`DROP TABLE webhook_delivery`);
    await queryRunner.query(`DROP TABLE webhook_subscription`);
  }
}
