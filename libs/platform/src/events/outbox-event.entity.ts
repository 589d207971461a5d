import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An event written in the same transaction as the change it describes, waiting for the relay. */
@Entity('outbox_event')
@Index('ix_outbox_event_unpublished', ['occurredAt'], { where: 'published_at IS NULL' })
export class OutboxEvent {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  type: string;

  @Column('int')
  version: number;

  @Column('jsonb')
  payload: unknown;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Column('int', { default: 0 })
  publishAttempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;
}
