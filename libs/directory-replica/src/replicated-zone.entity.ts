import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ZoneSnapshotV1 } from '@symbiose/contracts';

/**
 * A service's copy of a directory zone, as of the latest event applied. Each consuming service
 * keeps one in its own schema, in the table `zone`.
 */
@Entity('zone')
export class ReplicatedZone {
  @PrimaryColumn('uuid')
  zoneId: string;

  @Index('ix_zone_territory')
  @Column('uuid')
  territoryId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: ZoneSnapshotV1['kind'];

  @Column('double precision')
  latitude: number;

  @Column('double precision')
  longitude: number;

  @Column('double precision', { nullable: true })
  areaKm2: number | null;

  /** When directory made the change this row reflects; an older event must not overwrite it. */
  @Column('timestamptz')
  sourceOccurredAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
