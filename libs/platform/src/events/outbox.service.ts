import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CURRENT_VERSION, EventPayload, EventType, validatePayload } from '@symbiose/contracts';
import { OutboxEvent } from './outbox-event.entity';

const OUTBOX_BATCH = 1000;

/**
 * Records events in the caller's transaction. Call it with the EntityManager of
 * the transaction that makes the change: if that rolls back, so does the event.
 */
@Injectable()
export class OutboxService {
  async record<T extends EventType>(
    manager: EntityManager,
    type: T,
    payload: EventPayload<T>,
  ): Promise<OutboxEvent> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${type} must be recorded inside the transaction of its change`);
    }
    const version = CURRENT_VERSION[type];
    const event = manager.create(OutboxEvent, {
      id: randomUUID(),
      type,
      version,
      payload: validatePayload(type, version, payload),
      occurredAt: new Date(),
      publishedAt: null,
    });
    // A new id: an insert, without the select `save` makes first to choose between insert and update.
    await manager.insert(OutboxEvent, { ...event, payload: event.payload as object });
    return event;
  }

  /**
   * Records many events of one type in one statement per thousand. `validate: false` is for
   * payloads a service builds in bulk from its own typed rows (a recompute's synergies), where
   * checking every one against its schema cost more than writing it; the consumers still check
   * each event they receive. `occurredAt` (now by default) lets a caller recording several
   * events about one subject in one transaction give the later ones a later time, which is how
   * consumers order them.
   */
  async recordAll<T extends EventType>(
    manager: EntityManager,
    type: T,
    payloads: readonly EventPayload<T>[],
    options: { validate?: boolean; occurredAt?: Date } = {},
  ): Promise<void> {
    const validate = options.validate ?? true;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${type} must be recorded inside the transaction of its change`);
    }
    const version = CURRENT_VERSION[type];
    const occurredAt = options.occurredAt ?? new Date();
    for (let start = 0; start < payloads.length; start += OUTBOX_BATCH) {
      const chunk = payloads.slice(start, start + OUTBOX_BATCH);
      const checked = validate
        ? chunk.map((payload) => validatePayload(type, version, payload))
        : chunk;
      // One JSON array for the chunk: TypeORM's insert builder spent more building its
      // parameters (a lookup per value) than the database spent writing the rows.
      await manager.query(
        `INSERT INTO outbox_event (id, type, version, payload, occurred_at)
         SELECT gen_random_uuid(), $1, $2, payload, $3
           FROM jsonb_array_elements($4::jsonb) AS event (payload)`,
        [type, version, occurredAt, JSON.stringify(checked)],
      );
    }
  }
}
