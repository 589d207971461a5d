import { EntityManager } from 'typeorm';
import { EventType, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { Injectable } from '@nestjs/common';
import { EventHandler, EventHandlers } from '@symbiose/platform';

const UPSERT_ORGANIZATION = `
  INSERT INTO organization (
    organization_id, zone_id, territory_id, name, naf_code, headcount,
    latitude, longitude, status, business_association_member, source_occurred_at, updated_at
  )
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
  ON CONFLICT (organization_id) DO UPDATE SET
    zone_id = EXCLUDED.zone_id,
    territory_id = EXCLUDED.territory_id,
    name = EXCLUDED.name,
    naf_code = EXCLUDED.naf_code,
    headcount = EXCLUDED.headcount,
    latitude = EXCLUDED.latitude,
    longitude = EXCLUDED.longitude,
    status = EXCLUDED.status,
    business_association_member = EXCLUDED.business_association_member,
    source_occurred_at = EXCLUDED.source_occurred_at,
    updated_at = now()
  WHERE organization.source_occurred_at <= EXCLUDED.source_occurred_at`;

/**
 * Stores an organization as of an event, unless the row already reflects a
 * later one: retries deliver events out of order, and the latest snapshot wins.
 */
export async function projectOrganization(
  manager: EntityManager,
  snapshot: OrganizationSnapshotV1,
  occurredAt: string,
): Promise<void> {
  await manager.query(UPSERT_ORGANIZATION, [
    snapshot.organizationId,
    snapshot.zoneId,
    snapshot.territoryId,
    snapshot.name,
    snapshot.nafCode,
    snapshot.headcount,
    snapshot.latitude,
    snapshot.longitude,
    snapshot.status,
    snapshot.businessAssociationMember,
    occurredAt,
  ]);
}

export type OrganizationEventType = Extract<EventType, `organization.${string}`>;

/** The handlers that keep a replica current, for a service's event consumer. */
export function organizationReplicaHandlers(): Record<OrganizationEventType, EventHandler> {
  const project: EventHandler = (event, manager) =>
    projectOrganization(manager, event.payload as OrganizationSnapshotV1, event.occurredAt);
  return {
    'organization.registered': project,
    'organization.updated': project,
    'organization.archived': project,
  };
}

/** For a service whose only consumed events are the directory's organizations. */
@Injectable()
export class OrganizationReplicaProjection implements EventHandlers {
  handlers(): Record<OrganizationEventType, EventHandler> {
    return organizationReplicaHandlers();
  }
}
