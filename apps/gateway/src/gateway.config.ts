import { IsInt, Matches, Max, Min } from 'class-validator';
import { QueueConfig } from '@symbiose/platform';

const HTTP_URL = /^https?:\/\/[^/\s]+(\/[^\s]*)?$/;
const message = 'must be an http(s) URL of the subgraph, without /graphql';

/**
 * Where the gateway finds each subgraph (its base URL; the GraphQL endpoint is `/graphql`), and
 * the limit it alone puts on what a client may ask: the rate of requests (the limits on depth,
 * aliases, tokens, cost and body size are every service's, in BaseConfig). REDIS_URL and
 * QUEUE_PREFIX locate the queues its dashboard shows.
 */
export class GatewayConfig extends QueueConfig {
  @Matches(HTTP_URL, { message })
  DIRECTORY_URL = 'http://localhost:4001';

  @Matches(HTTP_URL, { message })
  INTERVIEWS_URL = 'http://localhost:4002';

  @Matches(HTTP_URL, { message })
  SYNERGY_ENGINE_URL = 'http://localhost:4003';

  @Matches(HTTP_URL, { message })
  WORKSHOPS_URL = 'http://localhost:4004';

  /**
   * Requests one client may send per rate-limit window; more are refused with HTTP 429. Fifty
   * a second on average: a person never comes near it, and the demo loader, which waits when
   * told to, seldom does.
   */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_MAX: number = 3000;

  /** The rate-limit window, in milliseconds. */
  @IsInt()
  @Min(1000)
  @Max(24 * 60 * 60 * 1000)
  RATE_LIMIT_WINDOW_MS: number = 60_000;
}

export function isProduction(config: GatewayConfig): boolean {
  return config.NODE_ENV === 'production';
}

export type SubgraphName = 'directory' | 'interviews' | 'synergy-engine' | 'workshops';

export interface SubgraphLocation {
  name: SubgraphName;
  baseUrl: string;
}

export function subgraphsOf(config: GatewayConfig): SubgraphLocation[] {
  const locations: SubgraphLocation[] = [
    { name: 'directory', baseUrl: config.DIRECTORY_URL },
    { name: 'interviews', baseUrl: config.INTERVIEWS_URL },
    { name: 'synergy-engine', baseUrl: config.SYNERGY_ENGINE_URL },
    { name: 'workshops', baseUrl: config.WORKSHOPS_URL },
  ];
  return locations.map(({ name, baseUrl }) => ({ name, baseUrl: baseUrl.replace(/\/+$/, '') }));
}
