import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CURRENT_VERSION, EventPayload, EventType, validatePayload } from '@symbiose/contracts';
import { OutboxEvent } from './outbox-event.entity';

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
    return manager.save(OutboxEvent, event);
  }
}
