import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SynergySnapshotV1 } from '@symbiose/contracts';

/** The synergy engine's synergy as of the latest of its events applied here. */
@Entity('synergy')
export class ReplicatedSynergy {
  @PrimaryColumn('uuid')
  synergyId: string;

  @Column('text')
  kind: SynergySnapshotV1['kind'];

  @Column('uuid')
  territoryId: string;

  @Column('uuid', { array: true })
  zoneIds: string[];

  @Column('text')
  categoryCode: string;

  @Column('text')
  status: SynergySnapshotV1['status'];

  @Column('boolean')
  obsolete: boolean;

  @Column('timestamptz')
  sourceOccurredAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
