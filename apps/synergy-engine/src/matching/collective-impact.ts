import {
  CANONICAL_UNITS,
  OCCURRENCES_PER_YEAR,
  type CollectiveNeedGroupCode,
} from '@symbiose/taxonomy';
import { transportKgCo2e } from './impact-estimate';
import {
  DEFAULT_COLLECTOR_ROAD_KM,
  VEHICLE_CLASSES,
  vehicleForLoad,
  type VehicleClass,
} from './impact-factors';
import type { MatchableDeclaration } from './matchable-declaration';

/**
 * The collective need whose synergy is a pooled collection of its members' waste, sized by the
 * tonnes of that waste rather than by a quantity of the need itself.
 */
export const MEMBERS_WASTE_GROUP: CollectiveNeedGroupCode = 'WASTE_COLLECTION_REUSE';

/** One member's waste a pooled collection would carry, as its declaration states it. */
export interface PooledWaste {
  readonly declarationId: string;
  readonly categoryCode: string;
  readonly tonnesPerYear: number;
  /** Collections a year at the declared rhythm; null when none is declared. */
  readonly tripsPerYear: number | null;
  /** What its firm says getting rid of a tonne costs it today, in euro cents; null if unsaid. */
  readonly disposalCostCentsPerUnit?: number | null;
  /** Road km to its collector today, as its firm declared it; null if unsaid (the default). */
  readonly collectorRoadKm?: number | null;
}

/** One member need of a pool other than a waste collection: what its firm buys today. */
export interface MemberPurchase {
  readonly declarationId: string;
  /** A year, in its category's canonical unit; null when the need has no quantity. */
  readonly annualQuantity: number | null;
  /** Its firm's purchase price today, in euro cents per that unit; null if unsaid. */
  readonly purchasePriceCentsPerUnit: number | null;
}

/** What pooling one stream (one waste category) of the members' collections would change. */
export interface PooledStreamEstimate {
  readonly categoryCode: string;
  /** The members' declarations of the stream. */
  readonly wasteCount: number;
  readonly tonnesPerYear: number;
  /** Each member's own collections a year; null unless every member declared a rhythm. */
  readonly collectionsPerYearToday: number | null;
  /** The round's trips a year: the most frequent member's rhythm; null like the above. */
  readonly roundTripsPerYear: number | null;
  readonly collectionTripsAvoidedPerYear: number | null;
  /** The round's vehicle: the larger of what its load per trip and any member's load need. */
  readonly roundVehicleClass: VehicleClass;
  /** The round's road km: the members' legs today, each weighed by its tonnes. */
  readonly collectorRoadKm: number;
  readonly collectionKgCo2ePerYearToday: number;
  readonly roundKgCo2ePerYear: number;
  readonly avoidedCollectionKgCo2ePerYear: number;
}

