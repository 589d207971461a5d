import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Contact } from '../contact/contact.entity';
import { Territory } from '../territory/territory.entity';
import { Zone } from '../zone/zone.entity';
import { OrganizationKind, OrganizationStatus } from './organization-enums';

@Entity()
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique when present; firms always have one, other bodies may not. */
  @Index('uq_organization_siret', { unique: true, where: 'siret IS NOT NULL' })
  @Column('char', { length: 14, nullable: true })
  siret: string | null;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganizationKind;

  @Column('text', { nullable: true })
  nafCode: string | null;

  @Column('int', { nullable: true })
  headcount: number | null;

  @Column('text', { nullable: true })
  street: string | null;

  @Column('text', { nullable: true })
  postalCode: string | null;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('double precision', { nullable: true })
  latitude: number | null;

  @Column('double precision', { nullable: true })
  longitude: number | null;

  @Column('uuid')
  territoryId: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  territory: Relation<Territory>;

  @Index('ix_organization_zone')
  @Column('uuid', { nullable: true })
  zoneId: string | null;

  @ManyToOne(() => Zone, { onDelete: 'RESTRICT', nullable: true })
  zone: Relation<Zone> | null;

  /** Member of the zone's business association: a sign of the habit of working together. */
  @Column('boolean', { default: false })
  businessAssociationMember: boolean;

  /** ICPE rubrics and named authorisations (see @symbiose/taxonomy), without duplicates, sorted. */
  @Column('text', { array: true, default: () => "'{}'" })
  authorisations: string[];

  @Column('text', { default: 'ACTIVE' })
  status: OrganizationStatus;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @OneToMany(() => Contact, (contact) => contact.organization)
  contacts: Relation<Contact[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
