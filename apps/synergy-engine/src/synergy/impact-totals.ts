import { Injectable } from '@nestjs/common';
import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { ZoneReference } from '@symbiose/directory-replica';
import { GraphQLRequestContext, NoArgs, UuidArgPipe } from '@symbiose/platform';
import type { CollectiveImpactEstimate, ImpactEstimate, SynergyEuros } from '../matching';
import { collectiveImpactOfRow } from './stored-collective-pool';
import { IMPACT_COLUMNS } from './impact-columns';
import { ImpactTotalModel } from './impact-total.model';
import { needDeclarationOf, resourceDeclarationOf } from './promised-tonnes';
import { pairEconomicsOfStored, StoredB2BRationale } from './stored-b2b-rationale';
import { presentedEuros, presentedImpact } from './synergy-presentation';
import { rowsByZone, zoneTotal } from './zone-totals';
import { Synergy } from './synergy.entity';

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A synergy's impact (a B2B synergy's or a collective one's), with who takes part in it. */
export interface CountedImpact {
  impact: ImpactEstimate | null;
  collective: CollectiveImpactEstimate | null;
  /** A B2B synergy's euros, when its firms gave a figure. */
  euros: SynergyEuros | null;
  /** Its firms' investments, each by the declaration that states it. */
  investments: readonly DeclaredInvestment[];
  organizationIds: readonly string[];
}

/**
 * A one-off investment and what states it: a declaration, whose synergies all count it once, or
 * the synergy itself for a row stored before each firm's was kept apart.
 */
export interface DeclaredInvestment {
  statedBy: string;
  cents: number;
}

type EuroTotals = Pick<
  ImpactTotalModel,
  | 'eurosSynergyCount'
  | 'avoidedDisposalCents'
  | 'avoidedPurchaseCents'
  | 'avoidedPurchaseAtReferenceCents'
  | 'supplierRevenueCents'
  | 'investmentCents'
  | 'collectiveSpendSynergyCount'
  | 'pooledDisposalSpendCents'
  | 'pooledPurchaseSpendCents'
>;

function atReferencePrice(euros: SynergyEuros): boolean {
  return euros.figures.some(
    (priced) => priced.figure === 'PURCHASE_PRICE' && priced.origin === 'REFERENCE',
  );
}

/**
 * The euros, added up: each B2B yearly figure over the synergies that give it, each investment
 * once however many synergies its declaration has; the collective synergies' spend apart, by
 * kind, never added to a saving.
 */
function sumOfEuros(counted: readonly CountedImpact[]): EuroTotals {
  const euros = counted.flatMap(({ euros }) => (euros ? [euros] : []));
  const sum = (items: readonly SynergyEuros[], figure: (euros: SynergyEuros) => number | null) =>
    items.reduce((total, item) => total + (figure(item) ?? 0), 0);
  const investments = new Map(
    counted.flatMap(({ investments }) => investments.map((i) => [i.statedBy, i.cents])),
  );
  const spends = counted.flatMap(({ collective }) =>
    collective && collective.euros.spendConcernedCents !== null ? [collective.euros] : [],
  );
  const spendOf = (kind: 'DISPOSAL' | 'PURCHASE') =>
    spends.reduce((total, e) => total + (e.spend === kind ? (e.spendConcernedCents ?? 0) : 0), 0);
  return {
    eurosSynergyCount: euros.length,
    avoidedDisposalCents: sum(euros, (e) => e.avoidedDisposalCents),
    avoidedPurchaseCents: sum(euros, (e) => e.avoidedPurchaseCents),
    avoidedPurchaseAtReferenceCents: sum(
      euros.filter(atReferencePrice),
      (e) => e.avoidedPurchaseCents,
    ),
    supplierRevenueCents: sum(euros, (e) => e.supplierRevenueCents),
    investmentCents: [...investments.values()].reduce((total, cents) => total + cents, 0),
    collectiveSpendSynergyCount: spends.length,
    pooledDisposalSpendCents: spendOf('DISPOSAL'),
    pooledPurchaseSpendCents: spendOf('PURCHASE'),
  };
}

