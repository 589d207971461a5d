import { alignToKeys, RequestLoaders } from '@symbiose/platform';
import { Territory } from './territory.entity';
import { TerritoryService } from './territory.service';

/** Loads a territory by id, batched with the other loads of the request. */
export function loadTerritory(loaders: RequestLoaders, territories: TerritoryService, id: string) {
  return loaders
    .get<string, Territory | null>('territoryById', async (ids) =>
      alignToKeys(ids, await territories.findByIds(ids), (territory) => territory.id),
    )
    .load(id);
}
