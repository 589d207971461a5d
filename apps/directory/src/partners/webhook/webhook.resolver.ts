import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Connection,
  CurrentPrincipal,
  Loaders,
  PageArgs,
  RequestLoaders,
  UuidArgPipe,
} from '@symbiose/platform';
import { hasRole, Principal } from '@symbiose/tokens';
import { RegisterWebhookInput, WebhookSubscriptionsArgs } from './dto/register-webhook.input';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { WebhookSubscriptionService } from './webhook-subscription.service';
import {
  RegisteredWebhookModel,
  WebhookDeliveryAttemptModel,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookSubscriptionConnection,
  WebhookSubscriptionModel,
} from './webhook.model';

const SubscriptionId = (name = 'id') => Args(name, { type: () => ID }, UuidArgPipe);

@Resolver(() => WebhookSubscriptionModel)
export class WebhookSubscriptionResolver {
  constructor(private readonly webhooks: WebhookSubscriptionService) {}

  @Query(() => WebhookSubscriptionConnection, { description: 'Newest first' })
  webhookSubscriptions(
    @Args() { partnerId, ...page }: WebhookSubscriptionsArgs,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.webhooks.list(hasRole(principal, 'ADMIN') ? partnerId : principal.partnerId, page);
  }

  @Query(() => WebhookSubscriptionModel, { nullable: true })
  webhookSubscription(@SubscriptionId() id: string) {
    return this.webhooks.findById(id);
  }

  @Mutation(() => RegisteredWebhookModel, {
    description: 'Registers an endpoint; the answer is the only place its signing secret appears',
  })
  registerWebhook(
    @Args('input') input: RegisterWebhookInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.webhooks.register(input, principal);
  }

  @Mutation(() => WebhookSubscriptionModel, {
    description: 'Deliveries resume, after a disableWebhook or an automatic disabling',
  })
  enableWebhook(@SubscriptionId() id: string) {
    return this.webhooks.enable(id);
  }

  @Mutation(() => WebhookSubscriptionModel, {
    description: 'Stops deliveries, those not sent yet included, until enableWebhook',
  })
  disableWebhook(@SubscriptionId() id: string, @CurrentPrincipal() principal: Principal) {
    return this.webhooks.disable(id, principal);
  }

  @Mutation(() => WebhookSubscriptionModel, {
    description: 'Deletes the subscription and its delivery log; the answer is what it was',
  })
  deleteWebhook(@SubscriptionId() id: string) {
    return this.webhooks.delete(id);
  }

  @Mutation(() => RegisteredWebhookModel, {
    description: 'A new signing secret, shown this once; the old one stops signing at once',
  })
  rotateWebhookSecret(@SubscriptionId() id: string) {
    return this.webhooks.rotateSecret(id);
  }

  @Mutation(() => WebhookDeliveryModel, {
    description: 'Delivers a `webhook.test` event to the subscription, as any event',
  })
  sendTestEvent(@SubscriptionId('subscriptionId') subscriptionId: string) {
    return this.webhooks.sendTestEvent(subscriptionId);
  }

  @ResolveField(() => Boolean, { description: 'Whether it receives deliveries' })
  enabled(@Parent() subscription: WebhookSubscription) {
    return subscription.disabledAt === null;
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'Newest first' })
  deliveries(
    @Parent() subscription: WebhookSubscription,
    @Args() page: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ) {
    return loaders
      .get<string, Connection<WebhookDelivery>>(
        `webhookDeliveries:${JSON.stringify([page.first, page.after])}`,
        (ids) => this.webhooks.pagesOfSubscriptions(ids, page),
      )
      .load(subscription.id);
  }
}

@Resolver(() => WebhookDeliveryModel)
export class WebhookDeliveryResolver {
  constructor(private readonly webhooks: WebhookSubscriptionService) {}

  @ResolveField(() => [WebhookDeliveryAttemptModel], {
    description: 'Every attempt, first first (at most WEBHOOK_MAX_ATTEMPTS)',
  })
  attempts(@Parent() delivery: WebhookDelivery, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, WebhookDeliveryAttempt[]>('webhookDeliveryAttempts', (ids) =>
        this.webhooks.attemptsOf(ids),
      )
      .load(delivery.id);
  }
}
