import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One organization's scores of one candidate action; a new vote replaces it. */
@Entity('priority_vote')
export class PriorityVote {
  @PrimaryColumn('uuid')
  workshopId: string;

  @PrimaryColumn('uuid')
  actionId: string;

  @PrimaryColumn('uuid')
  voterOrganizationId: string;

  /** 1 to 5 */
  @Column('int')
  impact: number;

  /** 1 to 5: the human and financial effort, public or private */
  @Column('int')
  investment: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  castAt: Date;
}
