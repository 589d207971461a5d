import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { InterviewAnswer } from './interview-answer.entity';
import { InterviewStatus } from './interview-status';

/** One structured interview of one organization, on a version of the grid. */
@Entity()
export class Interview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_interview_organization')
  @Column('uuid')
  organizationId: string;

  @Column('int')
  gridVersion: number;

  @Column('text', { default: 'PLANNED' })
  status: InterviewStatus;

  /** Calendar days are kept as the `YYYY-MM-DD` strings PostgreSQL returns, free of time zones. */
  @Column('date', { nullable: true })
  plannedFor: string | null;

  @Column('date', { nullable: true })
  conductedOn: string | null;

  @Column('text')
  interviewer: string;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('text', { nullable: true })
  cancellationReason: string | null;

  @OneToMany(() => InterviewAnswer, (answer) => answer.interview)
  answers: Relation<InterviewAnswer[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
