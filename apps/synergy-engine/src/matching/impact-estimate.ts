import { CANONICAL_UNITS, OCCURRENCES_PER_YEAR } from '@symbiose/taxonomy';
import {
  AVOIDED_EMISSION_FACTORS,
  MATERIAL_FAMILY_OF_CATEGORY,
  ROAD_DETOUR_FACTOR,
  VEHICLES,
  vehicleForLoad,
  type MaterialFamily,
  type VehicleClass,
} from './impact-factors';
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
  readonly transportKgCo2ePerYear: number;
  readonly materialFamily: MaterialFamily | null;
  readonly avoidedTreatmentKgCo2ePerYear: number;
  readonly avoidedVirginMaterialKgCo2ePerYear: number;
  /** Avoided emissions less transport; positive when the synergy saves emissions. */
  readonly netAvoidedKgCo2ePerYear: number;
}

/** What a flow's estimate needs beyond its tonnes, distance and category. */
export interface FlowFacts {
  readonly tripsPerYear: number | null;
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

/**
 * A year of `tonnesPerYear` carried over `greatCircleKm` from a resource of
 * `resourceCategoryCode`, both first rounded as the synergy keeps them (tonnes to the kilogram,
 * km to the ten metres), so that the estimate can be worked out again from a stored synergy:
 * road km = great-circle km × ROAD_DETOUR_FACTOR; the vehicle is the smallest that carries
 * tonnes ÷ trips a year; transport = tonnes × road km × that vehicle's kg CO2 per t·km;
 * avoided = tonnes × (treatment + virgin factors of the resource's material family);
 * net = avoided − transport.
 */
export function impactOfFlow(
  tonnesPerYear: number,
  greatCircleKm: number,
  resourceCategoryCode: string,
  { tripsPerYear }: FlowFacts,
): ImpactEstimate {
  const tonnes = round(tonnesPerYear, 3);
  const km = round(greatCircleKm, 2);
  const roadKm = km * ROAD_DETOUR_FACTOR;
  const tonnesPerTrip = tripsPerYear ? round(tonnes / tripsPerYear, 3) : null;
  const vehicleClass = vehicleForLoad(tonnesPerTrip);
  const transport = transportKgCo2e(tonnes, roadKm, vehicleClass);
  const family =
    MATERIAL_FAMILY_OF_CATEGORY[resourceCategoryCode as keyof typeof MATERIAL_FAMILY_OF_CATEGORY] ??
    null;
  const factors = family ? AVOIDED_EMISSION_FACTORS[family] : null;
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
    avoidedTreatmentKgCo2ePerYear: round(avoidedTreatment, 2),
    avoidedVirginMaterialKgCo2ePerYear: round(avoidedVirgin, 2),
    netAvoidedKgCo2ePerYear: round(avoidedTreatment + avoidedVirgin - transport, 2),
  };
}

/** The flow's trips a year: the resource's declared rhythm, else the need's. */
function tripsPerYearOf(resource: MatchableDeclaration, need: MatchableDeclaration): number | null {
  const frequency = resource.frequency ?? need.frequency;
  return frequency ? OCCURRENCES_PER_YEAR[frequency] : null;
}

/**
 * For a MASS flow (both quantities in tonnes), the flow of the smaller of the two annual
 * quantities (see `impactOfFlow`). Null for any other flow.
 */
export function estimateImpact(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  greatCircleKm: number,
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
    Math.min(resource.annualQuantity, need.annualQuantity),
    greatCircleKm,
    resource.categoryCode,
    { tripsPerYear: tripsPerYearOf(resource, need) },
  );
}
