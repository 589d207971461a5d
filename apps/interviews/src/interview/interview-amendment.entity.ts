import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an amendment of a completed interview changed: the values before and after, and why. */
export interface AmendedValues {
  conductedOn?: string;
  notes?: string | null;
  answers?: Record<string, unknown>;
}

@Entity()
@Index('ix_interview_amendment_interview', ['interviewId', 'amendedAt'])
export class InterviewAmendment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  interviewId: string;

  @Column('text')
  reason: string;

  @Column('jsonb')
  before: AmendedValues;

  @Column('jsonb')
  after: AmendedValues;

  @Column('timestamptz', { default: () => 'now()' })
  amendedAt: Date;
}
