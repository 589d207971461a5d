import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has handled, recorded in the same transaction as its effect. */
@Entity('inbox_event')
export class InboxEvent {
  @PrimaryColumn('text')
  consumer: string;

  @PrimaryColumn('uuid')
  eventId: string;

  @Column('text')
  eventType: string;

  @Column('timestamptz', { default: () => 'now()' })
  handledAt: Date;
}
