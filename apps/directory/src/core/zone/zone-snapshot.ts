import { ZoneSnapshotV1 } from '@symbiose/contracts';
import { Zone } from './zone.entity';

export function zoneSnapshot(zone: Zone): ZoneSnapshotV1 {
  return {
    zoneId: zone.id,
    territoryId: zone.territoryId,
    name: zone.name,
    kind: zone.kind,
    latitude: zone.latitude,
    longitude: zone.longitude,
    areaKm2: zone.areaKm2,
  };
}
