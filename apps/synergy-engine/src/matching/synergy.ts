import type { CollectiveNeedGroupCode, CompatibilityStrength } from '@symbiose/taxonomy';
import type { QuantityBasis } from './b2b-score';
import type { MemberPurchase, PooledWaste } from './collective-impact';
import type { ImpactEstimate } from './impact-estimate';
import type { RuleFinding } from './pair-rules';
import type { PairEconomics } from './synergy-euros';

export type ParticipantRole = 'MEMBER' | 'SUPPLIER' | 'CONSUMER';

export interface SynergyParticipant {
  readonly organizationId: string;
  readonly role: ParticipantRole;
  /** Sorted. */
  readonly declarationIds: readonly string[];
}

export interface ScoreTerm {
  readonly value: number;
  readonly weight: number;
}

export interface NullableScoreTerm {
  readonly value: number | null;
  readonly weight: number;
}

/** The terms of a B2B score and the rules the pair passed; `wordB2BRationale` says them in words. */
export interface B2BRationale {
  readonly terms: {
    readonly compatibility: ScoreTerm & {
      readonly strength: CompatibilityStrength;
      readonly wasteCodes: 'SAME' | 'DIFFERENT' | 'NOT_BOTH_GIVEN';
    };
    /** `value` is null unless `basis` is COMPARED; an unknown term is left out of the score. */
    readonly quantityCoverage: NullableScoreTerm & { readonly basis: QuantityBasis };
    readonly distanceDecay: ScoreTerm & { readonly distanceKm: number };
    /** `value` is null when either side gave no rhythm (to confirm). */
    readonly frequencyFit: NullableScoreTerm;
  };
  /** Every pair rule that had something to say, none FAILED (a failed pair is not proposed). */
  readonly rules: readonly RuleFinding[];
}

/** A resource of one organization meeting a need of another. */
export interface B2BSynergy {
  readonly kind: 'B2B';
  /** Stable identity: the resource declaration and the need declaration. */
  readonly key: string;
  readonly resourceDeclarationId: string;
  readonly needDeclarationId: string;
  readonly territoryId: string;
  /** Sorted, no duplicates: the zones of both sides. */
  readonly zoneIds: readonly string[];
  readonly resourceCategoryCode: string;
  readonly needCategoryCode: string;
  readonly participants: readonly SynergyParticipant[];
  readonly distanceKm: number;
  readonly score: number;
  /**
   * What the resource promises this need a year, in the resource's canonical unit, once the
   * resource is shared out among its candidate needs; null when the quantities do not compare.
   */
  readonly allocatedQuantity: number | null;
  readonly rationale: B2BRationale;
  readonly impact: ImpactEstimate | null;
  /** The euro figures the two firms gave for their flow; null when they gave none. */
  readonly economics: PairEconomics | null;
}

/** Why a firm's trade may meet a need: its activity, its distance, and what the rules said. */
export interface TradeSupplyRationale {
  readonly supply: 'TRADE';
  readonly nafCode: string;
  readonly terms: { readonly distanceDecay: ScoreTerm & { readonly distanceKm: number } };
  readonly rules: readonly RuleFinding[];
  readonly summaryFr: string;
  readonly summaryEn: string;
}

/**
 * A need met by a firm whose NAF activity supplies its category, with no declared resource:
 * a B2B synergy whose supplier brings no declaration, scored apart (see `matchTradeSupply`).
 */
export interface TradeSupplySynergy {
  readonly kind: 'B2B';
  readonly supply: 'TRADE';
  /** Stable identity: the supplier and the need declaration. */
  readonly key: string;
  readonly needDeclarationId: string;
  readonly supplierOrganizationId: string;
  readonly territoryId: string;
  /** Sorted, no duplicates: the zones of both sides. */
  readonly zoneIds: readonly string[];
  readonly needCategoryCode: string;
  readonly participants: readonly SynergyParticipant[];
  readonly distanceKm: number;
  readonly score: number;
  readonly rationale: TradeSupplyRationale;
}

export interface CollectiveRationale {
  /** The programme's collective need the members share; null for another poolable category. */
  readonly collectiveNeedCode: CollectiveNeedGroupCode | null;
  /** Suppliers that join by their trade (their NAF activity), not by a declared resource. */
  readonly suppliersByTrade: number;
  /** Sorted: the categories the members declared, several when the need gathers several. */
  readonly categoryCodes: readonly string[];
  readonly terms: {
    readonly members: ScoreTerm & { readonly organizationCount: number };
    readonly supplyCoverage: ScoreTerm & {
      readonly basis: 'NO_SUPPLIER' | 'QUANTITIES' | 'SUPPLIER_WITHOUT_COMPARABLE_QUANTITY';
    };
  };
  readonly summaryFr: string;
  readonly summaryEn: string;
}

/** Several organizations of a zone sharing one need, with whoever in the zone can serve it. */
export interface CollectiveSynergy {
  readonly kind: 'COLLECTIVE';
  /** Stable identity: the zone and the collective need's first category, or the category. */
  readonly key: string;
  readonly zoneId: string;
  readonly territoryId: string;
  /** The category most members declared. */
  readonly categoryCode: string;
  /**
   * Members first, then suppliers; by organization id within a role. A supplier by trade
   * brings no declaration.
   */
  readonly participants: readonly SynergyParticipant[];
  /** Sum of the members' annual quantities when they share a unit; null otherwise. */
  readonly combinedAnnualQuantity: number | null;
  readonly canonicalUnit: string | null;
  /** Whether every member need carries a quantity in that unit. */
  readonly quantityComplete: boolean;
  /** A pooled waste collection's: each member's weighed waste; empty for any other pool. */
  readonly pooledWaste: readonly PooledWaste[];
  /** Any other pool's: its members' needs, with what their firms pay today. */
  readonly memberPurchases: readonly MemberPurchase[];
  readonly score: number;
  readonly rationale: CollectiveRationale;
}
