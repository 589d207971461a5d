import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { GridSection } from './grid-definition';

/** A version of the interview grid; never changed once stored. */
@Entity()
export class InterviewGrid {
  @PrimaryColumn('int')
  version: number;

  @Column('text')
  title: string;

  @Column('jsonb')
  sections: GridSection[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
