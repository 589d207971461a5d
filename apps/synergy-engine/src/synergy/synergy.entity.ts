import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SYNERGY_KINDS } from '@symbiose/contracts';
import type { Theme } from '@symbiose/taxonomy';
import type { SynergyParticipant } from '../matching';
import type { SynergyStatus } from './synergy-lifecycle';

/** A float column that pg returns as a number (double precision is parsed, numeric is not). */
const DOUBLE = 'double precision';

/**
 * A synergy as stored: what the last recompute found (score, participants,
 * rationale), updated in place under its stable key, and what people decided
 * about it (status), which no recompute changes. What follows from the stored
 * columns is not stored: the words of a B2B rationale and a B2B impact are
 * worked out when read (`synergy-presentation`).
 */
@Entity()
export class Synergy {
  @PrimaryColumn('uuid')
  id: string;

  /**
   * COLLECTIVE:<zone>:<category, or the first of its collective need's> or
   * B2B:<resource declaration>:<need declaration>.
   */
  @Column({ type: 'text', unique: true, collation: 'C' })
  key: string;

  @Column('text')
  kind: (typeof SYNERGY_KINDS)[number];

  @Column('uuid')
  territoryId: string;

  @Column('uuid', { array: true })
  zoneIds: string[];

  @Column('uuid', { array: true })
  organizationIds: string[];

  /** The shared need's category (COLLECTIVE) or the need's category (B2B). */
  @Column('text')
  categoryCode: string;

  @Column('text', { nullable: true })
  resourceCategoryCode: string | null;

  @Column('text')
  theme: Theme;

  @Column(DOUBLE)
  score: number;

  @Column('json')
  participants: SynergyParticipant[];

  /** COLLECTIVE: terms and summaries; B2B: terms only. */
  @Column('json')
  rationale: Record<string, unknown>;

  @Column(DOUBLE, { nullable: true })
  distanceKm: number | null;

  /** COLLECTIVE: the members' summed annual quantity; B2B: tonnes a year of a weighed flow. */
  @Column(DOUBLE, { nullable: true })
  combinedAnnualQuantity: number | null;

  @Column('text', { nullable: true })
  canonicalUnit: string | null;

  @Column(DOUBLE, { nullable: true })
  netAvoidedKgCo2ePerYear: number | null;

  /** Digest of everything a recompute sets: an unchanged synergy is not rewritten. */
  @Column('text')
  contentHash: string;

  @Column('text')
  status: SynergyStatus;

  @Column('boolean')
  obsolete: boolean;

  @Column('timestamptz', { nullable: true })
  obsoleteSince: Date | null;

  @Column('timestamptz')
  detectedAt: Date;

  @Column('timestamptz')
  computedAt: Date;

  @Column('timestamptz')
  statusChangedAt: Date;
}
