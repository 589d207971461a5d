import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One person at a workshop, with the organization they came for when there is one. */
@Entity('workshop_attendance')
export class WorkshopAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workshopId: string;

  @Column('text')
  personName: string;

  @Index('ix_workshop_attendance_organization')
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text', { nullable: true })
  role: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  recordedAt: Date;
}
