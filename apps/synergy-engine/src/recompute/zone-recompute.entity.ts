import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The recompute requests of a zone and how its last recompute went. */
@Entity()
export class ZoneRecompute {
  @PrimaryColumn('uuid')
  zoneId: string;

  /** Grows with every request. */
  @Column('bigint')
  requestSeq: string;

  /** The request_seq the last finished recompute had read before reading its input. */
  @Column('bigint')
  computedSeq: string;

  @Column('timestamptz', { nullable: true })
  lastRequestedAt: Date | null;

  /** Set while a recompute runs, cleared when it ends. */
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastComputedAt: Date | null;

  @Column('integer', { nullable: true })
  lastDurationMs: number | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  lastFailedAt: Date | null;
}
