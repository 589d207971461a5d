import { QueryRunner } from 'typeorm';

/**
 * The outbox's deliveries: one row per event and subscriber, from the first publish until the
 * subscriber has recorded the event, then kept a while as the record of who recorded what (see
 * `OutboxRedelivery`). Each service's migration creates it in its own schema, next to its outbox.
 * No foreign key to `outbox_event`: tests and tools truncate the outbox alone.
 */
export async function createOutboxDeliveryTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE outbox_delivery (
      "event_id" uuid NOT NULL,
      "subscriber" text NOT NULL,
      "published_at" timestamptz NOT NULL DEFAULT now(),
      "due_at" timestamptz NOT NULL DEFAULT now(),
      "republished" int NOT NULL DEFAULT 0,
      "acknowledged_at" timestamptz,
      CONSTRAINT "pk_outbox_delivery" PRIMARY KEY ("event_id", "subscriber")
    )`);
  await queryRunner.query(`
    CREATE INDEX "ix_outbox_delivery_due" ON outbox_delivery ("due_at")
    WHERE "acknowledged_at" IS NULL`);
  await queryRunner.query(`
    CREATE INDEX "ix_outbox_delivery_acknowledged" ON outbox_delivery ("acknowledged_at")
    WHERE "acknowledged_at" IS NOT NULL`);
}

export async function dropOutboxDeliveryTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE outbox_delivery`);
}
