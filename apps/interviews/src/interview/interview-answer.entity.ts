import { Column, Entity, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Interview } from './interview.entity';

/** The answer to one question of an interview's grid; a new answer replaces the old one. */
@Entity()
export class InterviewAnswer {
  @PrimaryColumn('uuid')
  interviewId: string;

  @PrimaryColumn('text')
  questionKey: string;

  @ManyToOne(() => Interview, (interview) => interview.answers, { onDelete: 'CASCADE' })
  interview: Relation<Interview>;

  @Column('jsonb')
  value: unknown;

  @Column('timestamptz', { default: () => 'now()' })
  recordedAt: Date;
}
