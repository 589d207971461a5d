import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActionCarrier, ActionStatus, Theme } from './action-enums';

/** Something the programme decided to study or do in a zone, for a year's action plan. */
@Entity()
export class Action {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  zoneId: string;

  @Column('int')
  year: number;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  theme: Theme;

  /** The collective need it answers, a taxonomy category of its theme. */
  @Column('text', { nullable: true })
  categoryCode: string | null;

  @Column('uuid', { array: true, default: () => `'{}'` })
  synergyIds: string[];

  @Column('text')
  carrier: ActionCarrier;

  @Column('uuid', { nullable: true })
  ownerOrganizationId: string | null;

  @Column('text', { default: 'PROPOSED' })
  status: ActionStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