/** What a pooled waste collection would change in a year. Indicative only. */
export interface PooledCollectionEstimate {
  readonly tonnesPerYear: number;
  /** The members' legs today, each weighed by its tonnes: the rounds' km, all streams. */
  readonly collectorRoadKm: number;
  /** Over the streams whose every member declared a rhythm. */
  readonly collectionTripsAvoidedPerYear: number;
  readonly avoidedCollectionKgCo2ePerYear: number;
  /** By category code. */
  readonly streams: readonly PooledStreamEstimate[];
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function largerClass(a: VehicleClass, b: VehicleClass): VehicleClass {
  return VEHICLE_CLASSES.indexOf(a) >= VEHICLE_CLASSES.indexOf(b) ? a : b;
}

/** The members' weighed waste, by declaration id: what a pooled collection carries. */
export function pooledWasteOf(wastes: readonly MatchableDeclaration[]): PooledWaste[] {
  return wastes
    .filter((waste) => waste.canonicalUnit === CANONICAL_UNITS.MASS && waste.annualQuantity)
    .map((waste) => ({
      declarationId: waste.id,
      categoryCode: waste.categoryCode,
      tonnesPerYear: waste.annualQuantity as number,
      tripsPerYear: waste.frequency ? OCCURRENCES_PER_YEAR[waste.frequency] : null,
      disposalCostCentsPerUnit: waste.economics?.disposalCostCentsPerUnit ?? null,
      collectorRoadKm: waste.attributes.collectorDistanceKm ?? null,
    }))
    .sort((a, b) => (a.declarationId < b.declarationId ? -1 : 1));
}

/** The members' needs of a pool other than a waste collection, by declaration id. */
export function memberPurchasesOf(needs: readonly MatchableDeclaration[]): MemberPurchase[] {
  return needs
    .map((need) => ({
      declarationId: need.id,
      annualQuantity: need.annualQuantity,
      purchasePriceCentsPerUnit: need.economics?.purchasePriceCentsPerUnit ?? null,
    }))
    .sort((a, b) => (a.declarationId < b.declarationId ? -1 : 1));
}

/** A member's road km to its collector today: the one its firm declared, else the default. */
function memberRoadKm(waste: PooledWaste): number {
  return round(waste.collectorRoadKm ?? DEFAULT_COLLECTOR_ROAD_KM, 2);
}

/**
 * The mean of `roadKm`, each weighed by its `tonnes` (whose sum is above zero): the tonne-km
 * over the tonnes. Where every leg has the same km, those km exactly, as before any was declared.
 */
function tonneWeightedKm(tonnes: readonly number[], roadKm: readonly number[]): number {
  if (roadKm.every((km) => km === roadKm[0])) return roadKm[0];
  const tonneKm = tonnes.reduce((sum, t, i) => sum + t * roadKm[i], 0);
  return tonneKm / tonnes.reduce((sum, t) => sum + t, 0);
}

/**
 * Each member's collections of one stream replaced by one round. Every leg is charged as the
 * B2B transport is (`transportKgCo2e`: tonnes × road km × the vehicle's kg CO2 per t·km): a
 * member's today to its own collector (declared, else the default distance) in the vehicle its
 * own load per trip needs; the round's in the vehicle the pooled load per trip needs, and never
 * smaller than a member's (a round that calls on the heaviest member carries its load), over
 * the members' distances weighed by their tonnes. No one declares where the round's collector
 * is: so weighed, the round carries the tonne-km the members carry today, and only a larger
 * vehicle, whose factor per t·km is lower, makes it emit less (the level-1 factors already
 * share a vehicle's running among the loads it carries). A nearer collector is not credited.
 */
function streamEstimate(
  categoryCode: string,
  wastes: readonly PooledWaste[],
): PooledStreamEstimate {
  const tonnes = wastes.map((waste) => round(waste.tonnesPerYear, 3));
  const roadKm = wastes.map(memberRoadKm);
  const trips = wastes.map((waste) => waste.tripsPerYear);
  const ownClasses = wastes.map((waste, i) =>
    vehicleForLoad(waste.tripsPerYear ? round(tonnes[i] / waste.tripsPerYear, 3) : null),
  );
  const rhythmKnown = trips.every((trip) => trip !== null && trip > 0);
  const total = round(
    tonnes.reduce((sum, t) => sum + t, 0),
    3,
  );
  const roundTrips = rhythmKnown ? Math.max(...(trips as number[])) : null;
  const roundClass = ownClasses.reduce(
    largerClass,
    roundTrips ? vehicleForLoad(round(total / roundTrips, 3)) : ownClasses[0],
  );
  const today = tonnes.reduce((sum, t, i) => sum + transportKgCo2e(t, roadKm[i], ownClasses[i]), 0);
  const roundRoadKm = tonneWeightedKm(tonnes, roadKm);
  const pooled = transportKgCo2e(total, roundRoadKm, roundClass);
  const collectionsToday = rhythmKnown ? (trips as number[]).reduce((s, t) => s + t, 0) : null;
  return {
    categoryCode,
    wasteCount: wastes.length,
    tonnesPerYear: total,
    collectionsPerYearToday: collectionsToday,
    roundTripsPerYear: roundTrips,
    collectionTripsAvoidedPerYear:
      collectionsToday !== null && roundTrips !== null ? collectionsToday - roundTrips : null,
    roundVehicleClass: roundClass,
    collectorRoadKm: round(roundRoadKm, 2),
    collectionKgCo2ePerYearToday: round(today, 2),
    roundKgCo2ePerYear: round(pooled, 2),
    avoidedCollectionKgCo2ePerYear: round(round(today, 2) - round(pooled, 2), 2),
  };
}

/**
 * A pooled waste collection of `wastes` (the members' weighed waste, less whatever B2B
 * synergies take of it), each stream pooled apart (French law sorts the seven streams and
 * biowaste apart: they do not share a skip). Null when nothing is left to collect.
 */
export function pooledCollectionOf(
  wastes: readonly PooledWaste[],
): PooledCollectionEstimate | null {
  const weighed = wastes.filter((waste) => round(waste.tonnesPerYear, 3) > 0);
  if (weighed.length === 0) return null;
  const byStream = new Map<string, PooledWaste[]>();
  for (const waste of weighed) {
    byStream.set(waste.categoryCode, [...(byStream.get(waste.categoryCode) ?? []), waste]);
  }
  const streams = [...byStream.keys()]
    .sort()
    .map((code) => streamEstimate(code, byStream.get(code) as PooledWaste[]));
  return {
    tonnesPerYear: round(
      streams.reduce((sum, stream) => sum + stream.tonnesPerYear, 0),
      3,
    ),
    collectorRoadKm: round(
      tonneWeightedKm(
        weighed.map((waste) => round(waste.tonnesPerYear, 3)),
        weighed.map(memberRoadKm),
      ),
      2,
    ),
    collectionTripsAvoidedPerYear: streams.reduce(
      (sum, stream) => sum + (stream.collectionTripsAvoidedPerYear ?? 0),
      0,
    ),
    avoidedCollectionKgCo2ePerYear: round(
      streams.reduce((sum, stream) => sum + stream.avoidedCollectionKgCo2ePerYear, 0),
      2,
    ),
    streams,
  };
}

/** What a collective synergy's estimate leaves out, said so rather than guessed. */
export const NOT_ESTIMATED = ['QUANTITY', 'EMISSIONS', 'HOURS_SAVED', 'EUROS', 'SAVINGS'] as const;

export type NotEstimated = (typeof NOT_ESTIMATED)[number];

/** What a collective synergy would change in a year, from its members' declared facts only. */
export interface CollectiveImpactEstimate {
  readonly indicative: true;
  readonly memberCount: number;
  /** A pooled waste collection's; null for any other pool, or when no member weighed its waste. */
  readonly pooledCollection: PooledCollectionEstimate | null;
  /** A shared service's hours a year (guarding, a shared post…): the members' declared hours. */
  readonly serviceHoursPerYear: number | null;
  /** Whether every member's need carries a quantity in the pool's unit. */
  readonly quantityComplete: boolean;
  /** What the members spend today on what they would pool, as far as they said. */
  readonly euros: CollectiveEuros;
  readonly notEstimated: readonly NotEstimated[];
}

/** What a stored collective synergy keeps that its estimate reads. */
export interface CollectivePool {
  readonly collectiveNeedCode: CollectiveNeedGroupCode | null;
  readonly memberCount: number;
  readonly combinedAnnualQuantity: number | null;
  readonly canonicalUnit: string | null;
  readonly quantityComplete: boolean;
  readonly pooledWaste: readonly PooledWaste[];
  /** A pool other than a waste collection: its members' needs. */
  readonly memberPurchases?: readonly MemberPurchase[];
}

/**
 * A pooled waste collection's tonnes and the collections it saves (`pooledCollectionOf`); a
 * shared service's hours; for any other pool (group purchasing, whose members declare no
 * quantity; energy, water), nothing but what is said not to be estimated. Its euros are the
 * spend its members stated (`collectiveEurosOf`); what pooling saves of it is not estimated.
 */
export function collectiveImpactOf(pool: CollectivePool): CollectiveImpactEstimate {
  const notEstimated = new Set<NotEstimated>(['SAVINGS']);
  let pooledCollection: PooledCollectionEstimate | null = null;
  let serviceHoursPerYear: number | null = null;
  if (pool.collectiveNeedCode === MEMBERS_WASTE_GROUP) {
    pooledCollection = pooledCollectionOf(pool.pooledWaste);
    if (!pooledCollection) notEstimated.add('QUANTITY').add('EMISSIONS');
  } else {
    notEstimated.add('EMISSIONS');
    if (pool.canonicalUnit === CANONICAL_UNITS.TIME && pool.combinedAnnualQuantity !== null) {
      serviceHoursPerYear = pool.combinedAnnualQuantity;
      notEstimated.add('HOURS_SAVED');
    } else if (pool.combinedAnnualQuantity === null) {
      notEstimated.add('QUANTITY');
    }
  }
  const euros =
    pool.collectiveNeedCode === MEMBERS_WASTE_GROUP
      ? collectiveEurosOf(
          'DISPOSAL',
          pool.pooledWaste
            .filter((waste) => round(waste.tonnesPerYear, 3) > 0)
            .map((waste) => ({
              declarationId: waste.declarationId,
              annualQuantity: round(waste.tonnesPerYear, 3),
              centsPerUnit: waste.disposalCostCentsPerUnit ?? null,
            })),
        )
      : collectiveEurosOf(
          'PURCHASE',
          (pool.memberPurchases ?? []).map((need) => ({
            declarationId: need.declarationId,
            annualQuantity: need.annualQuantity,
            centsPerUnit: need.purchasePriceCentsPerUnit,
          })),
        );
  if (euros.spendConcernedCents === null) notEstimated.add('EUROS');
  return {
    indicative: true,
    memberCount: pool.memberCount,
    pooledCollection,
    serviceHoursPerYear,
    quantityComplete: pool.quantityComplete,
    euros,
    notEstimated: NOT_ESTIMATED.filter((item) => notEstimated.has(item)),
  };
}

/** What the members of a collective synergy spend today on what they would pool. */
export interface CollectiveEuros {
  /** DISPOSAL: the pooled streams' collection and treatment; PURCHASE: what the needs buy. */
  readonly spend: 'DISPOSAL' | 'PURCHASE';
  /**
   * A year, in euro cents: each member declaration's quantity × its firm's unit price, over
   * those that give both (a pooled waste: its tonnes less what B2B synergies take); null when
   * none does. The spend pooling would act on, not a saving: no saving rate is kept as sourced
   * data.
   */
  readonly spendConcernedCents: number | null;
  readonly pricedDeclarationCount: number;
  /** Sorted: the member declarations without a unit price or a quantity. */
  readonly declarationsToConfirm: readonly string[];
  readonly summaryFr: string;
  readonly summaryEn: string;
}

interface MemberSpend {
  readonly declarationId: string;
  readonly annualQuantity: number | null;
  readonly centsPerUnit: number | null;
}

function euroText(cents: number, locale: 'fr-FR' | 'en-GB'): string {
  return `${(cents / 100).toLocaleString(locale, { maximumFractionDigits: 0 })} €`;
}

/** The spend the members stated, and which declarations leave it to confirm. */
export function collectiveEurosOf(
  spend: CollectiveEuros['spend'],
  members: readonly MemberSpend[],
): CollectiveEuros {
  const priced = members.filter(
    (member) => member.annualQuantity !== null && member.centsPerUnit !== null,
  );
  const cents = priced.length
    ? priced.reduce(
        (sum, member) =>
          sum + Math.round((member.annualQuantity as number) * (member.centsPerUnit as number)),
        0,
      )
    : null;
  const toConfirm = members
    .filter((member) => !priced.includes(member))
    .map((member) => member.declarationId)
    .sort();
  const [whatFr, whatEn] =
    spend === 'DISPOSAL'
      ? ['d’élimination des déchets mutualisés', 'on disposing of the pooled waste']
      : ['d’achat de ce qui serait mutualisé', 'on buying what would be pooled'];
  const of = `${priced.length}/${members.length}`;
  return {
    spend,
    spendConcernedCents: cents,
    pricedDeclarationCount: priced.length,
    declarationsToConfirm: toConfirm,
    summaryFr:
      cents === null
        ? `Aucun membre n’a chiffré sa dépense annuelle ${whatFr} : à confirmer.`
        : `Dépense annuelle actuelle ${whatFr}, chiffrée pour ${of} déclarations : ${euroText(cents, 'fr-FR')}. L’économie n’est pas estimée (aucun taux sourcé).`,
    summaryEn:
      cents === null
        ? `No member stated its yearly spend ${whatEn}: to confirm.`
        : `Yearly spend today ${whatEn}, stated for ${of} declarations: ${euroText(cents, 'en-GB')}. The saving is not estimated (no sourced rate).`,
  };
}
