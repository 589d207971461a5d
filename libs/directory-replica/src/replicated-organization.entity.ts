import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OrganizationSnapshotV1 } from '@symbiose/contracts';

/**
 * A service's copy of a directory organization, as of the latest event
 * applied. Each consuming service keeps one in its own schema, in the table
 * `organization`.
 */
@Entity('organization')
export class ReplicatedOrganization {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Index('ix_organization_zone')
  @Column('uuid', { nullable: true })
  zoneId: string | null;

  @Column('uuid', { nullable: true })
  territoryId: string | null;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  nafCode: string | null;

  @Column('int', { nullable: true })
  headcount: number | null;

  @Column('double precision', { nullable: true })
  latitude: number | null;

  @Column('double precision', { nullable: true })
  longitude: number | null;

  @Column('text')
  status: OrganizationSnapshotV1['status'];

  @Column('boolean')
  businessAssociationMember: boolean;

  /** ICPE rubrics and named authorisations (see @symbiose/taxonomy), as the directory sorted them. */
  @Column('text', { array: true, default: () => "'{}'" })
  authorisations: string[];

  /** When directory made the change this row reflects; an older event must not overwrite it. */
  @Column('timestamptz')
  sourceOccurredAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
