import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { WEBHOOK_DELIVERY } from '@symbiose/contracts';
import { QueueWorkerFactory, ServiceQueueWorker } from '@symbiose/platform';
import { DirectoryConfig } from '../../directory.config';
import { DeliveredEventType } from './partner-payload';
import { WebhookDeliveryJob } from './webhook-delivery-relay';
import { WebhookDeliveryLog } from './webhook-delivery-log';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { AttemptOutcome, sendWebhook } from './webhook-sender';
import { WebhookSubscription } from './webhook-subscription.entity';

/**
 * Sends queued deliveries: one attempt per run of a job, logged; a failed attempt fails the job,
 * so that BullMQ retries it after its backoff. A delivery already settled (a job run again after
 * a crash) or whose subscription is gone is left alone; one whose subscription was disabled is
 * skipped. A process that dies after the receiver answered but before the log is written sends
 * the delivery again: receivers deduplicate on Symbiose-Delivery (docs/webhooks.md).
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly cipher: WebhookSecretCipher;
  private readonly worker: ServiceQueueWorker;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: DirectoryConfig,
    private readonly log: WebhookDeliveryLog,
    workers: QueueWorkerFactory,
  ) {
    this.cipher = new WebhookSecretCipher(config.WEBHOOK_SECRET_KEY);
    this.worker = workers.create<WebhookDeliveryJob, void>({
      queue: WEBHOOK_DELIVERY.name,
      process: (job) => this.deliver(job),
      concurrency: config.WEBHOOK_CONCURRENCY,
      logger: this.logger,
      subject: 'delivery',
      subjectId: (data) => data.deliveryId,
      failureLevel: 'warn',
      shutdownStep: 'webhook delivery worker',
    });
  }

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  private async deliver(job: Job<WebhookDeliveryJob>): Promise<void> {
    const delivery = await this.dataSource
      .getRepository(WebhookDelivery)
      .findOneBy({ id: job.data.deliveryId });
    if (delivery?.status !== 'PENDING') return;
    const subscription = await this.dataSource
      .getRepository(WebhookSubscription)
      .findOneBy({ id: delivery.subscriptionId });
    if (!subscription) return;
    if (subscription.disabledAt) {
      await this.log.skip(delivery.id);
      return;
    }
    const attempt = job.attemptsMade + 1;
    const outcome = await this.send(delivery, subscription);
    await this.log.recordAttempt(delivery, attempt, outcome, attempt >= (job.opts.attempts ?? 1));
    if (!outcome.succeeded) throw new Error(`attempt ${attempt}: ${outcome.error}`);
  }

  private async send(
    delivery: WebhookDelivery,
    subscription: WebhookSubscription,
  ): Promise<AttemptOutcome> {
    let secret: string;
    try {
      secret = this.cipher.decrypt(subscription.encryptedSecret);
    } catch {
      // Encrypted under another WEBHOOK_SECRET_KEY: failed like any attempt, so it shows in the
      // log and ends in disabling rather than in jobs failing unseen.
      return {
        succeeded: false,
        responseCode: null,
        durationMs: 0,
        error: 'signing secret unreadable with this WEBHOOK_SECRET_KEY: rotate the secret',
      };
    }
    return sendWebhook({
      url: subscription.url,
      secret,
      deliveryId: delivery.id,
      event: {
        id: delivery.eventId,
        type: delivery.eventType as DeliveredEventType,
        occurredAt: delivery.occurredAt.toISOString(),
        data: delivery.data,
      },
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
      refusePrivateTargets: this.config.refusesPrivateWebhookTargets,
    });
  }
}
