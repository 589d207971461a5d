import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryLog } from './webhook-delivery-log';
import { WebhookDeliveryRelay } from './webhook-delivery-relay';
import { WebhookDeliveryRetention } from './webhook-delivery-retention';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookEventHandlers } from './webhook-event-handlers';
import { WebhookSubscription } from './webhook-subscription.entity';
import { WebhookSubscriptionService } from './webhook-subscription.service';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from './webhook.resolver';

/**
 * Signed webhooks for partner systems: subscriptions, and the deliveries that its event handlers
 * record, its relay queues and its worker sends (see docs/webhooks.md).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([WebhookSubscription, WebhookDelivery, WebhookDeliveryAttempt]),
  ],
  providers: [
    WebhookSubscriptionService,
    WebhookSubscriptionResolver,
    WebhookDeliveryResolver,
    WebhookDeliveryLog,
    WebhookDeliveryRelay,
    WebhookDeliveryRetention,
    WebhookDeliveryWorker,
    WebhookEventHandlers,
  ],
})
export class WebhookModule {}
