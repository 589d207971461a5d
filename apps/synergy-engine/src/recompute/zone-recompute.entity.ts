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

  /**
   * When the running recompute started; cleared when it ends. One whose process died leaves
   * it set, with a lapsed lease, until a later recompute of the zone ends.
   */
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  /** A running recompute renews it; past it, the recompute is taken for dead. */
  @Column('timestamptz', { nullable: true })
  leaseUntil: Date | null;

  /** The running recompute's own id: only it renews or ends the lease. */
  @Column('uuid', { nullable: true })
  runId: string | null;

  /** The PostgreSQL session the running recompute's transaction runs in (`pg_backend_pid`). */
  @Column('integer', { nullable: true })
  runBackend: number | null;

  /** Recomputes started since the zone was last computed: those that failed or died. */
  @Column('integer')
  attempts: number;

  @Column('timestamptz', { nullable: true })
  lastComputedAt: Date | null;

  @Column('integer', { nullable: true })
  lastDurationMs: number | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  lastFailedAt: Date | null;
}
