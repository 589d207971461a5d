import { Injectable } from '@nestjs/common';
import {
  Args,
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { ZoneReference } from '@symbiose/directory-replica';
import { Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import type { ImpactEstimate } from '../matching';
import { presentedImpact } from './synergy-presentation';
import { rowsByZone, zoneTotal } from './zone-totals';
import { Synergy } from './synergy.entity';

@ObjectType('ImpactTotal', {
  description:
    'The indicative impacts of B2B synergies of weighed flows, neither obsolete nor dismissed, added up. Each synergy is credited the tonnes allocated to it, so the sum counts a tonne once; the method is in docs/impact-method.md',
})
export class ImpactTotalModel {
  @Field(() => Int)
  synergyCount: number;

  @Field(() => Float)
  tonnesPerYear: number;

  @Field(() => Float, { description: 'Today’s trips to collectors the synergies remove' })
  avoidedCollectionKgCo2ePerYear: number;

  @Field(() => Float, { description: 'The synergies’ own trips' })
  transportKgCo2ePerYear: number;

  @Field(() => Float, { description: 'Treatment and virgin-material credits' })
  materialCreditKgCo2ePerYear: number;

  @Field(() => Float)
  netAvoidedKgCo2ePerYear: number;

  @Field(() => Int, { description: 'Organizations taking part in those synergies' })
  organizationCount: number;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A synergy's impact, with the organizations taking part in it. */
export interface CountedImpact {
  impact: ImpactEstimate;
  organizationIds: readonly string[];
}

/** The sum of synergies' impacts, each figure rounded to the hundredth once added. */
export function sumOfImpacts(counted: readonly CountedImpact[]): ImpactTotalModel {
  const impacts = counted.map(({ impact }) => impact);
  const sum = (figure: (impact: ImpactEstimate) => number) =>
    round(impacts.reduce((total, impact) => total + figure(impact), 0));
  return {
    synergyCount: impacts.length,
    tonnesPerYear: Math.round(impacts.reduce((t, i) => t + i.tonnesPerYear, 0) * 1000) / 1000,
    avoidedCollectionKgCo2ePerYear: sum((i) => i.avoidedCollectionKgCo2ePerYear),
    transportKgCo2ePerYear: sum((i) => i.transportKgCo2ePerYear),
    materialCreditKgCo2ePerYear: sum(
      (i) => i.avoidedTreatmentKgCo2ePerYear + i.avoidedVirginMaterialKgCo2ePerYear,
    ),
    netAvoidedKgCo2ePerYear: sum((i) => i.netAvoidedKgCo2ePerYear),
    organizationCount: new Set(counted.flatMap(({ organizationIds }) => organizationIds)).size,
  };
}

type ImpactRow = Pick<
  Synergy,
  | 'kind'
  | 'categoryCode'
  | 'resourceCategoryCode'
  | 'distanceKm'
  | 'score'
  | 'rationale'
  | 'combinedAnnualQuantity'
  | 'organizationIds'
>;

/** The columns of a synergy `s` its impact is worked out from. */
export const IMPACT_COLUMNS = `s.kind, s.category_code AS "categoryCode",
  s.resource_category_code AS "resourceCategoryCode", s.distance_km AS "distanceKm", s.score,
  s.rationale, s.combined_annual_quantity AS "combinedAnnualQuantity",
  s.organization_ids AS "organizationIds"`;

/** Live B2B synergies of weighed flows: neither obsolete nor dismissed, with tonnes. */
const LIVE_WEIGHED_B2B = `s.kind = 'B2B' AND NOT s.obsolete AND s.status <> 'DISMISSED'
  AND s.combined_annual_quantity IS NOT NULL`;

function impactsOf(rows: readonly ImpactRow[]): CountedImpact[] {
  return rows.flatMap((row) => {
    const impact = presentedImpact(row);
    return impact ? [{ impact, organizationIds: row.organizationIds }] : [];
  });
}

/** The impacts of live B2B synergies of weighed flows, worked out from their rows. */
@Injectable()
export class ImpactTotals {
  constructor(@InjectRepository(Synergy) private readonly synergies: Repository<Synergy>) {}

  /** A territory's, each synergy once, whatever zones it spans. */
  async ofTerritory(territoryId: string): Promise<ImpactTotalModel> {
    const rows: ImpactRow[] = await this.synergies.query(
      `SELECT ${IMPACT_COLUMNS} FROM synergy s WHERE s.territory_id = $1 AND ${LIVE_WEIGHED_B2B}`,
      [territoryId],
    );
    return sumOfImpacts(impactsOf(rows));
  }

  /** Each zone's; a synergy between two zones counts in both. */
  async byZone(zoneIds: readonly string[]): Promise<Map<string, CountedImpact[]>> {
    const rows: (ImpactRow & { zoneId: string })[] = await this.synergies.query(
      `SELECT zone_id AS "zoneId", ${IMPACT_COLUMNS}
         FROM synergy s CROSS JOIN LATERAL unnest(s.zone_ids) AS zone_id
        WHERE s.zone_ids && $1::uuid[] AND zone_id = ANY($1::uuid[]) AND ${LIVE_WEIGHED_B2B}`,
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
      'What the territory’s live B2B synergies of weighed flows would change in a year, each synergy counted once',
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
    description: 'What the zone’s live B2B synergies of weighed flows would change in a year',
  })
  potentialImpact(
    @Parent() zone: ZoneReference,
    @Loaders() loaders: RequestLoaders,
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
