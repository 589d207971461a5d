import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The zone a territory's steering committee chose to start with, and why. */
@Entity()
export class ZoneChoice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column('uuid')
  zoneId: string;

  @Column('text')
  rationale: string;

  /** YYYY-MM-DD */
  @Column('date')
  decidedAt: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
