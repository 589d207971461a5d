import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { IndicatorDefinition } from './assessment-grid-definition';

/** A version of the assessment grid; never changed once stored. */
@Entity()
export class AssessmentGrid {
  @PrimaryColumn('int')
  version: number;

  @Column('text')
  title: string;

  @Column('jsonb')
  indicators: IndicatorDefinition[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
