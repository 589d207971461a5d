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

  @Column('text', { default: 'PLANNED' })
  status: WorkshopStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
