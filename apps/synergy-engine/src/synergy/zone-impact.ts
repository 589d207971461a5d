import { Injectable } from '@nestjs/common';
import { Field, Float, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { ZoneReference } from '@symbiose/directory-replica';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import type { ImpactEstimate } from '../matching';
import { presentedImpact } from './synergy-presentation';
import { Synergy } from './synergy.entity';

@ObjectType('ZoneImpact', {
  description:
    'The indicative impacts of a zone’s B2B synergies of weighed flows, neither obsolete nor dismissed, added up. Each synergy is credited the tonnes allocated to it, so the sum counts a tonne once; the method is in docs/impact-method.md',
})
export class ZoneImpactModel {
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
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The sum of synergies' impacts, each figure rounded to the hundredth once added. */
export function sumOfImpacts(impacts: readonly ImpactEstimate[]): ZoneImpactModel {
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
>;

/** The impacts of zones' live B2B synergies of weighed flows, worked out from their rows. */
@Injectable()
export class ZoneImpacts {
  constructor(@InjectRepository(Synergy) private readonly synergies: Repository<Synergy>) {}

  async byZone(zoneIds: readonly string[]): Promise<Map<string, ImpactEstimate[]>> {
    const rows: (ImpactRow & { zoneId: string })[] = await this.synergies.query(
      `SELECT zone_id AS "zoneId", s.kind, s.category_code AS "categoryCode",
              s.resource_category_code AS "resourceCategoryCode", s.distance_km AS "distanceKm",
              s.score, s.rationale, s.combined_annual_quantity AS "combinedAnnualQuantity"
         FROM synergy s CROSS JOIN LATERAL unnest(s.zone_ids) AS zone_id
        WHERE s.zone_ids && $1::uuid[] AND zone_id = ANY($1::uuid[])
          AND s.kind = 'B2B' AND NOT s.obsolete AND s.status <> 'DISMISSED'
          AND s.combined_annual_quantity IS NOT NULL`,
      [zoneIds.filter((id) => isUUID(id))],
    );
    const impacts = new Map<string, ImpactEstimate[]>();
    for (const row of rows) {
      const impact = presentedImpact(row);
      if (!impact) continue;
      impacts.set(row.zoneId, [...(impacts.get(row.zoneId) ?? []), impact]);
    }
    return impacts;
  }
}

/** A zone's potential impact, as a field of Zone. */
@Resolver(() => ZoneReference)
export class ZoneImpactResolver {
  constructor(private readonly impacts: ZoneImpacts) {}

  @ResolveField(() => ZoneImpactModel, {
    description: 'What the zone’s live B2B synergies of weighed flows would change in a year',
  })
  async potentialImpact(
    @Parent() zone: ZoneReference,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ZoneImpactModel> {
    const impacts = await loaders
      .get<string, ImpactEstimate[]>('impactsByZone', async (ids) => {
        const byZone = await this.impacts.byZone(ids);
        return ids.map((id) => byZone.get(id) ?? []);
      })
      .load(zone.id);
    return sumOfImpacts(impacts);
  }
}
