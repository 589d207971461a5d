import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InternalServiceClient } from '@symbiose/platform';
import {
  DIRECTORY_SOURCE_MAX_IDS,
  DIRECTORY_SOURCE_ROUTES,
  SourceEvents,
  SourceTerritories,
} from './directory-source.contract';
import { ReplicaConfig } from './replica.config';

/** The `id` field each kind of event names its row by. */
const ID_FIELD = { organizations: 'organizationId', zones: 'zoneId' } as const;

/**
 * The directory's internal routes, as a replica asks them (InternalServiceClient: a SERVICE
 * token of its own, a timeout, SERVICE_UNAVAILABLE when the directory does not answer), with
 * the calls of concurrent requests batched (DataLoader, one tick, at most
 * DIRECTORY_SOURCE_MAX_IDS ids a call), so a hundred firms named at once cost a call or two.
 */
@Injectable()
export class DirectorySource {
  private readonly client: InternalServiceClient;
  private readonly organizationLoader = this.eventLoader('organizations');
  private readonly zoneLoader = this.eventLoader('zones');
  private readonly territoryLoader = new DataLoader<string, unknown[] | null>(
    async (ids) => {
      const { territories } = await this.get<SourceTerritories>('territories', ids);
      const found = new Map(territories.map((territory) => [territory.territoryId, territory]));
      return ids.map((id) => found.get(id)?.events ?? null);
    },
    { cache: false, maxBatchSize: DIRECTORY_SOURCE_MAX_IDS },
  );

  constructor(config: ReplicaConfig) {
    this.client = new InternalServiceClient({
      service: 'directory',
      baseUrl: config.DIRECTORY_URL,
      timeoutMs: config.DIRECTORY_TIMEOUT_MS,
      subject: 'service:directory-replica',
      tokens: config,
    });
  }

  /** The latest event of the organization, or null when the directory has no such organization. */
  organization(id: string): Promise<unknown | null> {
    return this.organizationLoader.load(id);
  }

  /** The latest event of the zone, or null when the directory has no such zone. */
  zone(id: string): Promise<unknown | null> {
    return this.zoneLoader.load(id);
  }

  /** The latest event of each zone of the territory, or null when there is no such territory. */
  territory(id: string): Promise<unknown[] | null> {
    return this.territoryLoader.load(id);
  }

  private eventLoader(of: 'organizations' | 'zones'): DataLoader<string, unknown | null> {
    return new DataLoader<string, unknown | null>(
      async (ids) => {
        const { events } = await this.get<SourceEvents>(of, ids);
        const byId = new Map(
          events.map((event) => [
            (event as { payload?: Record<string, unknown> }).payload?.[ID_FIELD[of]],
            event,
          ]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      },
      { cache: false, maxBatchSize: DIRECTORY_SOURCE_MAX_IDS },
    );
  }

  private get<T>(route: keyof typeof DIRECTORY_SOURCE_ROUTES, ids: readonly string[]) {
    return this.client.get<T>(DIRECTORY_SOURCE_ROUTES[route], { ids: [...new Set(ids)].join(',') });
  }
}
