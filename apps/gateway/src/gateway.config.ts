import { Matches } from 'class-validator';
import { BaseConfig } from '@symbiose/platform';

const HTTP_URL = /^https?:\/\/[^/\s]+(\/[^\s]*)?$/;
const message = 'must be an http(s) URL of the subgraph, without /graphql';

/** Where the gateway finds each subgraph (its base URL; the GraphQL endpoint is `/graphql`). */
export class GatewayConfig extends BaseConfig {
  @Matches(HTTP_URL, { message })
  DIRECTORY_URL = 'http://localhost:4001';

  @Matches(HTTP_URL, { message })
  INTERVIEWS_URL = 'http://localhost:4002';

  @Matches(HTTP_URL, { message })
  SYNERGY_ENGINE_URL = 'http://localhost:4003';

  @Matches(HTTP_URL, { message })
  WORKSHOPS_URL = 'http://localhost:4004';
}

export interface SubgraphLocation {
  name: string;
  baseUrl: string;
}

export function subgraphsOf(config: GatewayConfig): SubgraphLocation[] {
  return [
    { name: 'directory', baseUrl: config.DIRECTORY_URL },
    { name: 'interviews', baseUrl: config.INTERVIEWS_URL },
    { name: 'synergy-engine', baseUrl: config.SYNERGY_ENGINE_URL },
    { name: 'workshops', baseUrl: config.WORKSHOPS_URL },
  ].map(({ name, baseUrl }) => ({ name, baseUrl: baseUrl.replace(/\/+$/, '') }));
}
