import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@symbiose/contracts';
import { InboxEvent } from './inbox-event.entity';

/**
 * Runs a consumer's effect for an event at most once: the inbox row and the
 * effect commit together, so a redelivered event finds its row and changes
 * nothing. Returns false when the event had already been handled.
 */
export async function handleOnce(
  dataSource: DataSource,
  consumer: string,
  event: EventEnvelope,
  effect: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(InboxEvent)
      .values({ consumer, eventId: event.id, eventType: event.type })
      .orIgnore()
      .returning(['eventId'])
      .execute();
    if (result.raw.length === 0) return false;
    await effect(manager);
    return true;
  });
}
