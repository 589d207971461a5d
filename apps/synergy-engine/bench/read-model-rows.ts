import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { MatchableDeclaration } from '../src/matching';

/** Rows per statement. */
const BATCH = 5000;

/** The synthetic region's readable ids, as the UUIDs the tables want. */
export function uuidOf(id: string): string {
  const hex = createHash('md5').update(id).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Rows as the table's own row type reads them from JSON: every column must be given. */
async function insertRows(dataSource: DataSource, table: string, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await dataSource.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows.slice(start, start + BATCH))],
    );
  }
}

function zoneRow(d: MatchableDeclaration, now: string) {
  return {
    zone_id: uuidOf(d.zoneId as string),
    territory_id: uuidOf(d.territoryId),
    name: d.zoneId,
    kind: 'MIXED',
    latitude: d.latitude,
    longitude: d.longitude,
    area_km2: null,
    source_occurred_at: now,
    updated_at: now,
  };
}

function organizationRow(d: MatchableDeclaration, now: string) {
  return {
    organization_id: uuidOf(d.organizationId),
    zone_id: d.zoneId ? uuidOf(d.zoneId) : null,
    territory_id: uuidOf(d.territoryId),
    name: d.organizationId,
    naf_code: '10.39A',
    headcount: 10,
    latitude: d.latitude,
    longitude: d.longitude,
    status: 'ACTIVE',
    business_association_member: false,
    authorisations: d.organizationAuthorisations,
    source_occurred_at: now,
    updated_at: now,
  };
}

function declarationRow(d: MatchableDeclaration, now: string) {
  return {
    declaration_id: uuidOf(d.id),
    organization_id: uuidOf(d.organizationId),
    interview_id: null,
    kind: d.kind,
    theme: d.theme,
    category_code: d.categoryCode,
    label: d.categoryCode,
    annual_quantity: d.annualQuantity,
    canonical_unit: d.canonicalUnit,
    frequency: d.frequency,
    waste_code: d.wasteCode,
    hazardous: d.hazardous,
    authorised_for_hazardous: d.authorisedForHazardous,
    available_from: d.availableFrom,
    available_until: d.availableUntil,
    attributes: d.attributes,
    status: 'ACTIVE',
    source_occurred_at: now,
    updated_at: now,
  };
}

/**
 * Writes a synthetic region straight into the engine's read model (zones, organizations,
 * declarations), as its events would have; returns the first zone of each territory.
 */
export async function writeReadModel(
  dataSource: DataSource,
  declarations: MatchableDeclaration[],
): Promise<Map<string, string>> {
  const now = new Date().toISOString();
  const zones = new Map<string, MatchableDeclaration>();
  const organizations = new Map<string, MatchableDeclaration>();
  const firstZoneOfTerritory = new Map<string, string>();
  for (const d of declarations) {
    if (d.zoneId && !zones.has(d.zoneId)) zones.set(d.zoneId, d);
    if (!organizations.has(d.organizationId)) organizations.set(d.organizationId, d);
    if (d.zoneId && !firstZoneOfTerritory.has(uuidOf(d.territoryId))) {
      firstZoneOfTerritory.set(uuidOf(d.territoryId), uuidOf(d.zoneId));
    }
  }
  const rowsOf = <T>(
    rows: Iterable<MatchableDeclaration>,
    row: (d: MatchableDeclaration, now: string) => T,
  ) => [...rows].map((d) => row(d, now));
  await insertRows(dataSource, 'zone', rowsOf(zones.values(), zoneRow));
  await insertRows(dataSource, 'organization', rowsOf(organizations.values(), organizationRow));
  await insertRows(dataSource, 'declaration', rowsOf(declarations, declarationRow));
  // Rows written in bulk leave the tables without planner statistics until autovacuum comes
  // by; without them the territory's declarations are read through a plan that rescans the
  // partial index per organization (seconds per territory), which is not what is measured.
  await dataSource.query('ANALYZE zone, organization, declaration');
  return firstZoneOfTerritory;
}
