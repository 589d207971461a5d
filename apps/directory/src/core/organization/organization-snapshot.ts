import { OrganizationSnapshotV1 } from '@symbiose/contracts';
import { Organization } from './organization.entity';

/** The directory always states the authorisations, even none. */
export function organizationSnapshot(organization: Organization): Required<OrganizationSnapshotV1> {
  return {
    organizationId: organization.id,
    siret: organization.siret,
    name: organization.name,
    kind: organization.kind,
    nafCode: organization.nafCode,
    headcount: organization.headcount,
    zoneId: organization.zoneId,
    territoryId: organization.territoryId,
    latitude: organization.latitude,
    longitude: organization.longitude,
    businessAssociationMember: organization.businessAssociationMember,
    status: organization.status,
    authorisations: organization.authorisations,
  };
}
