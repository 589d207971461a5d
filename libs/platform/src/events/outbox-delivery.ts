import { EntityManager } from 'typeorm';

/** One event on its way to one subscriber. */
export interface Delivery {
  eventId: string;
  subscriber: string;
}

function columns(deliveries: readonly Delivery[]): [string[], string[]] {
  return [deliveries.map((d) => d.eventId), deliveries.map((d) => d.subscriber)];
}

/**
 * Records deliveries the relay is publishing, due for a check `dueInMs` later. Both this and
 * `acknowledgeDeliveries` insert or leave alone, so they agree in either order: an
 * acknowledgement that commits first is kept, and one that comes while the relay's
 * transaction is open waits for it on the primary key.
 */
export async function recordDeliveries(
  manager: EntityManager,
  deliveries: readonly Delivery[],
  dueInMs: number,
): Promise<void> {
  if (deliveries.length === 0) return;
  await manager.query(
    `INSERT INTO outbox_delivery (event_id, subscriber, published_at, due_at)
     SELECT event_id, subscriber, now(), now() + $3 * interval '1 millisecond'
       FROM unnest($1::uuid[], $2::text[]) AS delivery (event_id, subscriber)
     ON CONFLICT (event_id, subscriber) DO NOTHING`,
    [...columns(deliveries), dueInMs],
  );
}

/** Records that subscribers have recorded events; a repeated acknowledgement keeps the first time. */
export async function acknowledgeDeliveries(
  manager: EntityManager,
  deliveries: readonly Delivery[],
): Promise<void> {
  if (deliveries.length === 0) return;
  await manager.query(
    `INSERT INTO outbox_delivery (event_id, subscriber, acknowledged_at)
     SELECT event_id, subscriber, now()
       FROM unnest($1::uuid[], $2::text[]) AS delivery (event_id, subscriber)
     ON CONFLICT (event_id, subscriber) DO UPDATE
       SET acknowledged_at = coalesce(outbox_delivery.acknowledged_at, EXCLUDED.acknowledged_at)`,
    columns(deliveries),
  );
}

/** Postpones the next check of deliveries still on their way; `republished` counts one more publish. */
export async function postponeDeliveries(
  manager: EntityManager,
  deliveries: readonly Delivery[],
  dueInMs: number,
  republished: boolean,
): Promise<void> {
  if (deliveries.length === 0) return;
  await manager.query(
    `UPDATE outbox_delivery AS d
        SET due_at = now() + $3 * interval '1 millisecond',
            republished = d.republished + $4
       FROM unnest($1::uuid[], $2::text[]) AS delivery (event_id, subscriber)
      WHERE d.event_id = delivery.event_id AND d.subscriber = delivery.subscriber`,
    [...columns(deliveries), dueInMs, republished ? 1 : 0],
  );
}

/** Deletes up to `limit` deliveries acknowledged more than `retentionMs` ago; returns how many. */
export async function pruneAcknowledged(
  manager: EntityManager,
  retentionMs: number,
  limit: number,
): Promise<number> {
  const [, deleted]: [unknown, number] = await manager.query(
    `DELETE FROM outbox_delivery WHERE ctid IN (
       SELECT ctid FROM outbox_delivery
        WHERE acknowledged_at < now() - $1 * interval '1 millisecond'
        LIMIT $2)`,
    [retentionMs, limit],
  );
  return deleted;
}
