import { CANONICAL_UNITS, findCategory, OCCURRENCES_PER_YEAR } from '@symbiose/taxonomy';
import {
  AVOIDED_EMISSION_FACTORS,
  BASELINE_BY_LAW,
  DECLARED_BASELINES,
  DEFAULT_COLLECTOR_ROAD_KM,
  materialFamilyOf,
  OTHER_COLLECTION_BASELINE,
  ROAD_DETOUR_FACTOR,
  VEHICLES,
  vehicleForLoad,
  type Baseline,
  type BaselineRoute,
  type MaterialFamily,
  type VehicleClass,
} from './impact-factors';
import { factsOf } from './declaration-facts';
import type { MatchableDeclaration } from './matchable-declaration';

/** What a B2B synergy of a weighed flow would change in a year. Indicative only. */
export interface ImpactEstimate {
  readonly indicative: true;
  readonly tonnesPerYear: number;
  /** Trips a year at the rhythm declared (the resource's, else the need's); null if neither. */
  readonly tripsPerYear: number | null;
  readonly tonnesPerTrip: number | null;
  /** The smallest vehicle that carries a trip's load; see `vehicleForLoad`. */
  readonly vehicleClass: VehicleClass;
  readonly greatCircleKm: number;
  readonly roadKm: number;
  /** The synergy's trip, from the resource to the need. */
  readonly transportKgCo2ePerYear: number;
  readonly materialFamily: MaterialFamily | null;
  /** Where a waste goes today, and the rule that says so; null for a resource that is no waste. */
  readonly baselineRoute: BaselineRoute | null;
  readonly baselineRule: string | null;
  /** Whether the route is the one its firm declared (`DECLARED_BASELINES`), not the law's. */
  readonly baselineDeclared: boolean;
  /** Road km to today's collector, declared or `DEFAULT_COLLECTOR_ROAD_KM`; null if no waste. */
  readonly collectorRoadKm: number | null;
  readonly collectorRoadKmDeclared: boolean;
  /** Today's trip to the collector, which the synergy removes, in the same vehicle class. */
  readonly avoidedCollectionKgCo2ePerYear: number;
  /** Zero unless today's route is residual disposal: a sorted waste is recovered already. */
  readonly avoidedTreatmentKgCo2ePerYear: number;
  readonly avoidedVirginMaterialKgCo2ePerYear: number;
  /** Baseline's emissions less the synergy's; positive when the synergy saves emissions. */
  readonly netAvoidedKgCo2ePerYear: number;
}

