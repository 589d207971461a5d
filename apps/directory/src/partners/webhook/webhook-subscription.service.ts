import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import {
  BadUserInputError,
  Connection,
  forbidden,
  groupToKeys,
  NotFoundError,
  PageArgs,
  pagesOfChildren,
  paginate,
} from '@symbiose/platform';
import { hasRole, Principal } from '@symbiose/tokens';
import { DirectoryConfig } from '../../directory.config';
import { RegisterWebhookInput } from './dto/register-webhook.input';
import { recordDeliveries } from './webhook-fan-out';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WEBHOOK_TEST_EVENT } from './webhook-event-types';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WebhookSubscription } from './webhook-subscription.entity';
import { privateTargetOf } from './webhook-target-guard';

const SECRET_PREFIX = 'whsec_';

export interface SubscriptionWithSecret {
  subscription: WebhookSubscription;
  secret: string;
}

/** Webhook subscriptions: registered, listed, enabled, disabled, deleted, their secret rotated. */
@Injectable()
export class WebhookSubscriptionService {
  private readonly cipher: WebhookSecretCipher;

  constructor(
    @InjectRepository(WebhookSubscription)
    private readonly subscriptions: Repository<WebhookSubscription>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @InjectRepository(WebhookDeliveryAttempt)
    private readonly attempts: Repository<WebhookDeliveryAttempt>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: DirectoryConfig,
  ) {
    this.cipher = new WebhookSecretCipher(config.WEBHOOK_SECRET_KEY);
  }

  /** A partner registers for itself; an admin for the partner named, or for none (full payloads). */
  async register(
    input: RegisterWebhookInput,
    principal: Principal,
  ): Promise<SubscriptionWithSecret> {
    const url = this.endpointOf(input.url);
    const privateTarget = this.config.refusesPrivateWebhookTargets
      ? await privateTargetOf(url)
      : null;
    if (privateTarget) {
      throw new BadUserInputError('url', `must lead to a public address: ${privateTarget}`);
    }
    const secret = newSecret();
    const subscription = await this.subscriptions.save(
      this.subscriptions.create({
        partnerId: ownerOf(input, principal),
        url,
        eventTypes: [...new Set(input.eventTypes)],
        description: input.description ?? null,
        encryptedSecret: this.cipher.encrypt(secret),
        createdBy: principal.subject,
      }),
    );
    return { subscription, secret };
  }

  /** Newest first; a partner's own only, whatever it asks. */
  list(partnerId: string | undefined, page: PageArgs): Promise<Connection<WebhookSubscription>> {
    const query = this.subscriptions.createQueryBuilder('subscription');
    if (partnerId) query.where('subscription.partnerId = :partnerId', { partnerId });
    return paginate(
      query.orderBy('subscription.createdAt', 'DESC').addOrderBy('subscription.id', 'ASC'),
      page,
    );
  }

  findById(id: string): Promise<WebhookSubscription | null> {
    return this.subscriptions.findOneBy({ id });
  }

  async isOwnedBy(id: string, partnerId: string): Promise<boolean> {
    return this.subscriptions.existsBy({ id, partnerId });
  }

  /** Deliveries resume, and the run of failed ones starts again from zero. */
  async enable(id: string): Promise<WebhookSubscription> {
    const subscription = await this.existing(id);
    return this.subscriptions.save({
      ...subscription,
      disabledAt: null,
      disabledReason: null,
      consecutiveFailedDeliveries: 0,
    });
  }

  /** Deliveries not sent yet are skipped; disabling a disabled subscription changes nothing. */
  async disable(id: string, principal: Principal): Promise<WebhookSubscription> {
    const subscription = await this.existing(id);
    if (subscription.disabledAt) return subscription;
    return this.subscriptions.save({
      ...subscription,
      disabledAt: new Date(),
      disabledReason: `disabled by ${principal.subject}`,
    });
  }

  /** The subscription, with its deliveries and their log, is gone; the answer is what it was. */
  async delete(id: string): Promise<WebhookSubscription> {
    const subscription = await this.existing(id);
    // In a transaction, so that the mutation's audit entry is written with the deletion.
    await this.subscriptions.manager.transaction((manager) =>
      manager.delete(WebhookSubscription, { id }),
    );
    return subscription;
  }

  /** The old secret stops signing at once: deliveries from now on use the new one. */
  async rotateSecret(id: string): Promise<SubscriptionWithSecret> {
    const subscription = await this.existing(id);
    const secret = newSecret();
    const saved = await this.subscriptions.save({
      ...subscription,
      encryptedSecret: this.cipher.encrypt(secret),
      secretRotatedAt: new Date(),
    });
    return { subscription: saved, secret };
  }

  /** A `webhook.test` event for one subscription, through the same deliveries as any event. */
  async sendTestEvent(subscriptionId: string): Promise<WebhookDelivery> {
    const subscription = await this.existing(subscriptionId, 'subscriptionId');
    if (subscription.disabledAt) {
      throw new BadUserInputError(
        'subscriptionId',
        'the subscription is disabled: enable it first',
      );
    }
    const eventId = randomUUID();
    await recordDeliveries(
      this.dataSource.manager,
      {
        id: eventId,
        type: WEBHOOK_TEST_EVENT,
        occurredAt: new Date().toISOString(),
        data: { subscriptionId, message: 'A test event from Symbiose' },
      },
      [subscription],
    );
    return this.deliveries.findOneByOrFail({ subscriptionId, eventId });
  }

  /** The same page of deliveries, newest first, for each subscription, in two queries. */
  pagesOfSubscriptions(
    subscriptionIds: readonly string[],
    page: PageArgs,
  ): Promise<Connection<WebhookDelivery>[]> {
    return pagesOfChildren(
      {
        repository: this.deliveries,
        parentColumn: 'subscription_id',
        orderBy: 'created_at DESC, id',
      },
      subscriptionIds,
      page,
    );
  }

  /** Each delivery's attempts, first first. */
  async attemptsOf(deliveryIds: readonly string[]): Promise<WebhookDeliveryAttempt[][]> {
    const attempts = await this.attempts.find({
      where: { deliveryId: In([...deliveryIds]) },
      order: { attempt: 'ASC', attemptedAt: 'ASC' },
    });
    return groupToKeys(deliveryIds, attempts, (attempt) => attempt.deliveryId);
  }

  private async existing(id: string, field = 'id'): Promise<WebhookSubscription> {
    const subscription = await this.subscriptions.findOneBy({ id });
    if (!subscription) throw new NotFoundError(field, id);
    return subscription;
  }

  /** An absolute http(s) URL; https only in production, where deliveries carry firms' data. */
  private endpointOf(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new BadUserInputError('url', 'must be an absolute http(s) URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new BadUserInputError('url', 'must be an absolute http(s) URL');
    }
    if (url.protocol === 'http:' && this.config.NODE_ENV === 'production') {
      throw new BadUserInputError('url', 'must be an https URL in production');
    }
    if (url.username || url.password) {
      throw new BadUserInputError('url', 'must not carry credentials: sign requests instead');
    }
    return url.toString();
  }
}

/** Who owns a new subscription: never none for a partner, whose payloads must be redacted. */
function ownerOf(input: RegisterWebhookInput, principal: Principal): string | null {
  if (hasRole(principal, 'ADMIN')) return input.partnerId ?? null;
  if (!principal.partnerId) throw forbidden('registerWebhook needs a partner token');
  return principal.partnerId;
}

const newSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