/** A collective synergy with an estimate of what it changes: a pooled collection, or hours. */
function isEstimated(collective: CollectiveImpactEstimate | null): boolean {
  return Boolean(collective?.pooledCollection || collective?.serviceHoursPerYear);
}

/** The sum of synergies' impacts, each figure rounded to the hundredth once added. */
export function sumOfImpacts(counted: readonly CountedImpact[]): ImpactTotalModel {
  const impacts = counted.flatMap(({ impact }) => (impact ? [impact] : []));
  const pools = counted.flatMap(({ collective }) =>
    collective && isEstimated(collective) ? [collective] : [],
  );
  const collections = pools.flatMap(({ pooledCollection }) =>
    pooledCollection ? [pooledCollection] : [],
  );
  const sum = <T>(items: readonly T[], figure: (item: T) => number) =>
    round(items.reduce((total, item) => total + figure(item), 0));
  const pooledAvoided = sum(collections, (c) => c.avoidedCollectionKgCo2ePerYear);
  return {
    synergyCount: impacts.length,
    tonnesPerYear: Math.round(impacts.reduce((t, i) => t + i.tonnesPerYear, 0) * 1000) / 1000,
    avoidedCollectionKgCo2ePerYear: round(
      sum(impacts, (i) => i.avoidedCollectionKgCo2ePerYear) + pooledAvoided,
    ),
    transportKgCo2ePerYear: sum(impacts, (i) => i.transportKgCo2ePerYear),
    materialCreditKgCo2ePerYear: sum(
      impacts,
      (i) => i.avoidedTreatmentKgCo2ePerYear + i.avoidedVirginMaterialKgCo2ePerYear,
    ),
    netAvoidedKgCo2ePerYear: round(sum(impacts, (i) => i.netAvoidedKgCo2ePerYear) + pooledAvoided),
    organizationCount: new Set(
      counted
        .filter(({ impact, collective }) => impact || isEstimated(collective))
        .flatMap(({ organizationIds }) => organizationIds),
    ).size,
    collectiveSynergyCount: pools.length,
    pooledCollectionTonnesPerYear:
      Math.round(collections.reduce((t, c) => t + c.tonnesPerYear, 0) * 1000) / 1000,
    collectionTripsAvoidedPerYear: collections.reduce(
      (trips, c) => trips + c.collectionTripsAvoidedPerYear,
      0,
    ),
    pooledCollectionAvoidedKgCo2ePerYear: pooledAvoided,
    serviceHoursPerYear: sum(pools, (p) => p.serviceHoursPerYear ?? 0),
    ...sumOfEuros(counted),
  };
}

type ImpactRow = Pick<
  Synergy,
  | 'key'
  | 'kind'
  | 'categoryCode'
  | 'resourceCategoryCode'
  | 'distanceKm'
  | 'score'
  | 'rationale'
  | 'participants'
  | 'combinedAnnualQuantity'
  | 'canonicalUnit'
  | 'organizationIds'
>;

/**
 * What the totals read besides: a B2B synergy's key names its resource declaration; a collective
 * synergy's participants count its members (a B2B synergy's are not read: a region has many).
 */
const TOTAL_COLUMNS = `${IMPACT_COLUMNS}, s.key,
  CASE WHEN s.kind = 'COLLECTIVE' THEN s.participants END AS participants,
  s.canonical_unit AS "canonicalUnit"`;

/**
 * Live synergies that may have an impact or euros: B2B synergies of a declared resource, and
 * collective synergies; neither obsolete nor dismissed.
 */
const LIVE_WITH_IMPACT = `NOT s.obsolete AND s.status <> 'DISMISSED'
  AND ((s.kind = 'B2B' AND s.resource_category_code IS NOT NULL) OR s.kind = 'COLLECTIVE')`;

function hasEuroFigure(euros: SynergyEuros): boolean {
  return [
    euros.avoidedDisposalCents,
    euros.avoidedPurchaseCents,
    euros.supplierRevenueCents,
    euros.investmentCents,
  ].some((cents) => cents !== null);
}

