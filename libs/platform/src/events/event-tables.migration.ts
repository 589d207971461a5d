import { QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables, as every service's first migration creates
 * them in its own schema. Later changes to these tables get migrations of
 * their own; this function stays as it is.
 */
export async function createEventTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}"."outbox_event" (
      "id" uuid PRIMARY KEY,
      "type" text NOT NULL,
      "version" int NOT NULL,
      "payload" jsonb NOT NULL,
      "occurred_at" timestamptz NOT NULL,
      "published_at" timestamptz,
      "publish_attempts" int NOT NULL DEFAULT 0,
      "last_error" text
    )`);
  await queryRunner.query(`
    CREATE INDEX "ix_outbox_event_unpublished" ON "${schema}"."outbox_event" ("occurred_at")
    WHERE "published_at" IS NULL`);
  await queryRunner.query(`
    CREATE TABLE "${schema}"."inbox_event" (
      "consumer" text NOT NULL,
      "event_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "handled_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "pk_inbox_event" PRIMARY KEY ("consumer", "event_id")
    )`);
}

export async function dropEventTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."inbox_event"`);
  await queryRunner.query(`DROP TABLE "${schema}"."outbox_event"`);
}
