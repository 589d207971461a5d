import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { KnownZones } from '@symbiose/directory-replica';
import {
  BadUserInputError,
  Connection,
  connectionOf,
  PageArgs,
  pageWindow,
} from '@symbiose/platform';
import { weightsProblem, type MatchingOptions } from '../matching';
import { RecomputeRequests, zonesOfTerritory } from '../recompute/recompute-requests';
import { matchingOptionsOf, SynergyEngineConfig } from '../synergy-engine.config';
import type { UpdateMatchingSettingsInput } from './dto/update-matching-settings.input';
import { latestMatchingSettings } from './latest-matching-settings';
import { MatchingSettings } from './matching-settings.entity';
import type { MatchingSettingsVersionModel } from './matching-settings.model';
import { DEFAULT_SETTINGS_VERSION, defaultMatchingSettings } from './territory-matching-settings';

const versionOf = (row: MatchingSettings): MatchingSettingsVersionModel => ({
  ...row,
  isDefault: false,
});

/**
 * A territory's matching settings: read, changed as a new version, and the versions before.
 * A change asks, in its own transaction, for a recompute of every zone of the territory.
 */
@Injectable()
export class MatchingSettingsService {
  private readonly options: MatchingOptions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly zones: KnownZones,
    private readonly requests: RecomputeRequests,
    config: SynergyEngineConfig,
  ) {
    this.options = matchingOptionsOf(config);
  }

  async current(territoryId: string): Promise<MatchingSettingsVersionModel> {
    await this.zones.requireTerritory(territoryId, 'territoryId');
    const latest = await latestMatchingSettings(this.dataSource.manager, territoryId);
    return latest ? versionOf(latest) : this.defaults(territoryId);
  }

  async update(
    { territoryId, minScore, maxDistanceKm, topK, weights }: UpdateMatchingSettingsInput,
    subject: string,
  ): Promise<MatchingSettingsVersionModel> {
    await this.zones.requireTerritory(territoryId, 'territoryId');
    const problem = weights && weightsProblem(weights);
    if (problem) throw new BadUserInputError('weights', problem);
    return this.dataSource.transaction(async (manager) => {
      // Two changes at once would otherwise both take the next version.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('matching-settings:' || $1))`, [
        territoryId,
      ]);
      const current =
        (await latestMatchingSettings(manager, territoryId)) ?? this.defaults(territoryId);
      const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
      const next = await manager.getRepository(MatchingSettings).save({
        territoryId,
        version: current.version + 1,
        minScore: minScore ?? current.minScore,
        maxDistanceKm: maxDistanceKm ?? current.maxDistanceKm,
        topK: topK ?? current.topK,
        weights: weights ? { ...weights } : current.weights,
        changedBy: subject,
        changedAt: now,
      });
      await this.requests.request(manager, await zonesOfTerritory(manager, territoryId));
      return versionOf(next);
    });
  }

  /** The versions before `version`, newest first, ending with the defaults. */
  async history(
    territoryId: string,
    version: number,
    page: PageArgs,
  ): Promise<Connection<MatchingSettingsVersionModel>> {
    if (version <= DEFAULT_SETTINGS_VERSION) return connectionOf([], 0, 0);
    const { start, size } = pageWindow(page);
    const [rows, stored] = await this.dataSource.getRepository(MatchingSettings).findAndCount({
      where: { territoryId, version: LessThan(version) },
      order: { version: 'DESC' },
      skip: start,
      take: size,
    });
    const nodes = rows.map(versionOf);
    if (nodes.length < size && start + nodes.length === stored) {
      nodes.push(this.defaults(territoryId));
    }
    return connectionOf(nodes, start, stored + 1);
  }

  private defaults(territoryId: string): MatchingSettingsVersionModel {
    return {
      territoryId,
      version: DEFAULT_SETTINGS_VERSION,
      isDefault: true,
      ...defaultMatchingSettings(this.options, territoryId),
      changedBy: null,
      changedAt: null,
    };
  }
}
