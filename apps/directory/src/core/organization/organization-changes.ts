import { EntityManager } from 'typeorm';
import { EventPayload, MAX_IMPORTED_CHANGES_PER_EVENT } from '@symbiose/contracts';
import { OutboxService } from '@symbiose/platform';
import { organizationSnapshot } from './organization-snapshot';
import { Organization } from './organization.entity';

/** An organization as a registration or an update left it, before it is written. */
export interface OrganizationChange {
  type: 'organization.registered' | 'organization.updated';
  organization: Organization;
}

/**
 * Writes an import's changes in a few statements, in the caller's transaction: every
 * organization once, as its last change left it (one INSERT … ON CONFLICT for all), and the
 * changes, in order, as `organization.imported` events of up to MAX_IMPORTED_CHANGES_PER_EVENT
 * each. Each change is read by consumers as its own `organization.registered` or
 * `organization.updated` (`singleOrganizationEvents`); one event per change cost every
 * subscriber a job per row.
 */
export async function writeOrganizationChanges(
  manager: EntityManager,
  outbox: OutboxService,
  changes: readonly OrganizationChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const latest = new Map(changes.map((change) => [change.organization.id, change.organization]));
  await upsertOrganizations(manager, [...latest.values()]);
  const batches: EventPayload<'organization.imported'>[] = [];
  for (let start = 0; start < changes.length; start += MAX_IMPORTED_CHANGES_PER_EVENT) {
    batches.push({
      changes: changes.slice(start, start + MAX_IMPORTED_CHANGES_PER_EVENT).map((change) => ({
        type: change.type,
        organization: organizationSnapshot(change.organization),
      })),
    });
  }
  await outbox.recordAll(manager, 'organization.imported', batches);
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
