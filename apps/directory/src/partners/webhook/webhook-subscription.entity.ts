import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner system's (or an admin's) endpoint, and the event types it receives there. */
@Entity()
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The partner body that owns it, whose payloads are redacted; null for an admin's own. */
  @Column('text', { nullable: true })
  partnerId: string | null;

  @Column('text')
  url: string;

  @Column('text', { array: true })
  eventTypes: string[];

  @Column('text', { nullable: true })
  description: string | null;

  /** The signing secret, AES-256-GCM encrypted (see WebhookSecretCipher): signing needs it whole. */
  @Column('text')
  encryptedSecret: string;

  @Column('text')
  createdBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  secretRotatedAt: Date;

  /** Set by disableWebhook or after too many failed deliveries in a row; it then receives nothing. */
  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;

  @Column('text', { nullable: true })
  disabledReason: string | null;

  /** Deliveries in a row that failed every attempt; a delivered one resets it. */
  @Column('int', { default: 0 })
  consecutiveFailedDeliveries: number;
}
