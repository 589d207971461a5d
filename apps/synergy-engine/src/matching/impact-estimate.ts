import { CANONICAL_UNITS } from '@symbiose/taxonomy';
import {
  AVOIDED_EMISSION_FACTORS,
  MATERIAL_FAMILY_OF_CATEGORY,
  REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM,
  ROAD_DETOUR_FACTOR,
  type MaterialFamily,
} from './impact-factors';
import type { MatchableDeclaration } from './matchable-declaration';

/** What a B2B synergy of a weighed flow would change in a year. Indicative only. */
export interface ImpactEstimate {
  readonly indicative: true;
  readonly tonnesPerYear: number;
  readonly greatCircleKm: number;
  readonly roadKm: number;
  readonly transportKgCo2ePerYear: number;
  readonly materialFamily: MaterialFamily | null;
  readonly avoidedTreatmentKgCo2ePerYear: number;
  readonly avoidedVirginMaterialKgCo2ePerYear: number;
  /** Avoided emissions less transport; positive when the synergy saves emissions. */
  readonly netAvoidedKgCo2ePerYear: number;
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** kg CO2e a year of carrying `tonnes` a year over `roadKm` by regional truck. */
export function transportKgCo2e(tonnes: number, roadKm: number): number {
  return tonnes * roadKm * REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM;
}

/**
 * A year of `tonnes` carried over `greatCircleKm` from a resource of `resourceCategoryCode`,
 * both first rounded as the synergy keeps them (tonnes to the kilogram, km to the ten metres),
 * so that the estimate can be worked out again from a stored synergy: road km = great-circle
 * km × ROAD_DETOUR_FACTOR; transport = tonnes × road km × REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM;
 * avoided = tonnes × (treatment + virgin factors of the resource's material family);
 * net = avoided − transport.
 */
export function impactOfFlow(
  tonnesPerYear: number,
  greatCircleKm: number,
  resourceCategoryCode: string,
): ImpactEstimate {
  const tonnes = round(tonnesPerYear, 3);
  const km = round(greatCircleKm, 2);
  const roadKm = km * ROAD_DETOUR_FACTOR;
  const transport = transportKgCo2e(tonnes, roadKm);
  const family =
    MATERIAL_FAMILY_OF_CATEGORY[resourceCategoryCode as keyof typeof MATERIAL_FAMILY_OF_CATEGORY] ??
    null;
  const factors = family ? AVOIDED_EMISSION_FACTORS[family] : null;
  const avoidedTreatment = tonnes * (factors?.avoidedTreatmentKgPerTonne ?? 0);
  const avoidedVirgin = tonnes * (factors?.avoidedVirginKgPerTonne ?? 0);
  return {
    indicative: true,
    tonnesPerYear: tonnes,
    greatCircleKm: km,
    roadKm: round(roadKm, 2),
    transportKgCo2ePerYear: round(transport, 2),
    materialFamily: family,
    avoidedTreatmentKgCo2ePerYear: round(avoidedTreatment, 2),
    avoidedVirginMaterialKgCo2ePerYear: round(avoidedVirgin, 2),
    netAvoidedKgCo2ePerYear: round(avoidedTreatment + avoidedVirgin - transport, 2),
  };
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
  );
}
