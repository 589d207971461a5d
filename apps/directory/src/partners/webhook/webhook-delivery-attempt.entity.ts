import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One POST of a delivery to its endpoint, and what came of it. */
@Entity()
export class WebhookDeliveryAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  deliveryId: string;

  /** 1 for the first attempt. */
  @Column('int')
  attempt: number;

  @Column('boolean')
  succeeded: boolean;

  /** The receiver's HTTP status; null when none came (timeout, refused connection). */
  @Column('int', { nullable: true })
  responseCode: number | null;

  @Column('int')
  durationMs: number;

  @Column('text', { nullable: true })
  error: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  attemptedAt: Date;
}
