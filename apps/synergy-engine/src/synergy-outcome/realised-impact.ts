import { Injectable } from '@nestjs/common';
import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { ZoneReference } from '@symbiose/directory-replica';
import { GraphQLRequestContext, NoArgs, UuidArgPipe } from '@symbiose/platform';
import { CANONICAL_UNITS, roundCanonical } from '@symbiose/taxonomy';
import { IMPACT_COLUMNS } from '../synergy/impact-columns';
import { presentedRealisedImpact } from '../synergy/synergy-presentation';
import { rowsByZone, zoneTotal } from '../synergy/zone-totals';
import type { Synergy } from '../synergy/synergy.entity';
import { SynergyOutcome } from './synergy-outcome.entity';
import { RealisedImpactModel } from './synergy-outcome.model';

/** One synergy with its outcomes added up: the figures a total is made of. */
export type RealisedSynergy = Pick<
  Synergy,
  | 'id'
  | 'kind'
  | 'categoryCode'
  | 'resourceCategoryCode'
  | 'distanceKm'
  | 'score'
  | 'rationale'
  | 'combinedAnnualQuantity'
  | 'organizationIds'
> & {
  outcomeCount: number;
  firstDay: string;
  lastDay: string;
  tonnes: number;
  megawattHours: number;
  cubicMetres: number;
  costCents: number;
  savingsCents: number;
  jobsCreated: number;
  jobsKept: number;
};

const REALISED_COLUMNS = `s.id, ${IMPACT_COLUMNS}, o.*`;

/**
 * Each synergy's outcomes summed, by canonical unit, bigint sums read as floats; `where` narrows
 * the outcomes read.
 */
const outcomesBySynergy = (where = 'true') => `(
  SELECT synergy_id, count(*)::int AS "outcomeCount",
    to_char(min(period_from), 'YYYY-MM-DD') AS "firstDay",
    to_char(max(period_to), 'YYYY-MM-DD') AS "lastDay",
    coalesce(sum(canonical_quantity) FILTER (WHERE canonical_unit = '${CANONICAL_UNITS.MASS}'), 0) AS tonnes,
    coalesce(sum(canonical_quantity) FILTER (WHERE canonical_unit = '${CANONICAL_UNITS.ENERGY}'), 0)
      AS "megawattHours",
    coalesce(sum(canonical_quantity) FILTER (WHERE canonical_unit = '${CANONICAL_UNITS.VOLUME}'), 0)
      AS "cubicMetres",
    coalesce(sum(cost_cents), 0)::float8 AS "costCents",
    coalesce(sum(savings_cents), 0)::float8 AS "savingsCents",
    sum(jobs_created)::int AS "jobsCreated", sum(jobs_kept)::int AS "jobsKept"
  FROM synergy_outcome WHERE ${where} GROUP BY synergy_id) o`;

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/**
 * The total of synergies' outcomes. Quantities are summed in their canonical units, each
 * synergy's avoided kg CO2e is worked out on its own tonnes and rounded before it is added, as
 * the potential's figures are.
 */
export function sumOfRealised(synergies: readonly RealisedSynergy[]): RealisedImpactModel {
  const sum = (figure: (synergy: RealisedSynergy) => number) =>
    synergies.reduce((total, synergy) => total + figure(synergy), 0);
  const days = synergies.flatMap(({ firstDay, lastDay }) => [firstDay, lastDay]).sort();
  return {
    synergyCount: synergies.length,
    outcomeCount: sum((s) => s.outcomeCount),
    firstDay: days.at(0) ?? null,
    lastDay: days.at(-1) ?? null,
    tonnes: roundCanonical(sum((s) => s.tonnes)),
    netAvoidedKgCo2e: round(
      sum((s) =>
        s.tonnes > 0 ? (presentedRealisedImpact(s, s.tonnes)?.netAvoidedKgCo2ePerYear ?? 0) : 0,
      ),
      2,
    ),
    megawattHours: roundCanonical(sum((s) => s.megawattHours)),
    cubicMetres: roundCanonical(sum((s) => s.cubicMetres)),
    costCents: sum((s) => s.costCents),
    savingsCents: sum((s) => s.savingsCents),
    jobsCreated: sum((s) => s.jobsCreated),
    jobsKept: sum((s) => s.jobsKept),
    organizationCount: new Set(synergies.flatMap((s) => s.organizationIds)).size,
  };
}

/**
 * The synergies with recorded outcomes, whatever they have become since (obsolete, abandoned):
 * what was achieved stays achieved.
 */
@Injectable()
export class RealisedTotals {
  constructor(
    @InjectRepository(SynergyOutcome) private readonly outcomes: Repository<SynergyOutcome>,
  ) {}

  /** A territory's, each synergy once, whatever zones it spans. */
  async ofTerritory(territoryId: string): Promise<RealisedImpactModel> {
    const rows: RealisedSynergy[] = await this.outcomes.query(
      `SELECT ${REALISED_COLUMNS} FROM synergy s JOIN ${outcomesBySynergy()} ON o.synergy_id = s.id
        WHERE s.territory_id = $1`,
      [territoryId],
    );
    return sumOfRealised(rows);
  }

  /** Each synergy's own, for those of `synergyIds` with outcomes. */
  async ofSynergies(synergyIds: readonly string[]): Promise<Map<string, RealisedImpactModel>> {
    const rows: RealisedSynergy[] = await this.outcomes.query(
      `SELECT ${REALISED_COLUMNS}
         FROM synergy s JOIN ${outcomesBySynergy('synergy_id = ANY($1::uuid[])')} ON o.synergy_id = s.id`,
      [synergyIds],
    );
    return new Map(rows.map((row) => [row.id, sumOfRealised([row])]));
  }

  /** Each zone's; a synergy between two zones counts in both. */
  async byZone(zoneIds: readonly string[]): Promise<Map<string, RealisedSynergy[]>> {
    const rows: (RealisedSynergy & { zoneId: string })[] = await this.outcomes.query(
      `SELECT zone_id AS "zoneId", ${REALISED_COLUMNS}
         FROM synergy s JOIN ${outcomesBySynergy()} ON o.synergy_id = s.id
         CROSS JOIN LATERAL unnest(s.zone_ids) AS zone_id
        WHERE s.zone_ids && $1::uuid[] AND zone_id = ANY($1::uuid[])`,
      [zoneIds.filter((id) => isUUID(id))],
    );
    return rowsByZone(rows);
  }
}

@Resolver()
export class TerritoryRealisedImpactResolver {
  constructor(private readonly totals: RealisedTotals) {}

  @Query(() => RealisedImpactModel, {
    description:
      'What the territory’s synergies achieved, from their recorded outcomes, each synergy counted once; ask it beside territoryPotentialImpact',
  })
  territoryRealisedImpact(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
  ): Promise<RealisedImpactModel> {
    return this.totals.ofTerritory(territoryId);
  }
}

/** A zone's realised impact, as a field of Zone beside its potential impact. */
@Resolver(() => ZoneReference)
export class ZoneRealisedImpactResolver {
  constructor(private readonly totals: RealisedTotals) {}

  @ResolveField(() => RealisedImpactModel, {
    description:
      'What the zone’s synergies achieved, from their recorded outcomes; a synergy between two zones counts in both',
  })
  realisedImpact(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<RealisedImpactModel> {
    return zoneTotal(
      loaders,
      'realisedByZone',
      zone.id,
      (ids) => this.totals.byZone(ids),
      sumOfRealised,
    );
  }
}
