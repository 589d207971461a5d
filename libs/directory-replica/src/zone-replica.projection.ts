import { EntityManager } from 'typeorm';
import { EventType, ZoneSnapshotV1 } from '@symbiose/contracts';
import { EventHandler, HandlersOf, upsertLatest } from '@symbiose/platform';

/** Stores a zone as of an event, unless the row reflects a later one. */
export async function projectZone(
  manager: EntityManager,
  snapshot: ZoneSnapshotV1,
  occurredAt: string,
): Promise<void> {
  await upsertLatest(
    manager,
    'zone',
    'zone_id',
    {
      zone_id: snapshot.zoneId,
      territory_id: snapshot.territoryId,
      name: snapshot.name,
      kind: snapshot.kind,
      latitude: snapshot.latitude,
      longitude: snapshot.longitude,
      area_km2: snapshot.areaKm2,
    },
    occurredAt,
  );
}

export type ZoneEventType = Extract<EventType, `zone.${string}`>;

/** The handlers that keep a zone replica current, for a service's event consumer. */
export function zoneReplicaHandlers(): HandlersOf<ZoneEventType> {
  const project: EventHandler<ZoneEventType> = (event, manager) =>
    projectZone(manager, event.payload, event.occurredAt);
  return { 'zone.created': project, 'zone.updated': project };
}
