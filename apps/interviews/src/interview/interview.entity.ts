import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewStatus } from './interview-status';

/** One structured interview of one organization. */
@Entity()
export class Interview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_interview_organization')
  @Column('uuid')
  organizationId: string;

  @Column('uuid', { nullable: true })
  zoneId: string | null;

  @Column('text', { default: 'PLANNED' })
  status: InterviewStatus;

  /** A calendar day, kept as the `YYYY-MM-DD` string PostgreSQL returns, free of time zones. */
  @Column('date', { nullable: true })
  plannedFor: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