/** What a flow's estimate needs beyond its tonnes, distance and category. */
export interface FlowFacts {
  readonly tripsPerYear: number | null;
  /** The resource's family as its facts refine it (see `materialFamilyOf`); else its category's. */
  readonly materialFamily?: MaterialFamily | null;
  /** Where the waste goes today, when declared; otherwise the route the law imposes. */
  readonly declaredBaseline?: Baseline | null;
  /** Road km to today's collector, when declared. */
  readonly collectorRoadKm?: number | null;
  /**
   * The vehicle, when already known: measured tonnes of a period are carried as the potential
   * flow is, whatever their load over a year would be.
   */
  readonly vehicleClass?: VehicleClass | null;
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** kg CO2e a year of carrying `tonnes` a year over `roadKm` in a vehicle of `vehicleClass`. */
export function transportKgCo2e(
  tonnes: number,
  roadKm: number,
  vehicleClass: VehicleClass,
): number {
  return tonnes * roadKm * VEHICLES[vehicleClass].kgCo2PerTonneKm;
}

/** Where a resource of this category and family goes today; null when it is no waste. */
function baselineOf(
  resourceCategoryCode: string,
  family: MaterialFamily | null,
  declared: Baseline | null | undefined,
): Baseline | null {
  if (!findCategory(resourceCategoryCode)?.isWaste) return null;
  if (declared) return declared;
  return family ? BASELINE_BY_LAW[family] : OTHER_COLLECTION_BASELINE;
}

/**
 * A year of `tonnesPerYear` carried over `greatCircleKm` from a resource of
 * `resourceCategoryCode`, both first rounded as the synergy keeps them (tonnes to the kilogram,
 * km to the ten metres), so that the estimate can be worked out again from a stored synergy.
 * The avoided emissions are the baseline's less the synergy's:
 * - road km = great-circle km × ROAD_DETOUR_FACTOR; the vehicle is the smallest that carries
 *   tonnes ÷ trips a year; a leg = tonnes × road km × that vehicle's kg CO2 per t·km;
 * - the synergy's leg is charged, today's leg to the collector (a waste's) is credited;
 * - today's route is the declared one, else the law's; the collector, declared or the default;
 * - the material credit, tonnes × (treatment + virgin factors of the family), counts only when
 *   the waste goes to residual disposal today, which only a declaration says: a waste the law
 *   has sorted is recovered anyway.
 */
export function impactOfFlow(
  tonnesPerYear: number,
  greatCircleKm: number,
  resourceCategoryCode: string,
  {
    tripsPerYear,
    materialFamily,
    declaredBaseline,
    collectorRoadKm: declaredCollectorKm,
    vehicleClass: knownVehicleClass,
  }: FlowFacts,
): ImpactEstimate {
  const tonnes = round(tonnesPerYear, 3);
  const km = round(greatCircleKm, 2);
  const roadKm = km * ROAD_DETOUR_FACTOR;
  const tonnesPerTrip = tripsPerYear ? round(tonnes / tripsPerYear, 3) : null;
  const vehicleClass = knownVehicleClass ?? vehicleForLoad(tonnesPerTrip);
  const transport = transportKgCo2e(tonnes, roadKm, vehicleClass);
  const family = materialFamily ?? materialFamilyOf(resourceCategoryCode, undefined);
  const baseline = baselineOf(resourceCategoryCode, family, declaredBaseline);
  const collectorRoadKm = baseline
    ? round(declaredCollectorKm ?? DEFAULT_COLLECTOR_ROAD_KM, 2)
    : null;
  const avoidedCollection =
    collectorRoadKm === null ? 0 : transportKgCo2e(tonnes, collectorRoadKm, vehicleClass);
  const factors =
    family && baseline?.route === 'RESIDUAL_DISPOSAL' ? AVOIDED_EMISSION_FACTORS[family] : null;
  const avoidedTreatment = tonnes * (factors?.avoidedTreatmentKgPerTonne ?? 0);
  const avoidedVirgin = tonnes * (factors?.avoidedVirginKgPerTonne ?? 0);
  return {
    indicative: true,
    tonnesPerYear: tonnes,
    tripsPerYear: tripsPerYear || null,
    tonnesPerTrip,
    vehicleClass,
    greatCircleKm: km,
    roadKm: round(roadKm, 2),
    transportKgCo2ePerYear: round(transport, 2),
    materialFamily: family,
    baselineRoute: baseline?.route ?? null,
    baselineRule: baseline?.rule ?? null,
    baselineDeclared: baseline !== null && Boolean(declaredBaseline),
    collectorRoadKm,
    collectorRoadKmDeclared: collectorRoadKm !== null && declaredCollectorKm != null,
    avoidedCollectionKgCo2ePerYear: round(avoidedCollection, 2),
    avoidedTreatmentKgCo2ePerYear: round(avoidedTreatment, 2),
    avoidedVirginMaterialKgCo2ePerYear: round(avoidedVirgin, 2),
    netAvoidedKgCo2ePerYear: round(
      avoidedCollection + avoidedTreatment + avoidedVirgin - transport,
      2,
    ),
  };
}

/** The flow's trips a year: the resource's declared rhythm, else the need's. */
function tripsPerYearOf(resource: MatchableDeclaration, need: MatchableDeclaration): number | null {
  const frequency = resource.frequency ?? need.frequency;
  return frequency ? OCCURRENCES_PER_YEAR[frequency] : null;
}

/** What the resource's firm declared of its waste today: its route and its collector's km. */
function declaredToday(
  resource: MatchableDeclaration,
): Pick<FlowFacts, 'declaredBaseline' | 'collectorRoadKm'> {
  const { currentRoute, collectorDistanceKm } = resource.attributes;
  return {
    declaredBaseline: currentRoute ? DECLARED_BASELINES[currentRoute] : null,
    collectorRoadKm: collectorDistanceKm ?? null,
  };
}

/**
 * For a MASS flow (both quantities in tonnes), the flow of the tonnes the allocation promises
 * this pair (see `allocateQuantities`), else the smaller of the two annual quantities (see
 * `impactOfFlow`). Estimated on the allocated share, the pairs of one resource or one need
 * never credit a tonne twice between them. Today's route and collector distance are those the
 * resource's firm declared, else the law's route and the default distance. Null for any other
 * flow.
 */
export function estimateImpact(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  greatCircleKm: number,
  allocatedTonnes: number | null = null,
): ImpactEstimate | null {
  if (
    resource.canonicalUnit !== CANONICAL_UNITS.MASS ||
    need.canonicalUnit !== CANONICAL_UNITS.MASS ||
    resource.annualQuantity === null ||
    need.annualQuantity === null
  ) {
    return null;
  }
  return impactOfFlow(
    allocatedTonnes ?? Math.min(resource.annualQuantity, need.annualQuantity),
    greatCircleKm,
    resource.categoryCode,
    {
      tripsPerYear: tripsPerYearOf(resource, need),
      materialFamily: materialFamilyOf(resource.categoryCode, factsOf(resource).materialFamily),
      ...declaredToday(resource),
    },
  );
}
