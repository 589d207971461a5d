import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DirectoryConfig } from '../../directory.config';
import { AttemptOutcome } from './webhook-sender';

/**
 * Writes down each attempt and what it settles, in one transaction: the attempt's row, the
 * delivery's latest outcome, and the subscription's run of failed deliveries. A delivered one
 * ends the run; one that failed its last attempt lengthens it, and a run of
 * WEBHOOK_DISABLE_AFTER_FAILED_DELIVERIES disables the subscription until enableWebhook.
 */
@Injectable()
export class WebhookDeliveryLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: DirectoryConfig,
  ) {}

  async recordAttempt(
    delivery: { id: string; subscriptionId: string },
    attempt: number,
    outcome: AttemptOutcome,
    lastAttempt: boolean,
  ): Promise<void> {
    const status = outcome.succeeded ? 'DELIVERED' : lastAttempt ? 'FAILED' : 'PENDING';
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_delivery_attempt
           (delivery_id, attempt, succeeded, response_code, duration_ms, error)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          delivery.id,
          attempt,
          outcome.succeeded,
          outcome.responseCode,
          outcome.durationMs,
          outcome.error,
        ],
      );
      await manager.query(
        `UPDATE webhook_delivery
            SET attempt = $2, status = $3, response_code = $4, duration_ms = $5, error = $6,
                completed_at = CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END
          WHERE id = $1`,
        [delivery.id, attempt, status, outcome.responseCode, outcome.durationMs, outcome.error],
      );
      if (status === 'DELIVERED') {
        await manager.query(
          `UPDATE webhook_subscription SET consecutive_failed_deliveries = 0 WHERE id = $1`,
          [delivery.subscriptionId],
        );
      } else if (status === 'FAILED') {
        const limit = this.config.WEBHOOK_DISABLE_AFTER_FAILED_DELIVERIES;
        await manager.query(
          `UPDATE webhook_subscription
              SET consecutive_failed_deliveries = consecutive_failed_deliveries + 1,
                  disabled_reason = CASE
                    WHEN disabled_at IS NULL AND consecutive_failed_deliveries + 1 >= $2
                    THEN $3 ELSE disabled_reason END,
                  disabled_at = CASE
                    WHEN disabled_at IS NULL AND consecutive_failed_deliveries + 1 >= $2
                    THEN now() ELSE disabled_at END
            WHERE id = $1`,
          [
            delivery.subscriptionId,
            limit,
            `${limit} deliveries in a row failed every attempt (last: ${outcome.error})`,
          ],
        );
      }
    });
  }

  /** A delivery left for a subscription disabled since it was recorded. */
  async skip(deliveryId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery
          SET status = 'SKIPPED', error = 'subscription disabled', completed_at = now()
        WHERE id = $1 AND status = 'PENDING'`,
      [deliveryId],
    );
  }
}
