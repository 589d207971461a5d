import { z } from 'zod';
import { THEMES } from '@symbiose/taxonomy';

export const SYNERGY_KINDS = ['COLLECTIVE', 'B2B'] as const;
export const SYNERGY_STATUSES = [
  'DETECTED',
  'QUALIFIED',
  'STUDYING',
  'SELECTED',
  'IMPLEMENTING',
  'OPERATIONAL',
  'DISMISSED',
  'ABANDONED',
] as const;
export const PARTICIPANT_ROLES = ['MEMBER', 'SUPPLIER', 'CONSUMER'] as const;

/** A synergy as other services know it: what it joins, where, and where it stands. */
export const synergySnapshotV1 = z.object({
  synergyId: z.uuid(),
  kind: z.enum(SYNERGY_KINDS),
  territoryId: z.uuid(),
  /** The zones of its participants, sorted; empty when none is in a zone. */
  zoneIds: z.array(z.uuid()),
  /** The shared need's category (COLLECTIVE) or the need's category (B2B). */
  categoryCode: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  theme: z.enum(THEMES),
  score: z.number().min(0).max(1),
  participants: z.array(z.object({ organizationId: z.uuid(), role: z.enum(PARTICIPANT_ROLES) })),
  status: z.enum(SYNERGY_STATUSES),
  obsolete: z.boolean(),
});

export type SynergySnapshotV1 = z.infer<typeof synergySnapshotV1>;

/** Most synergies one `synergy.detected` or `synergy.updated` event carries, so that one job stays small. */
export const MAX_DETECTED_SYNERGIES_PER_EVENT = 500;

const synergyBatch = z.object({
  synergies: z.array(synergySnapshotV1).min(1).max(MAX_DETECTED_SYNERGIES_PER_EVENT),
});

/**
 * The synergies a recompute found new or revived, in batches: a region's first recompute finds
 * hundreds of thousands, and one event (one job per subscriber) each flooded the queues.
 */
export const synergiesDetectedV2 = synergyBatch;

export type SynergiesDetectedV2 = z.infer<typeof synergiesDetectedV2>;

/**
 * Synergies a recompute found again with other content (their zones, participants or score),
 * in batches as `synergy.detected`: a copy kept from the snapshots stays equal to the engine's.
 */
export const synergiesUpdatedV1 = synergyBatch;

export type SynergiesUpdatedV1 = z.infer<typeof synergiesUpdatedV1>;

/** Most synergy ids one `synergy.obsoleted` event carries. */
export const MAX_OBSOLETED_SYNERGIES_PER_EVENT = 5000;

/**
 * Synergies a recompute no longer finds (their declarations were withdrawn, a
 * firm moved away): kept with their status, but no longer current. A later
 * `synergy.detected` revives them.
 */
export const synergiesObsoletedV1 = z.object({
  synergyIds: z.array(z.uuid()).min(1).max(MAX_OBSOLETED_SYNERGIES_PER_EVENT),
});

export type SynergiesObsoletedV1 = z.infer<typeof synergiesObsoletedV1>;

export const synergyStatusChangedV1 = synergySnapshotV1.extend({
  from: z.enum(SYNERGY_STATUSES),
  /** Who made the change, as the request named them; the system's own name for automatic ones. */
  changedBy: z.string().min(1),
  note: z.string().nullable(),
  /** Why it was dismissed (`DismissalReason` of the API); null for other changes and older events. */
  reasonCode: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/)
    .nullable()
    .default(null),
});

export type SynergyStatusChangedV1 = z.infer<typeof synergyStatusChangedV1>;
