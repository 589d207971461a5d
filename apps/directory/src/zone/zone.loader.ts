import { alignToKeys, RequestLoaders } from '@symbiose/platform';
import { Zone } from './zone.entity';
import { ZoneService } from './zone.service';

/** Loads a zone by id, batched with the other loads of the request. */
export function loadZone(loaders: RequestLoaders, zones: ZoneService, id: string) {
  return loaders
    .get<string, Zone | null>('zoneById', async (ids) =>
      alignToKeys(ids, await zones.findByIds(ids), (zone) => zone.id),
    )
    .load(id);
}
