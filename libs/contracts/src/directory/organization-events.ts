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
