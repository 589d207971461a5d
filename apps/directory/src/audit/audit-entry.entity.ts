import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One mutation a service received; its id is that of the `audit.recorded` event. */
@Entity()
export class AuditEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  service: string;

  @Column('text')
  subject: string;

  @Column('text', { array: true })
  roles: string[];

  @Column('text')
  operation: string;

  @Column('text', { nullable: true })
  operationName: string | null;

  @Column('text', { nullable: true })
  entityType: string | null;

  @Column('text', { nullable: true })
  entityId: string | null;

  @Column('text')
  outcome: string;

  @Column('text', { nullable: true })
  requestId: string | null;

  @Column('timestamptz')
  at: Date;
}
