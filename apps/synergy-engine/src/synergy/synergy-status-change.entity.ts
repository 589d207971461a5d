import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DismissalReason } from './dismissal-reason';
import type { SynergyStatus } from './synergy-lifecycle';

/** One step of a synergy's history: who moved it, from what to what, when and why. */
@Entity()
export class SynergyStatusChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('uuid')
  synergyId: string;

  @Column('text')
  fromStatus: SynergyStatus;

  @Column('text')
  toStatus: SynergyStatus;

  @Column('text')
  changedBy: string;

  /** The verified subject of the token behind the change; null for changes events made. */
  @Column('text', { nullable: true })
  changedBySubject: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  /** Why a synergy was dismissed; null for other changes and dismissals made before reasons. */
  @Column('text', { nullable: true })
  reasonCode: DismissalReason | null;

  @Column('timestamptz')
  changedAt: Date;
}
