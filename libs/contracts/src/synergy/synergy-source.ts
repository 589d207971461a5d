import type { SynergySnapshotV1 } from './synergy-events';

/**
 * The engine's internal routes from which a service that keeps a copy of its synergies checks
 * that copy and repairs it. Internal: open to Symbiose's own services only, never relayed by
 * the gateway.
 */
export const SYNERGY_SOURCE_ROUTES = {
  /** Each territory's count and digest of its synergies (`synergyDigestsSql`). */
  digests: 'internal/replica/synergy-digests',
  /**
   * `?territoryId=<uuid>&after=<uuid>`: the territory's synergies by id, SYNERGY_SOURCE_PAGE at
   * a time; or `?ids=<uuid>,…`: those synergies, wherever they now are.
   */
  synergies: 'internal/replica/synergies',
} as const;

/** Most synergies one answer carries, and most ids one call may name. */
export const SYNERGY_SOURCE_PAGE = 1000;

export interface TerritorySynergyDigest {
  territoryId: string;
  count: number;
  digest: string;
}

export interface SourceSynergyDigests {
  territories: TerritorySynergyDigest[];
}

/**
 * Synergies as they stand, read at `asOf` (the database's time when it read them): a copy applies
 * them as it would an event of that time, so an event recorded since still wins.
 */
export interface SourceSynergies {
  asOf: string;
  synergies: SynergySnapshotV1[];
}

/**
 * Per territory, the count of a table's synergies and an md5 of the fields every copy keeps
 * (kind, category, status, obsolete, zones), in id order. The engine and a copy run this same
 * statement over their own table, so equal digests mean equal copies.
 */
export function synergyDigestsSql(table: string, idColumn: string): string {
  return `SELECT territory_id AS "territoryId", count(*)::int AS count,
      md5(string_agg(
        concat_ws('|', ${idColumn}, kind, category_code, status, obsolete,
          array_to_string(zone_ids, ',')),
        E'\\n' ORDER BY ${idColumn})) AS digest
    FROM ${table} GROUP BY territory_id`;
}
