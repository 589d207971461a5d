import { z } from 'zod';

export const ORGANIZATION_KINDS = ['COMPANY', 'PUBLIC_BODY', 'ASSOCIATION', 'CONSULTANCY'] as const;
export const ORGANIZATION_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;

/** Everything a consuming service needs to know of an organization, as of the event. */
export const organizationSnapshotV1 = z.object({
  organizationId: z.uuid(),
  siret: z
    .string()
    .regex(/^\d{14}$/)
    .nullable(),
  name: z.string().min(1),
  kind: z.enum(ORGANIZATION_KINDS),
  nafCode: z
    .string()
    .regex(/^\d{2}\.\d{2}[A-Z]$/)
    .nullable(),
  headcount: z.number().int().nonnegative().nullable(),
  zoneId: z.uuid().nullable(),
  territoryId: z.uuid().nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  businessAssociationMember: z.boolean(),
  status: z.enum(ORGANIZATION_STATUSES),
  /** ICPE rubrics and named authorisations (see @symbiose/taxonomy), sorted; absent before they existed. */
  authorisations: z.array(z.string()).default([]),
});

/**
 * A payload as published: events recorded before authorisations existed lack them, which a
 * consumer's parse reads as none.
 */
export type OrganizationSnapshotV1 = z.input<typeof organizationSnapshotV1>;

/** Most changes one `organization.imported` event carries, so that one job stays small. */
export const MAX_IMPORTED_CHANGES_PER_EVENT = 500;

/** The single events an import's changes stand for. */
export const IMPORTED_CHANGE_TYPES = ['organization.registered', 'organization.updated'] as const;
export type ImportedChangeType = (typeof IMPORTED_CHANGE_TYPES)[number];

/**
 * The organizations one batch of an import registered or updated, in the order of the file's
 * rows: each change means what the single event of its type means. An import of a region's
 * establishments told one event per row flooded the queues (one job per subscriber per row).
 * An organization named twice in a batch has two changes, the later one last.
 */
export const organizationsImportedV1 = z.object({
  changes: z
    .array(z.object({ type: z.enum(IMPORTED_CHANGE_TYPES), organization: organizationSnapshotV1 }))
    .min(1)
    .max(MAX_IMPORTED_CHANGES_PER_EVENT),
});

export type OrganizationsImportedV1 = z.input<typeof organizationsImportedV1>;
