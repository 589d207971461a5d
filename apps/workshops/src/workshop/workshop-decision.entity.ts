import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a workshop decided, with the actions and synergies the decision is about. */
@Entity('workshop_decision')
export class WorkshopDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_workshop_decision_workshop')
  @Column('uuid')
  workshopId: string;

  @Column('text')
  text: string;

  @Column('uuid', { array: true, default: () => `'{}'` })
  actionIds: string[];

  @Column('uuid', { array: true, default: () => `'{}'` })
  synergyIds: string[];

  @Column('timestamptz', { default: () => 'now()' })
  recordedAt: Date;
}
