import { RequestLoaders } from '@symbiose/platform';
import { ZoneService } from './zone.service';

/** Loads a zone by id, batched with the other loads of the request. */
export function loadZone(loaders: RequestLoaders, zones: ZoneService, id: string) {
  return loaders.byId('zoneById', (ids) => zones.findByIds(ids)).load(id);
}
