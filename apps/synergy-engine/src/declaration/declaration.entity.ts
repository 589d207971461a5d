import { Column, Entity, Index, PrimaryColumn, ValueTransformer } from 'typeorm';
import { DeclarationEconomics, DeclarationSnapshotV1 } from '@symbiose/contracts';
import { DeclarationAttributes } from '@symbiose/taxonomy';

/** PostgreSQL returns `numeric` as a string, to lose no digit; quantities are read as numbers. */
const NUMERIC_AS_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The engine's copy of an interviews declaration, as of the latest event
 * applied. A withdrawn declaration stays, with status WITHDRAWN, so that a
 * late, older event cannot bring it back.
 *
 * It holds no location nor zone: those are the organization's, read from the
 * organization replica by join, so that an organization moving zone moves its
 * declarations with it.
 */
@Entity()
@Index('ix_declaration_category_kind', ['categoryCode', 'kind'], { where: `status = 'ACTIVE'` })
export class Declaration {
  @PrimaryColumn('uuid')
  declarationId: string;

  @Index('ix_declaration_organization')
  @Column('uuid')
  organizationId: string;

  @Column('uuid', { nullable: true })
  interviewId: string | null;

  @Column('text')
  kind: DeclarationSnapshotV1['kind'];

  @Column('text')
  theme: DeclarationSnapshotV1['theme'];

  @Column('text')
  categoryCode: string;

  @Column('text')
  label: string;

  /** Quantity a year in `canonicalUnit`; null for categories without a quantity. */
  @Column('numeric', { nullable: true, transformer: NUMERIC_AS_NUMBER })
  annualQuantity: number | null;

  @Column('text', { nullable: true })
  canonicalUnit: string | null;

  @Column('text', { nullable: true })
  frequency: DeclarationSnapshotV1['frequency'];

  @Column('text', { nullable: true })
  wasteCode: string | null;

  @Column('boolean')
  hazardous: boolean;

  @Column('boolean', { nullable: true })
  authorisedForHazardous: boolean | null;

  /** ISO date, `YYYY-MM-DD`. */
  @Column('date', { nullable: true })
  availableFrom: string | null;

  /** ISO date, `YYYY-MM-DD`. */
  @Column('date', { nullable: true })
  availableUntil: string | null;

  /** Technical facts, as checked by interviews against the category; `{}` when none are known. */
  @Column('jsonb', { default: () => "'{}'" })
  attributes: DeclarationAttributes;

  /** The firm's own euro figures for the flow; null when it gave none. */
  @Column('jsonb', { nullable: true })
  economics: DeclarationEconomics | null;

  @Column('text')
  status: DeclarationSnapshotV1['status'];

  /** When interviews made the change this row reflects; an older event must not overwrite it. */
  @Column('timestamptz')
  sourceOccurredAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
