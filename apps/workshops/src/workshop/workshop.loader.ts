import DataLoader from 'dataloader';
import { RequestLoaders } from '@symbiose/platform';
import { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';

/** The request's loader of workshops by id: one query for every workshop a response names. */
export function workshopLoader(
  loaders: RequestLoaders,
  workshops: WorkshopService,
): DataLoader<string, Workshop | null> {
  return loaders.byId('workshopById', (ids) => workshops.findByIds(ids));
}
