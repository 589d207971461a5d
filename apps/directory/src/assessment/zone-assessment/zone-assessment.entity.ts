import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DynamicScore, IndicatorResult } from '../scoring/zone-scoring';

/** A zone's scores on a grid as of the day it was assessed; never changed afterwards. */
@Entity()
export class ZoneAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  zoneId: string;

  @Column('int')
  gridVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  assessedAt: Date;

  @Column('jsonb')
  indicators: IndicatorResult[];

  @Column('jsonb')
  dynamicScores: DynamicScore[];

  @Column('double precision')
  overallScore: number;

  @Column('text', { array: true })
  strengthKeys: string[];

  @Column('text', { array: true })
  weaknessKeys: string[];
}
