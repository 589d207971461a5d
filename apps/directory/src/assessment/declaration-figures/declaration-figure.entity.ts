import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DeclarationSnapshotV1 } from '@symbiose/contracts';

/**
 * What the directory keeps of a declaration of the interviews service, for its zone
 * assessments: who declares it, what and how much. The zone is the declaring organization's in
 * the directory, so a firm that moves takes its figures along.
 */
@Entity()
export class DeclarationFigure {
  @PrimaryColumn('uuid')
  declarationId: string;

  @Index('ix_declaration_figure_organization')
  @Column('uuid')
  organizationId: string;

  @Column('text')
  kind: DeclarationSnapshotV1['kind'];

  @Column('text')
  theme: DeclarationSnapshotV1['theme'];

  /** A year, in the canonical unit. */
  @Column('double precision', { nullable: true })
  annualQuantity: number | null;

  @Column('text', { nullable: true })
  canonicalUnit: string | null;

  @Column('text')
  status: DeclarationSnapshotV1['status'];

  /** When the interviews service made the change this row reflects; an older event must not overwrite it. */
  @Column('timestamptz')
  sourceOccurredAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
