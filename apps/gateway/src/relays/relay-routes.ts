import { SubgraphName } from '../gateway.config';

/**
 * What a route sends on to its subgraph:
 * - `as-sent`: the path and query string as the client sent them; the subgraph checks them;
 * - `path`: the route's path alone;
 * - `picture`: a chart, which may come by its signed URL instead of a bearer token
 *   (`relayPicture`): its path and the query parameters its signature covers, `signedQuery`.
 */
export type Forwarded = 'as-sent' | 'path' | 'picture';

export interface RelayRoute {
  method: 'GET' | 'POST';
  /** The gateway's path, in Nest's syntax; the subgraph serves the same path. */
  path: string;
  subgraph: SubgraphName;
  forwarded: Forwarded;
  /** For a picture: the query parameters its signature covers, sent on when given. */
  signedQuery?: readonly string[];
}

/**
 * Every HTTP route the gateway relays to a subgraph, besides GraphQL. Whatever the route, the
 * request id and the client's token go along, and the answer comes back streamed (see
 * `relayFromSubgraph`). One route a line, read as a table.
 */
// prettier-ignore
export const RELAY_ROUTES: readonly RelayRoute[] = [
  // A partner system exchanges its API key, which the directory keeps.
  { method: 'POST', path: 'auth/token', subgraph: 'directory', forwarded: 'path' },
  // Partner imports: the CSV streamed through, then the job's state; the query string (zoneId,
  // territoryId, dryRun) goes along as it is.
  { method: 'POST', path: 'imports/organizations', subgraph: 'directory', forwarded: 'as-sent' },
  { method: 'GET', path: 'imports/organizations/:id', subgraph: 'directory', forwarded: 'as-sent' },
  { method: 'POST', path: 'imports/declarations', subgraph: 'interviews', forwarded: 'as-sent' },
  { method: 'GET', path: 'imports/declarations/:id', subgraph: 'interviews', forwarded: 'as-sent' },
  // A zone's exports: its organizations from the directory, its synergies from the engine.
  { method: 'GET', path: 'zones/:zoneId/organizations.csv', subgraph: 'directory', forwarded: 'as-sent' },
  { method: 'GET', path: 'zones/:zoneId/organizations.geojson', subgraph: 'directory', forwarded: 'as-sent' },
  { method: 'GET', path: 'zones/:zoneId/synergies.csv', subgraph: 'synergy-engine', forwarded: 'as-sent' },
  { method: 'GET', path: 'zones/:zoneId/synergies.geojson', subgraph: 'synergy-engine', forwarded: 'as-sent' },
  // The zones' radar chart for steering committees (`Territory.assessmentChartUrl`).
  { method: 'GET', path: 'territories/:id/assessment.svg', subgraph: 'directory', forwarded: 'picture', signedQuery: ['gridVersion'] },
  // A prioritisation workshop's impact-against-investment matrix (`Workshop.prioritisationMatrixUrl`).
  { method: 'GET', path: 'workshops/:id/prioritisation.svg', subgraph: 'workshops', forwarded: 'picture' },
];