/** A B2B row's investments, by the declaration that states each. */
function investmentsOf(row: ImpactRow, euros: SynergyEuros): DeclaredInvestment[] {
  const economics = pairEconomicsOfStored(row.rationale as StoredB2BRationale);
  if (economics?.supplierInvestmentCents == null && economics?.consumerInvestmentCents == null) {
    return euros.investmentCents === null
      ? []
      : [{ statedBy: row.key, cents: euros.investmentCents }];
  }
  return [
    { statedBy: resourceDeclarationOf(row.key), cents: economics.supplierInvestmentCents },
    { statedBy: needDeclarationOf(row.key), cents: economics.consumerInvestmentCents },
  ].flatMap(({ statedBy, cents }) => (cents === null ? [] : [{ statedBy, cents }]));
}

/**
 * Each row's impact. A pooled collection leaves out, of each member's waste, the tonnes the
 * rows' B2B synergies take of it: a tonne they exchange is not collected.
 */
function impactsOf(rows: readonly ImpactRow[]): CountedImpact[] {
  const b2b = rows.map((row) => (row.kind === 'B2B' ? presentedImpact(row) : null));
  const promised = new Map<string, number>();
  rows.forEach((row, i) => {
    const tonnes = b2b[i]?.tonnesPerYear;
    if (tonnes === undefined) return;
    const resource = resourceDeclarationOf(row.key);
    promised.set(resource, (promised.get(resource) ?? 0) + tonnes);
  });
  return rows.flatMap((row, i) => {
    const collective = collectiveImpactOfRow(row, promised);
    const given = presentedEuros(row);
    const euros = given && hasEuroFigure(given) ? given : null;
    const counts =
      b2b[i] || euros || isEstimated(collective) || collective?.euros.spendConcernedCents != null;
    const investments = euros ? investmentsOf(row, euros) : [];
    return counts
      ? [{ impact: b2b[i], collective, euros, investments, organizationIds: row.organizationIds }]
      : [];
  });
}

/** The impacts of live synergies, worked out from their rows. */
@Injectable()
export class ImpactTotals {
  constructor(@InjectRepository(Synergy) private readonly synergies: Repository<Synergy>) {}

  /** A territory's, each synergy once, whatever zones it spans. */
  async ofTerritory(territoryId: string): Promise<ImpactTotalModel> {
    const rows: ImpactRow[] = await this.synergies.query(
      `SELECT ${TOTAL_COLUMNS} FROM synergy s WHERE s.territory_id = $1 AND ${LIVE_WITH_IMPACT}`,
      [territoryId],
    );
    return sumOfImpacts(impactsOf(rows));
  }

  /** Each zone's; a synergy between two zones counts in both. */
  async byZone(zoneIds: readonly string[]): Promise<Map<string, CountedImpact[]>> {
    const rows: (ImpactRow & { zoneId: string })[] = await this.synergies.query(
      `SELECT zone_id AS "zoneId", ${TOTAL_COLUMNS}
         FROM synergy s CROSS JOIN LATERAL unnest(s.zone_ids) AS zone_id
        WHERE s.zone_ids && $1::uuid[] AND zone_id = ANY($1::uuid[]) AND ${LIVE_WITH_IMPACT}`,
      [zoneIds.filter((id) => isUUID(id))],
    );
    return new Map(
      [...rowsByZone(rows)].map(([zoneId, zoneRows]) => [zoneId, impactsOf(zoneRows)]),
    );
  }
}

@Resolver()
export class TerritoryImpactResolver {
  constructor(private readonly totals: ImpactTotals) {}

  @Query(() => ImpactTotalModel, {
    description:
      'What the territory’s live synergies would change in a year, each synergy counted once',
  })
  territoryPotentialImpact(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
  ): Promise<ImpactTotalModel> {
    return this.totals.ofTerritory(territoryId);
  }
}

/** A zone's potential impact, as a field of Zone. */
@Resolver(() => ZoneReference)
export class ZoneImpactResolver {
  constructor(private readonly impacts: ImpactTotals) {}

  @ResolveField(() => ImpactTotalModel, {
    description: 'What the zone’s live synergies would change in a year',
  })
  potentialImpact(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<ImpactTotalModel> {
    return zoneTotal(
      loaders,
      'impactsByZone',
      zone.id,
      (ids) => this.impacts.byZone(ids),
      sumOfImpacts,
    );
  }
}
