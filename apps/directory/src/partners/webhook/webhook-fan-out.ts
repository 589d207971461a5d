import { EntityManager } from 'typeorm';
import { DeliveredEventType, organizationIdsIn, redactForPartner } from './partner-payload';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

/** An event as a webhook delivers it: the body is `{ id, type, occurredAt, data }`. */
export interface WebhookEvent {
  id: string;
  type: DeliveredEventType;
  occurredAt: string;
  data: unknown;
}

/**
 * Records one delivery per subscription, each with the data its owner may see, in the caller's
 * transaction. Deliveries are rows, not jobs queued here: a job queued before the commit could
 * run before its row exists, or outlive a rollback. A row commits with the inbox entry of its
 * event, so a crash loses nothing and a redelivered event adds nothing (the inbox, and the
 * unique subscription and event pair); WebhookDeliveryRelay then queues each row once.
 */
export async function recordDeliveries(
  manager: EntityManager,
  event: WebhookEvent,
  subscriptions: readonly Pick<WebhookSubscription, 'id' | 'partnerId'>[],
): Promise<void> {
  if (subscriptions.length === 0) return;
  const dataByPartner = new Map<string | null, unknown>([[null, event.data]]);
  for (const partnerId of new Set(subscriptions.map((subscription) => subscription.partnerId))) {
    if (partnerId === null) continue;
    const shared = await sharedWith(manager, partnerId, organizationIdsIn(event.type, event.data));
    dataByPartner.set(partnerId, redactForPartner(event.type, event.data, shared));
  }
  await manager
    .createQueryBuilder()
    .insert()
    .into(WebhookDelivery)
    .values(
      subscriptions.map((subscription) => ({
        subscriptionId: subscription.id,
        eventId: event.id,
        eventType: event.type,
        occurredAt: new Date(event.occurredAt),
        data: dataByPartner.get(subscription.partnerId) as object,
      })),
    )
    .orIgnore()
    .execute();
}

/** The organizations among `organizationIds` that agreed to be known by the partner. */
async function sharedWith(
  manager: EntityManager,
  partnerId: string,
  organizationIds: string[],
): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const rows: { organization_id: string }[] = await manager.query(
    `SELECT organization_id FROM partner_share
      WHERE partner_id = $1 AND organization_id = ANY($2::uuid[])`,
    [partnerId, [...new Set(organizationIds)]],
  );
  return new Set(rows.map((row) => row.organization_id));
}
