import type { EntityManager } from 'typeorm';
import { MatchingSettings } from './matching-settings.entity';

/** The territory's latest stored settings; null while it runs on the defaults. */
export function latestMatchingSettings(
  manager: EntityManager,
  territoryId: string,
): Promise<MatchingSettings | null> {
  return manager
    .getRepository(MatchingSettings)
    .findOne({ where: { territoryId }, order: { version: 'DESC' } });
}
