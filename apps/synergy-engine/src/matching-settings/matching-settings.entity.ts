import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { B2BWeights } from '../matching';

/**
 * One version of a territory's matching settings. A change writes the next version and never
 * touches the earlier ones, so the history says who tuned what, and when.
 */
@Entity()
export class MatchingSettings {
  @PrimaryColumn('uuid')
  territoryId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('double precision')
  minScore: number;

  @Column('double precision')
  maxDistanceKm: number;

  @Column('int')
  topK: number;

  @Column('jsonb')
  weights: B2BWeights;

  /** The subject of the token that made the change. */
  @Column('text')
  changedBy: string;

  @Column('timestamptz')
  changedAt: Date;
}
