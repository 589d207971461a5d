import { EntityManager } from 'typeorm';
import {
  EventOf,
  EventType,
  ImportedChangeType,
  OrganizationSnapshotV1,
  singleOrganizationEvents,
} from '@symbiose/contracts';
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

/**
 * Stores many organizations, each as of its event, in one statement: what `projectOrganization`
 * does for each event in turn. Of an organization named by several events, the latest is kept.
 */
export async function projectOrganizations(
  manager: EntityManager,
  events: readonly EventOf<ImportedChangeType>[],
): Promise<void> {
  const latest = new Map<string, EventOf<ImportedChangeType>>();
  for (const event of events) {
    const kept = latest.get(event.payload.organizationId);
    if (!kept || Date.parse(kept.occurredAt) <= Date.parse(event.occurredAt)) {
      latest.set(event.payload.organizationId, event);
    }
  }
  if (latest.size === 0) return;
  const rows = [...latest.values()].map(({ payload, occurredAt }) => ({
    ...payload,
    authorisations: payload.authorisations ?? [],
    occurredAt,
  }));
  await manager.query(
    `INSERT INTO organization (organization_id, zone_id, territory_id, name, naf_code, headcount,
       latitude, longitude, status, business_association_member, authorisations,
       source_occurred_at, updated_at)
     SELECT r."organizationId", r."zoneId", r."territoryId", r.name, r."nafCode", r.headcount,
       r.latitude, r.longitude, r.status, r."businessAssociationMember",
       ARRAY(SELECT jsonb_array_elements_text(r.authorisations)), r."occurredAt", now()
     FROM jsonb_to_recordset($1::jsonb) AS r("organizationId" uuid, "zoneId" uuid,
       "territoryId" uuid, name text, "nafCode" text, headcount int, latitude float8,
       longitude float8, status text, "businessAssociationMember" boolean, authorisations jsonb,
       "occurredAt" timestamptz)
     ON CONFLICT (organization_id) DO UPDATE SET
       zone_id = EXCLUDED.zone_id, territory_id = EXCLUDED.territory_id, name = EXCLUDED.name,
       naf_code = EXCLUDED.naf_code, headcount = EXCLUDED.headcount,
       latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, status = EXCLUDED.status,
       business_association_member = EXCLUDED.business_association_member,
       authorisations = EXCLUDED.authorisations,
       source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
     WHERE organization.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [JSON.stringify(rows)],
  );
}

export type OrganizationEventType = Extract<EventType, `organization.${string}`>;

/** The organization events that carry one organization's snapshot (all but an import's batch). */
export type OrganizationSnapshotEventType = Exclude<OrganizationEventType, 'organization.imported'>;

/** The handlers that keep a replica current, for a service's event consumer. */
export function organizationReplicaHandlers(): HandlersOf<OrganizationEventType> {
  const project: EventHandler<OrganizationSnapshotEventType> = (event, manager) =>
    projectOrganization(manager, event.payload, event.occurredAt);
  return {
    'organization.registered': project,
    'organization.updated': project,
    'organization.archived': project,
    'organization.imported': (event, manager) =>
      projectOrganizations(manager, singleOrganizationEvents(event)),
  };
}
