import { EntityManager } from 'typeorm';
import { OutboxService } from '@symbiose/platform';
import { organizationSnapshot } from './organization-snapshot';
import { Organization } from './organization.entity';

/** An organization as a registration or an update left it, before it is written. */
export interface OrganizationChange {
  type: 'organization.registered' | 'organization.updated';
  organization: Organization;
}

/**
 * Writes changes in a few statements, in the caller's transaction: every organization once, as
 * its last change left it (one INSERT … ON CONFLICT for all), and one event per change. An
 * organization changed twice (two rows of a file with one SIRET) has its second event recorded a
 * millisecond after its first, so that consumers, who keep the latest snapshot by the time of its
 * event, end with the last.
 */
export async function writeOrganizationChanges(
  manager: EntityManager,
  outbox: OutboxService,
  changes: readonly OrganizationChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const latest = new Map(changes.map((change) => [change.organization.id, change.organization]));
  await upsertOrganizations(manager, [...latest.values()]);
  const now = Date.now();
  for (const [rank, rankChanges] of byRankOfTheirOrganization(changes)) {
    const occurredAt = new Date(now + rank);
    for (const type of ['organization.registered', 'organization.updated'] as const) {
      const snapshots = rankChanges
        .filter((change) => change.type === type)
        .map((change) => organizationSnapshot(change.organization));
      if (snapshots.length > 0) await outbox.recordAll(manager, type, snapshots, { occurredAt });
    }
  }
}

/** The changes grouped by how many changes of the same organization come before them. */
function byRankOfTheirOrganization(
  changes: readonly OrganizationChange[],
): Map<number, OrganizationChange[]> {
  const seen = new Map<string, number>();
  const ranks = new Map<number, OrganizationChange[]>();
  for (const change of changes) {
    const rank = seen.get(change.organization.id) ?? 0;
    seen.set(change.organization.id, rank + 1);
    const ranked = ranks.get(rank) ?? [];
    ranked.push(change);
    ranks.set(rank, ranked);
  }
  return ranks;
}

/**
 * Inserts new organizations and overwrites changed ones, one array a column; the ids of changed
 * ones are those they were read with, so a conflict on the id is an update. A SIRET another writer
 * took meanwhile breaks uq_organization_siret, as a single registration would.
 */
async function upsertOrganizations(
  manager: EntityManager,
  organizations: readonly Organization[],
): Promise<void> {
  const column = <T>(read: (organization: Organization) => T): T[] => organizations.map(read);
  await manager.query(
    `INSERT INTO organization (id, siret, name, kind, naf_code, headcount, street, postal_code, city,
       latitude, longitude, territory_id, zone_id, business_association_member, authorisations,
       status, archived_at)
     SELECT id, siret, name, kind, naf_code, headcount, street, postal_code, city, latitude,
       longitude, territory_id, zone_id, business_association_member,
       ARRAY(SELECT jsonb_array_elements_text(authorisations)), status, archived_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],
       $7::text[], $8::text[], $9::text[], $10::float8[], $11::float8[], $12::uuid[], $13::uuid[],
       $14::boolean[], $15::jsonb[], $16::text[], $17::timestamptz[])
       AS o(id, siret, name, kind, naf_code, headcount, street, postal_code, city, latitude,
         longitude, territory_id, zone_id, business_association_member, authorisations, status,
         archived_at)
     ON CONFLICT (id) DO UPDATE SET
       name = EXCLUDED.name, kind = EXCLUDED.kind, naf_code = EXCLUDED.naf_code,
       headcount = EXCLUDED.headcount, street = EXCLUDED.street,
       postal_code = EXCLUDED.postal_code, city = EXCLUDED.city, latitude = EXCLUDED.latitude,
       longitude = EXCLUDED.longitude, zone_id = EXCLUDED.zone_id,
       business_association_member = EXCLUDED.business_association_member,
       authorisations = EXCLUDED.authorisations, status = EXCLUDED.status,
       archived_at = EXCLUDED.archived_at, updated_at = now()`,
    [
      column((o) => o.id),
      column((o) => o.siret),
      column((o) => o.name),
      column((o) => o.kind),
      column((o) => o.nafCode),
      column((o) => o.headcount),
      column((o) => o.street),
      column((o) => o.postalCode),
      column((o) => o.city),
      column((o) => o.latitude),
      column((o) => o.longitude),
      column((o) => o.territoryId),
      column((o) => o.zoneId),
      column((o) => o.businessAssociationMember),
      column((o) => JSON.stringify(o.authorisations)),
      column((o) => o.status),
      column((o) => o.archivedAt),
    ],
  );
}
