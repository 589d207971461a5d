import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, ImportedChangeType, singleOrganizationEvents } from '@symbiose/contracts';
import { EventHandlers, HandlersOf } from '@symbiose/platform';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook-event-types';
import { recordAllDeliveries, recordDeliveries } from './webhook-fan-out';
import { WebhookSubscription } from './webhook-subscription.entity';

/** An event's payload as webhooks carry it: `synergy.detected` always in its batch shape. */
function dataOf(event: EventEnvelope): unknown {
  return event.type === 'synergy.detected' && event.version === 1
    ? { synergies: [event.payload] }
    : event.payload;
}

/** The enabled subscriptions to an event type. */
function subscribersTo(
  manager: EntityManager,
  type: WebhookEventType,
): Promise<Pick<WebhookSubscription, 'id' | 'partnerId'>[]> {
  return manager
    .getRepository(WebhookSubscription)
    .createQueryBuilder('subscription')
    .select(['subscription.id', 'subscription.partnerId'])
    .where(':type = ANY(subscription.eventTypes)', { type })
    .andWhere('subscription.disabledAt IS NULL')
    .getMany();
}

/**
 * Each subscribable event, as deliveries to the webhooks subscribed to its type. An import's
 * batch (`organization.imported`) is delivered as the single `organization.registered` and
 * `organization.updated` events it stands for, each with its own id: what a webhook receives
 * does not depend on how the directory recorded the change.
 */
@EventHandlers()
@Injectable()
export class WebhookEventHandlers implements EventHandlers {
  handlers(): HandlersOf<WebhookEventType | 'organization.imported'> {
    const single = Object.fromEntries(
      WEBHOOK_EVENT_TYPES.map((type) => [
        type,
        async (event: EventEnvelope, manager: EntityManager) =>
          recordDeliveries(
            manager,
            { id: event.id, type, occurredAt: event.occurredAt, data: dataOf(event) },
            await subscribersTo(manager, type),
          ),
      ]),
    ) as HandlersOf<WebhookEventType>;
    return {
      ...single,
      'organization.imported': async (event, manager) => {
        const subscriptions = new Map<
          ImportedChangeType,
          Awaited<ReturnType<typeof subscribersTo>>
        >();
        for (const type of ['organization.registered', 'organization.updated'] as const) {
          subscriptions.set(type, await subscribersTo(manager, type));
        }
        await recordAllDeliveries(
          manager,
          singleOrganizationEvents(event).map((change) => ({
            event: {
              id: change.id,
              type: change.type,
              occurredAt: change.occurredAt,
              data: change.payload,
            },
            subscriptions: subscriptions.get(change.type)!,
          })),
        );
      },
    };
  }
}
