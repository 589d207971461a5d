import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One way of implementing a synergy, as a follow-up group compares them. */
@Entity()
export class Scenario {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_scenario_synergy')
  @Column('uuid')
  synergyId: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** Euro cents; bigint in PostgreSQL, a number below 2^53 here. */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  costCents: number;

  @Column('text')
  expectedImpact: string;

  @Column('uuid', { nullable: true })
  selectedInWorkshopId: string | null;

  @Column('timestamptz', { nullable: true })
  selectedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
