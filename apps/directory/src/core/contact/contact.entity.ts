import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { Organization } from '../organization/organization.entity';

/** A person at an organization, and whether they agreed to be contacted by the programme. */
@Entity()
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_contact_organization')
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, (organization) => organization.contacts, { onDelete: 'CASCADE' })
  organization: Relation<Organization>;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  role: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('boolean')
  consentToContact: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
