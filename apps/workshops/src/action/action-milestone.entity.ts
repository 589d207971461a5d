import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A dated step of an action; done when it has a completion date. */
@Entity('action_milestone')
export class ActionMilestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_action_milestone_action')
  @Column('uuid')
  actionId: string;

  @Column('text')
  title: string;

  /** YYYY-MM-DD */
  @Column('date')
  dueOn: string;

  /** YYYY-MM-DD */
  @Column('date', { nullable: true })
  completedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
