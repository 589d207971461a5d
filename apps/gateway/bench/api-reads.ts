/**
 * The reads of a facilitator's screens that `npm run bench:api` loads the gateways with, and the
 * product's goals for them through the gateway.
 */

export interface ApiRead {
  name: string;
  query: string;
  /** Requests a second the gateway must answer at 10 clients, where the product sets a goal. */
  targetRequestsPerSecond?: number;
}

/** A zone's counts, from each of the four subgraphs. */
export const ZONE_DASHBOARD: ApiRead = {
  name: 'zone dashboard',
  query: `query ($zoneId: ID!) { zone(id: $zoneId) { id name
    organizationCount
    interviewCount needCount resourceCount
    collectiveSynergyCount b2bSynergyCount synergyCountsByStatus { status count }
    workshopCount actionCount } }`,
  targetRequestsPerSecond: 300,
};

export const SYNERGY_PAGE: ApiRead = {
  name: '50 synergies',
  query: `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId }, first: 50) {
    totalCount nodes { id kind status score theme categoryCode zoneIds
      participants { role organization { id name nafCode zone { id name } } } } } }`,
  targetRequestsPerSecond: 150,
};

export const ORGANIZATION_PAGE: ApiRead = {
  name: '50 organizations',
  query: `query ($zoneId: ID!) { organizations(filter: { zoneId: $zoneId }, first: 50) {
    nodes { id name nafCode
      declarations { totalCount nodes { id kind theme categoryCode label quantity unit } }
      synergies { totalCount } } } }`,
  targetRequestsPerSecond: 150,
};

/** The synergy page's part that the engine answers, asked of the engine alone. */
export const ENGINE_SYNERGY_PAGE: ApiRead = {
  name: '50 synergies, engine part',
  query: `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId }, first: 50) {
    totalCount nodes { id kind status score theme categoryCode zoneIds
      participants { role organization { id } } } } }`,
};

/** The 95th percentile of latency every read must stay under at 50 clients, with no error. */
export const TARGET_P95_MS = 300;
