import { IsIn, IsInt, IsOptional, Max, Min, MinLength } from 'class-validator';
import { IsOwnSecretInProduction, ServiceConfig } from '@symbiose/platform';

/** Encrypts webhook signing secrets on a developer machine; refused in production. */
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = 'symbiose-development-webhook-key-not-for-production';

/** The directory's own settings, beside every service's: its webhooks'. */
export class DirectoryConfig extends ServiceConfig {
  /**
   * Encrypts the webhook signing secrets at rest (AES-256-GCM). Changing it makes every stored
   * secret unreadable: rotate each subscription's secret afterwards.
   */
  @MinLength(32)
  @IsOwnSecretInProduction(DEVELOPMENT_WEBHOOK_SECRET_KEY)
  WEBHOOK_SECRET_KEY: string = DEVELOPMENT_WEBHOOK_SECRET_KEY;

  /** How long one delivery attempt waits for the receiver's answer. */
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS: number = 10000;

  /** Attempts per delivery, the first included. */
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS: number = 6;

  /** Wait before the first retry; each next one waits twice as long (30 s, 1 min, 2 min …). */
  @IsInt()
  @Min(10)
  @Max(3600000)
  WEBHOOK_BACKOFF_MS: number = 30000;

  /** Deliveries in a row that fail all their attempts before the subscription is disabled. */
  @IsInt()
  @Min(1)
  @Max(1000)
  WEBHOOK_DISABLE_AFTER_FAILED_DELIVERIES: number = 5;

  @IsInt()
  @Min(1)
  @Max(64)
  WEBHOOK_CONCURRENCY: number = 4;

  /** Days a settled delivery stays in the log (with its attempts) before it is deleted. */
  @IsInt()
  @Min(1)
  @Max(3650)
  WEBHOOK_DELIVERY_RETENTION_DAYS: number = 30;

  /**
   * Whether a webhook may be sent to this host or a private network: `refuse` by default in
   * production, where partners choose the URLs and the directory runs inside the deployment's
   * network; `allow` elsewhere, where receivers run on the developer's machine.
   */
  @IsOptional()
  @IsIn(['allow', 'refuse'])
  WEBHOOK_PRIVATE_TARGETS?: 'allow' | 'refuse';

  get refusesPrivateWebhookTargets(): boolean {
    const setting =
      this.WEBHOOK_PRIVATE_TARGETS ?? (this.NODE_ENV === 'production' ? 'refuse' : 'allow');
    return setting === 'refuse';
  }
}
