import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organization's agreement that a partner body may know who it is. */
@Entity()
export class PartnerShare {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('text')
  partnerId: string;

  /** The subject of the token that recorded the agreement. */
  @Column('text')
  agreedBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  agreedAt: Date;
}
