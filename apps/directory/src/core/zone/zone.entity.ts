import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Geometry } from 'geojson';
import { Territory } from '../territory/territory.entity';
import { ZoneKind } from './zone-enums';

@Entity()
@Unique('uq_zone_territory_name', ['territoryId', 'name'])
export class Zone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @ManyToOne(() => Territory, (territory) => territory.zones, { onDelete: 'RESTRICT' })
  territory: Relation<Territory>;

  @Column('text')
  name: string;

  @Column('text')
  kind: ZoneKind;

  @Column('double precision')
  latitude: number;

  @Column('double precision')
  longitude: number;

  /** GeoJSON Polygon or MultiPolygon of the zone's boundary, when known. */
  @Column('jsonb', { nullable: true })
  perimeter: Geometry | null;

  /** Area inside the perimeter, computed when the perimeter is set. */
  @Column('double precision', { nullable: true })
  areaKm2: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
