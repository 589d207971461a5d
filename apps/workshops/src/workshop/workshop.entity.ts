import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WorkshopKind, WorkshopStatus } from './workshop-enums';

/** An event of the programme in a zone: awareness event, workshop, committee … */
@Entity()
export class Workshop {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_workshop_zone')
  @Column('uuid')
  zoneId: string;

  @Column('text')
  kind: WorkshopKind;

  @Column('text')
  title: string;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column('text', { nullable: true })
  place: string | null;

  @Column('text', { nullable: true })
  agenda: string | null;

  @Column('text', { nullable: true })
  minutes: string | null;

  /** The synergy a follow-up group follows; null for every other kind. */
  @Index('ix_workshop_synergy')
  @Column('uuid', { nullable: true })
  synergyId: string | null;

  @Column('text', { default: 'PLANNED' })
  status: WorkshopStatus;

  @Column('text', { nullable: true })
  cancellationReason: string | null;

  /** When a prioritisation workshop's ranking was closed; votes are refused from then on. */
  @Column('timestamptz', { nullable: true })
  prioritisationClosedAt: Date | null;

  /** How many of the ranked actions the closing moved to PRIORITISED. */
  @Column('int', { nullable: true })
  prioritisedCount: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
