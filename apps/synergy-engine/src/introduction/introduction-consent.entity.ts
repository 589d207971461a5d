import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One side's consent to be introduced to the other side of a B2B synergy, with the contact it gives. */
@Entity()
export class IntroductionConsent {
  @PrimaryColumn('uuid')
  synergyId: string;

  @PrimaryColumn('uuid')
  organizationId: string;

  @Column('text')
  contactName: string;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  contactPhone: string | null;

  /** The subject of the token that gave the consent. */
  @Column('text')
  consentedBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  consentedAt: Date;
}
