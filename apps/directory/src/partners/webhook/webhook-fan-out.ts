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

/** An event, and the subscriptions that receive it. */
export interface EventDeliveries {
  event: WebhookEvent;
  subscriptions: readonly Pick<WebhookSubscription, 'id' | 'partnerId'>[];
}

/** Most deliveries one INSERT writes (five parameters each, under PostgreSQL's 65,535). */
const DELIVERIES_PER_INSERT = 1000;

/**
 * Records one delivery per subscription, each with the data its owner may see, in the caller's
 * transaction. Deliveries are rows, not jobs queued here: a job queued before the commit could
 * run before its row exists, or outlive a rollback. A row commits with the inbox entry of its
 * event, so a crash loses nothing and a redelivered event adds nothing (the inbox, and the
 * unique subscription and event pair); WebhookDeliveryRelay then queues each row once.
 */
export function recordDeliveries(
  manager: EntityManager,
  event: WebhookEvent,
  subscriptions: readonly Pick<WebhookSubscription, 'id' | 'partnerId'>[],
): Promise<void> {
  return recordAllDeliveries(manager, [{ event, subscriptions }]);
}

/**
 * `recordDeliveries` for many events at once (the single events of an import's batch): each
 * partner's shares read once for all of them, the rows written a thousand an INSERT.
 */
export async function recordAllDeliveries(
  manager: EntityManager,
  deliveries: readonly EventDeliveries[],
): Promise<void> {
  const shared = await sharesOfPartners(manager, deliveries);
  const rows = deliveries.flatMap(({ event, subscriptions }) =>
    subscriptions.map((subscription) => ({
      subscriptionId: subscription.id,
      eventId: event.id,
      eventType: event.type,
      occurredAt: new Date(event.occurredAt),
      data: (subscription.partnerId === null
        ? event.data
        : redactForPartner(event.type, event.data, shared.get(subscription.partnerId)!)) as object,
    })),
  );
  for (let start = 0; start < rows.length; start += DELIVERIES_PER_INSERT) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(WebhookDelivery)
      .values(rows.slice(start, start + DELIVERIES_PER_INSERT))
      .orIgnore()
      .execute();
  }
}

/** For each partner subscribed, the organizations of the events it receives that it may know. */
async function sharesOfPartners(
  manager: EntityManager,
  deliveries: readonly EventDeliveries[],
): Promise<Map<string, Set<string>>> {
  const named = new Map<string, string[]>();
  for (const { event, subscriptions } of deliveries) {
    for (const { partnerId } of subscriptions) {
      if (partnerId === null) continue;
      const ids = named.get(partnerId) ?? [];
      ids.push(...organizationIdsIn(event.type, event.data));
      named.set(partnerId, ids);
    }
  }
  const shares = new Map<string, Set<string>>();
  for (const [partnerId, organizationIds] of named) {
    shares.set(partnerId, await sharedWith(manager, partnerId, organizationIds));
  }
  return shares;
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
