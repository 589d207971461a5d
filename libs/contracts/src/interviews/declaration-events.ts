import { z } from 'zod';
import { declarationAttributesSchema, FREQUENCIES, THEMES } from '@symbiose/taxonomy';

export const DECLARATION_KINDS = ['NEED', 'RESOURCE'] as const;
export const DECLARATION_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;

const isoDate = z.iso.date();

const cents = z.number().int().nonnegative();

/**
 * What the firm says the flow costs or earns it, in euro cents (per unit: of the category's
 * canonical unit). Each figure is the firm's own, absent when it gave none.
 */
export const declarationEconomicsSchema = z
  .object({
    /** A resource: what getting rid of it costs the firm today (collection and treatment). */
    disposalCostCentsPerUnit: cents.optional(),
    /** A resource: the price the firm asks for it. */
    salePriceCentsPerUnit: cents.optional(),
    /** A need: what the firm pays for it today. */
    purchasePriceCentsPerUnit: cents.optional(),
    /** What the firm would invest, once, to put the exchange to work. */
    investmentCents: cents.optional(),
  })
  .strict();

export type DeclarationEconomics = z.infer<typeof declarationEconomicsSchema>;

/**
 * Everything the synergy engine needs of a declaration, as of the event: who
 * declares it and where they are, what it is, and how much a year in the
 * category's canonical unit.
 */
export const declarationSnapshotV1 = z.object({
  declarationId: z.uuid(),
  organizationId: z.uuid(),
  interviewId: z.uuid().nullable(),
  zoneId: z.uuid().nullable(),
  territoryId: z.uuid().nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  kind: z.enum(DECLARATION_KINDS),
  theme: z.enum(THEMES),
  categoryCode: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  label: z.string().min(1),
  /** Quantity a year in the canonical unit; null for categories without a quantity. */
  annualQuantity: z.number().nonnegative().nullable(),
  canonicalUnit: z.string().nullable(),
  frequency: z.enum(FREQUENCIES).nullable(),
  wasteCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  hazardous: z.boolean(),
  /** For a need of a hazardous waste: whether the organization may take it. */
  authorisedForHazardous: z.boolean().nullable(),
  availableFrom: isoDate.nullable(),
  availableUntil: isoDate.nullable(),
  /** Technical facts checked against the category; absent from events written before they were. */
  attributes: declarationAttributesSchema.default({}),
  /** The firm's own figures; absent from events written before them, or when it gave none. */
  economics: declarationEconomicsSchema.optional(),
  status: z.enum(DECLARATION_STATUSES),
});

/**
 * A declaration event's payload as it may come: `attributes` may be missing from an old event.
 * Once the payload is parsed, it is there, `{}` when it was missing.
 */
export type DeclarationSnapshotV1 = z.input<typeof declarationSnapshotV1>;

export const interviewCompletedV1 = z.object({
  interviewId: z.uuid(),
  organizationId: z.uuid(),
  zoneId: z.uuid().nullable(),
  gridVersion: z.number().int().positive(),
  conductedOn: isoDate,
  needCount: z.number().int().nonnegative(),
  resourceCount: z.number().int().nonnegative(),
});

export type InterviewCompletedV1 = z.infer<typeof interviewCompletedV1>;
