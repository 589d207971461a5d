import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** pg returns bigint as a string; euro cents of one period stay far below 2^53. */
const CENTS = {
  type: 'bigint',
  nullable: true,
  transformer: {
    to: (value: number | null) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  },
} as const;

/** What an operational synergy achieved over a period, as measured and recorded. */
@Entity()
export class SynergyOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  synergyId: string;

  /** Calendar days, kept as the `YYYY-MM-DD` strings PostgreSQL returns; both included. */
  @Column('date')
  periodFrom: string;

  @Column('date')
  periodTo: string;

  /** As recorded, in `unit`; null when no quantity was measured. */
  @Column('double precision', { nullable: true })
  quantity: number | null;

  @Column('text', { nullable: true })
  unit: string | null;

  /** `quantity` in the canonical unit of its dimension (t, m3, MWh, h, unit). */
  @Column('double precision', { nullable: true })
  canonicalQuantity: number | null;

  @Column('text', { nullable: true })
  canonicalUnit: string | null;

  @Column(CENTS)
  costCents: number | null;

  @Column(CENTS)
  savingsCents: number | null;

  @Column('int')
  jobsCreated: number;

  @Column('int')
  jobsKept: number;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('text')
  recordedBy: string;

  @Column('text')
  recordedBySubject: string;

  @Column('timestamptz')
  recordedAt: Date;
}
