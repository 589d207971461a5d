import {
  collectiveImpactOf,
  type CollectiveImpactEstimate,
  type CollectiveSynergy,
  type MemberPurchase,
  type PooledWaste,
} from '../matching';
import type { CollectiveNeedGroupCode } from '@symbiose/taxonomy';
import type { Synergy } from './synergy.entity';

/**
 * A pooled waste as a row keeps it. Its collector's km only when its firm declared them, so a
 * row of nothing declared keeps its content, and its hash, as before they were recorded.
 */
type StoredPooledWaste = readonly [
  declarationId: string,
  categoryCode: string,
  tonnesPerYear: number,
  tripsPerYear: number | null,
  disposalCostCentsPerUnit?: number | null,
  declaredCollectorRoadKm?: number,
];

/**
 * What a collective synergy's row keeps, in its rationale, for its impact to be worked out when
 * read: whether every member gave a quantity, a pooled waste collection's wastes as
 * `[declarationId, categoryCode, tonnesPerYear, tripsPerYear, disposalCostCentsPerUnit]`, with
 * the collector's road km its firm declared after them when it did, and another pool's member
 * needs as `[declarationId, annualQuantity, purchasePriceCentsPerUnit]`. A row stored before the
 * euro figures were kept has neither: its spend reads to confirm until the next recompute of its
 * zone. A waste stored without a collector distance reads as the default distance.
 */
export interface StoredCollectivePool {
  readonly quantityComplete: boolean;
  readonly waste: readonly StoredPooledWaste[];
  readonly purchases?: readonly (readonly [string, number | null, number | null])[];
}

function storedPooledWaste(waste: PooledWaste): StoredPooledWaste {
  const kept = [
    waste.declarationId,
    waste.categoryCode,
    waste.tonnesPerYear,
    waste.tripsPerYear,
    waste.disposalCostCentsPerUnit ?? null,
  ] as const;
  return waste.collectorRoadKm != null ? [...kept, waste.collectorRoadKm] : kept;
}

/** A declared km a row keeps; null on a row without them, or with anything but a distance. */
function declaredRoadKm(km: unknown): number | null {
  return typeof km === 'number' && km > 0 ? km : null;
}

export function storedCollectivePool(synergy: CollectiveSynergy): StoredCollectivePool {
  return {
    quantityComplete: synergy.quantityComplete,
    waste: synergy.pooledWaste.map(storedPooledWaste),
    purchases: synergy.memberPurchases.map(
      (need) => [need.declarationId, need.annualQuantity, need.purchasePriceCentsPerUnit] as const,
    ),
  };
}

type CollectiveRow = Pick<
  Synergy,
  'kind' | 'rationale' | 'participants' | 'combinedAnnualQuantity' | 'canonicalUnit'
>;

/** The pooled wastes a collective synergy's row keeps; empty on a row stored without them. */
export function pooledWasteOfRow(synergy: CollectiveRow): PooledWaste[] {
  const pool = synergy.rationale.pooled as StoredCollectivePool | undefined;
  return (pool?.waste ?? []).map(
    ([declarationId, categoryCode, tonnesPerYear, tripsPerYear, disposalCost, collectorKm]) => ({
      declarationId,
      categoryCode,
      tonnesPerYear,
      tripsPerYear,
      disposalCostCentsPerUnit: disposalCost ?? null,
      collectorRoadKm: declaredRoadKm(collectorKm),
    }),
  );
}

/** A pool's member needs its row keeps; a pooled waste collection's, and an older row's, none. */
function memberPurchasesOfRow(pool: StoredCollectivePool): MemberPurchase[] {
  return (pool.purchases ?? []).map(
    ([declarationId, annualQuantity, purchasePriceCentsPerUnit]) => ({
      declarationId,
      annualQuantity,
      purchasePriceCentsPerUnit,
    }),
  );
}

/**
 * A collective synergy's impact, worked out from its row; `promisedTonnes` gives, by waste
 * declaration, the tonnes live B2B synergies take of it, which a pooled collection leaves to
 * them. Null for a B2B synergy, and for a row stored before its pool was (until the next
 * recompute of its zone).
 */
export function collectiveImpactOfRow(
  synergy: CollectiveRow,
  promisedTonnes: ReadonlyMap<string, number> = new Map(),
): CollectiveImpactEstimate | null {
  const pool = synergy.rationale.pooled as StoredCollectivePool | undefined;
  if (synergy.kind !== 'COLLECTIVE' || !pool) return null;
  return collectiveImpactOf({
    collectiveNeedCode: (synergy.rationale.collectiveNeedCode ??
      null) as CollectiveNeedGroupCode | null,
    memberCount: synergy.participants.filter((p) => p.role === 'MEMBER').length,
    combinedAnnualQuantity: synergy.combinedAnnualQuantity,
    canonicalUnit: synergy.canonicalUnit,
    quantityComplete: pool.quantityComplete,
    memberPurchases: memberPurchasesOfRow(pool),
    pooledWaste: pooledWasteOfRow(synergy).map((waste) => ({
      ...waste,
      tonnesPerYear: Math.max(
        0,
        waste.tonnesPerYear - (promisedTonnes.get(waste.declarationId) ?? 0),
      ),
    })),
  });
}
