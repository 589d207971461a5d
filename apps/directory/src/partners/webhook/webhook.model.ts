import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { WEBHOOK_DELIVERY_STATUS_LABELS } from '@symbiose/contracts';
import { ConnectionType, enumObject, registerLabelledEnum } from '@symbiose/platform';
import { WEBHOOK_DELIVERY_STATUSES, WebhookDeliveryStatus } from './webhook-delivery.entity';

export const WebhookDeliveryStatusEnum = enumObject(WEBHOOK_DELIVERY_STATUSES);

registerLabelledEnum(
  WebhookDeliveryStatusEnum,
  {
    name: 'WebhookDeliveryStatus',
    description:
      'PENDING until delivered (a 2xx answer), FAILED once every attempt failed, SKIPPED when the subscription was disabled first',
  },
  WEBHOOK_DELIVERY_STATUS_LABELS,
);

@ObjectType('WebhookSubscription', {
  description: 'An endpoint that receives events; its signing secret is never shown again',
})
export class WebhookSubscriptionModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The partner body that owns it; its payloads name only the firms that agreed',
  })
  partnerId: string | null;

  @Field()
  url: string;

  @Field(() => [String])
  eventTypes: string[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field()
  secretRotatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it stopped receiving deliveries' })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true })
  disabledReason: string | null;

  @Field(() => Int, { description: 'Deliveries in a row that failed every attempt' })
  consecutiveFailedDeliveries: number;
}

@ObjectType('RegisteredWebhook')
export class RegisteredWebhookModel {
  @Field(() => WebhookSubscriptionModel)
  subscription: WebhookSubscriptionModel;

  @Field({
    description: 'The signing secret: shown this once; verify Symbiose-Signature with it',
  })
  secret: string;
}

@ObjectType('WebhookDeliveryAttempt')
export class WebhookDeliveryAttemptModel {
  @Field(() => Int, { description: '1 for the first' })
  attempt: number;

  @Field()
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: 'Null when no answer came' })
  responseCode: number | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field()
  attemptedAt: Date;
}

@ObjectType('WebhookDelivery', { description: 'One event sent to one subscription' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'As sent in the Symbiose-Delivery header' })
  id: string;

  @Field(() => ID, {
    description: 'The event’s id, as in the body: the same for every subscription',
  })
  eventId: string;

  @Field()
  eventType: string;

  @Field(() => WebhookDeliveryStatusEnum)
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far; the last one’s outcome follows' })
  attempt: number;

  @Field(() => Int, { nullable: true })
  responseCode: number | null;

  @Field(() => Int, { nullable: true })
  durationMs: number | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@ObjectType('WebhookSubscriptionConnection')
export class WebhookSubscriptionConnection extends ConnectionType(
  WebhookSubscriptionModel,
  'WebhookSubscription',
) {}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection extends ConnectionType(
  WebhookDeliveryModel,
  'WebhookDelivery',
) {}
