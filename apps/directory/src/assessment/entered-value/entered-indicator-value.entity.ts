import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A level the facilitator entered for an indicator of a zone on a grid version. Every entry is
 * kept, as a history; the latest one is the value an assessment uses.
 */
@Entity()
export class EnteredIndicatorValue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  zoneId: string;

  @Column('int')
  gridVersion: number;

  @Column('text')
  indicatorKey: string;

  @Column('int')
  level: number;

  @Column('text')
  justification: string;

  @CreateDateColumn({ type: 'timestamptz' })
  enteredAt: Date;
}
