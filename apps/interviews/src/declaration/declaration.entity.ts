import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DeclarationAttributes } from '@symbiose/taxonomy';
import { DeclarationEconomics } from '@symbiose/contracts';
import { DeclarationKind, DeclarationStatus, Frequency, Theme } from './declaration-enums';

/** numeric columns come back from pg as strings; quantities are read back as numbers. */
const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One line of what an organization needs or has. */
@Entity()
export class Declaration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_declaration_organization')
  @Column('uuid')
  organizationId: string;

  @Index('ix_declaration_interview')
  @Column('uuid', { nullable: true })
  interviewId: string | null;

  @Column('text')
  kind: DeclarationKind;

  @Column('text')
  theme: Theme;

  @Index('ix_declaration_category')
  @Column('text')
  categoryCode: string;

  @Column('text')
  label: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('numeric', { nullable: true, transformer: decimal })
  quantity: number | null;

  @Column('text', { nullable: true })
  unit: string | null;

  @Column('text', { nullable: true })
  frequency: Frequency | null;

  /** The quantity a year, in the canonical unit of the category's dimension. */
  @Column('numeric', { nullable: true, transformer: decimal })
  annualQuantity: number | null;

  @Column('text', { nullable: true })
  canonicalUnit: string | null;

  @Column('char', { length: 6, nullable: true })
  wasteCode: string | null;

  /** Taken from the European List of Waste for the waste code. */
  @Column('boolean', { default: false })
  hazardous: boolean;

  @Column('boolean', { nullable: true })
  authorisedForHazardous: boolean | null;

  @Column('date', { nullable: true })
  availableFrom: string | null;

  @Column('date', { nullable: true })
  availableUntil: string | null;

  /** Technical facts checked against the category (see `checkDeclarationAttributes`). */
  @Column('jsonb', { default: () => "'{}'" })
  attributes: DeclarationAttributes;

  /** The firm's own figures for the flow, checked against the kind (see `checkedEconomics`). */
  @Column('jsonb', { default: () => "'{}'" })
  economics: DeclarationEconomics;

  @Column('text', { default: 'ACTIVE' })
  status: DeclarationStatus;

  /**
   * The key of a declaration brought in by an import (its sender's reference, or its kind,
   * category and label), unique among the organization's active declarations: a second import of
   * the same row finds it.
   */
  @Column('text', { nullable: true })
  importKey: string | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
