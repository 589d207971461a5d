import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one subscription, written in the transaction that consumed the event, with the
 * body's data as the subscriber may see it; the relay then queues it (see WebhookDeliveryRelay).
 */
@Entity()
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  subscriptionId: string;

  @Column('uuid')
  eventId: string;

  @Column('text')
  eventType: string;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('jsonb')
  data: unknown;

  @Column('text', { default: 'PENDING' })
  status: WebhookDeliveryStatus;

  /** Attempts made so far; the last one's outcome is below. */
  @Column('int', { default: 0 })
  attempt: number;

  @Column('int', { nullable: true })
  responseCode: number | null;

  @Column('int', { nullable: true })
  durationMs: number | null;

  @Column('text', { nullable: true })
  error: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /** When the relay put it on the queue; null until then. */
  @Column('timestamptz', { nullable: true })
  queuedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;
}
