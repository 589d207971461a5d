import DataLoader from 'dataloader';
import { RequestLoaders } from '@symbiose/platform';
import { Action } from './action.entity';
import { ActionService } from './action.service';

/** The request's loader of actions by id: one query for every action a response names. */
export function actionLoader(
  loaders: RequestLoaders,
  actions: ActionService,
): DataLoader<string, Action | null> {
  return loaders.byId('actionById', (ids) => actions.findByIds(ids));
}
