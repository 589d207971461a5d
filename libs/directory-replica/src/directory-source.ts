import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ServiceUnavailableError } from '@symbiose/platform';
import { issueToken } from '@symbiose/tokens';
import {
  DIRECTORY_SOURCE_MAX_IDS,
  DIRECTORY_SOURCE_ROUTES,
  SourceEvents,
  SourceTerritories,
} from './directory-source.contract';
import { ReplicaConfig } from './replica.config';

const TOKEN_LIFETIME_SECONDS = 300;
const TOKEN_RENEW_BEFORE_SECONDS = 60;

/** The directory answered something other than what the contract says: a bug, not an outage. */
export class DirectorySourceError extends Error {
  override name = 'DirectorySourceError';
}

/** The `id` field each kind of event names its row by. */
const ID_FIELD = { organizations: 'organizationId', zones: 'zoneId' } as const;

/**
 * The directory's internal routes, as a replica asks them: with a SERVICE token of its own, a
 * timeout, and the calls of concurrent requests batched (DataLoader, one tick, at most
 * DIRECTORY_SOURCE_MAX_IDS ids a call), so a hundred firms named at once cost a call or two.
 * A directory that does not answer, or answers 5xx, is a ServiceUnavailableError: the client
 * is told to try again, never refused.
 */
@Injectable()
export class DirectorySource {
  private token: { value: Promise<string>; renewAt: number } | undefined;
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

  constructor(private readonly config: ReplicaConfig) {}

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

  private async get<T>(route: keyof typeof DIRECTORY_SOURCE_ROUTES, ids: readonly string[]) {
    const url = new URL(DIRECTORY_SOURCE_ROUTES[route], withSlash(this.config.DIRECTORY_URL));
    url.searchParams.set('ids', [...new Set(ids)].join(','));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${await this.serviceToken()}` },
        signal: AbortSignal.timeout(this.config.DIRECTORY_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ServiceUnavailableError('directory', reasonOf(error));
    }
    // 404: a directory older than this service, during an upgrade; it will have the route soon.
    if (response.status >= 500 || response.status === 404) {
      throw new ServiceUnavailableError('directory', `it answered HTTP ${response.status}`);
    }
    if (!response.ok) {
      throw new DirectorySourceError(
        `directory refused ${url.pathname}: HTTP ${response.status} ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  }

  /** A SERVICE token, renewed a minute before it expires. */
  private serviceToken(): Promise<string> {
    const now = Date.now();
    if (!this.token || now >= this.token.renewAt) {
      this.token = {
        value: issueToken(
          { subject: 'service:directory-replica', roles: ['SERVICE'], territoryIds: [] },
          this.config,
          { lifetimeSeconds: TOKEN_LIFETIME_SECONDS },
        ),
        renewAt: now + (TOKEN_LIFETIME_SECONDS - TOKEN_RENEW_BEFORE_SECONDS) * 1000,
      };
    }
    return this.token.value;
  }
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'no answer in time';
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return cause ? `unreachable: ${cause}` : 'unreachable';
}
