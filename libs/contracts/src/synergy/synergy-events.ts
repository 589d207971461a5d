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

export const synergyStatusChangedV1 = synergySnapshotV1.extend({
  from: z.enum(SYNERGY_STATUSES),
  /** Who made the change, as the request named them; the system's own name for automatic ones. */
  changedBy: z.string().min(1),
  note: z.string().nullable(),
});

export type SynergyStatusChangedV1 = z.infer<typeof synergyStatusChangedV1>;
