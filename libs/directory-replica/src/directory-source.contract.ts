/**
 * The directory's internal routes from which a service fills what its replica lacks, and their
 * answers. Each row comes as the directory's latest event about it, the envelope its outbox
 * holds: every change of a zone or an organization records an event with the whole snapshot, so
 * the latest one is the row as it stands, and it carries the id and time the replica orders by.
 */
export const DIRECTORY_SOURCE_ROUTES = {
  /** `?ids=<uuid>,…`: the latest `organization.*` event of each organization that exists. */
  organizations: 'internal/replica/organizations',
  /** `?ids=<uuid>,…`: the latest `zone.*` event of each zone that exists. */
  zones: 'internal/replica/zones',
  /** `?ids=<uuid>,…`: each territory that exists, with the latest event of each of its zones. */
  territories: 'internal/replica/territories',
} as const;

/** Most ids one call may name. */
export const DIRECTORY_SOURCE_MAX_IDS = 100;

/** The answer for organizations or zones: the events of those that exist; the others are absent. */
export interface SourceEvents {
  events: unknown[];
}

/** The answer for territories: those that exist, each with its zones' events (maybe none). */
export interface SourceTerritories {
  territories: { territoryId: string; events: unknown[] }[];
}
