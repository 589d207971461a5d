import { EntityManager } from 'typeorm';
import { ZoneSnapshotV1 } from '@symbiose/contracts';

const UPSERT_ZONE = `
  INSERT INTO zone (
    zone_id, territory_id, name, kind, latitude, longitude, area_km2, source_occurred_at, updated_at
  )
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
  ON CONFLICT (zone_id) DO UPDATE SET
    territory_id = EXCLUDED.territory_id,
    name = EXCLUDED.name,
    kind = EXCLUDED.kind,
    latitude = EXCLUDED.latitude,
    longitude = EXCLUDED.longitude,
    area_km2 = EXCLUDED.area_km2,
    source_occurred_at = EXCLUDED.source_occurred_at,
    updated_at = now()
  WHERE zone.source_occurred_at <= EXCLUDED.source_occurred_at`;

/**
 * Stores a zone as of an event, unless the row already reflects a later one:
 * retries deliver events out of order, and the latest snapshot wins.
 */
export async function projectZone(
  manager: EntityManager,
  snapshot: ZoneSnapshotV1,
  occurredAt: string,
): Promise<void> {
  await manager.query(UPSERT_ZONE, [
    snapshot.zoneId,
    snapshot.territoryId,
    snapshot.name,
    snapshot.kind,
    snapshot.latitude,
    snapshot.longitude,
    snapshot.areaKm2,
    occurredAt,
  ]);
}
