import DataLoader from 'dataloader';
import { RequestLoaders } from '@symbiose/platform';
import { Action } from './action.entity';
import { ActionService } from './action.service';

/** The request's loader of actions by id: one query for every action a response names. */
export function actionLoader(
  loaders: RequestLoaders,
  actions: ActionService,
): DataLoader<string, Action | null> {
  return loaders.get<string, Action | null>('actionById', async (ids) => {
    const found = new Map((await actions.findByIds(ids)).map((action) => [action.id, action]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
