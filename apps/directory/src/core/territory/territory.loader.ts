import { RequestLoaders } from '@symbiose/platform';
import { TerritoryService } from './territory.service';

/** Loads a territory by id, batched with the other loads of the request. */
export function loadTerritory(loaders: RequestLoaders, territories: TerritoryService, id: string) {
  return loaders.byId('territoryById', (ids) => territories.findByIds(ids)).load(id);
}
