import { EntityManager } from 'typeorm';
import { EventType, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { EventHandler, HandlersOf, upsertLatest } from '@symbiose/platform';

/**
 * Stores an organization as of an event, unless the row already reflects a
 * later one: retries deliver events out of order, and the latest snapshot wins.
 */
export async function projectOrganization(
  manager: EntityManager,
  snapshot: OrganizationSnapshotV1,
  occurredAt: string,
): Promise<void> {
  await upsertLatest(
    manager,
    'organization',
    'organization_id',
    {
      organization_id: snapshot.organizationId,
      zone_id: snapshot.zoneId,
      territory_id: snapshot.territoryId,
      name: snapshot.name,
      naf_code: snapshot.nafCode,
      headcount: snapshot.headcount,
      latitude: snapshot.latitude,
      longitude: snapshot.longitude,
      status: snapshot.status,
      business_association_member: snapshot.businessAssociationMember,
      // An event recorded before authorisations existed says none.
      authorisations: snapshot.authorisations ?? [],
    },
    occurredAt,
  );
}

export type OrganizationEventType = Extract<EventType, `organization.${string}`>;

/** The handlers that keep a replica current, for a service's event consumer. */
export function organizationReplicaHandlers(): HandlersOf<OrganizationEventType> {
  const project: EventHandler<OrganizationEventType> = (event, manager) =>
    projectOrganization(manager, event.payload, event.occurredAt);
  return {
    'organization.registered': project,
    'organization.updated': project,
    'organization.archived': project,
  };
}
