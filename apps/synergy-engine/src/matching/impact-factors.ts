import type { CategoryCode } from '@symbiose/taxonomy';

/*
 * Factors of the indicative impact estimate. Every figure is rounded and meant to size a synergy
 * for a facilitator, not to report emissions: replace them with the Base Carbone entries in
 * force (and the actual road distance) before publishing a figure.
 */

/**
 * Road distance over great-circle distance. Road networks' circuity is commonly measured between
 * 1.2 and 1.4 (Ballou, Rahardja & Sakai, "Selected country circuity factors for road travel
 * distance estimation", Transportation Research Part A 36(9), 2002); 1.3 is the middle of that
 * range, apt for rural business parks reached by departmental roads.
 */
export const ROAD_DETOUR_FACTOR = 1.3;

/**
 * kg CO2e per tonne-kilometre for a regional truck, well to wheel, average load and empty
 * running included: the figure issue 4 prescribes, of the order of ADEME Base Carbone's road
 * freight factors (chapter "Transport de marchandises / Routier", GLEC-based since 2025) and of
 * the French transport GHG information (Code des transports, art. L1431-3). Check the Base
 * Carbone entry for the truck class actually used.
 */
export const REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM = 0.0857;

export const MATERIAL_FAMILIES = [
  'PAPER_CARDBOARD',
  'PLASTICS',
  'WOOD',
  'METALS',
  'ORGANIC',
  'GLASS',
  'INERT',
] as const;

export type MaterialFamily = (typeof MATERIAL_FAMILIES)[number];

export interface AvoidedEmissionFactors {
  /** kg CO2e a tonne not sent to its default treatment (incineration or landfill). */
  readonly avoidedTreatmentKgPerTonne: number;
  /** kg CO2e a tonne of virgin material not produced, net of the reuse or recycling step. */
  readonly avoidedVirginKgPerTonne: number;
}

/**
 * Indicative, rounded to the nearest ten or hundred kg, orders of magnitude only:
 * - PAPER_CARDBOARD: recycled against virgin board, a few hundred kg a tonne (ADEME & FEDEREC,
 *   "Évaluation environnementale du recyclage en France", 2017); its incineration is mostly
 *   biogenic carbon, hence a small treatment term.
 * - PLASTICS: virgin polyolefins about 1.5 to 2 t CO2e a tonne (PlasticsEurope eco-profiles);
 *   incinerating a tonne of fossil plastic releases well over a tonne of CO2, less the energy
 *   recovered.
 * - WOOD: reusing pallets and wood avoids little fossil carbon; a low, prudent figure.
 * - METALS: each tonne of steel scrap used avoids about 1.5 t CO2 (worldsteel Association).
 * - ORGANIC: composting or digestion instead of landfill avoids methane; the fertiliser
 *   replaced is a small term.
 * - GLASS: a tonne of cullet saves about half a tonne of CO2 in the furnace (FEVE).
 * - INERT: recycled aggregates spare quarrying and transport, a few kg a tonne.
 */
export const AVOIDED_EMISSION_FACTORS = Object.freeze({
  PAPER_CARDBOARD: { avoidedTreatmentKgPerTonne: 30, avoidedVirginKgPerTonne: 600 },
  PLASTICS: { avoidedTreatmentKgPerTonne: 1000, avoidedVirginKgPerTonne: 1500 },
  WOOD: { avoidedTreatmentKgPerTonne: 20, avoidedVirginKgPerTonne: 150 },
  METALS: { avoidedTreatmentKgPerTonne: 10, avoidedVirginKgPerTonne: 1500 },
  ORGANIC: { avoidedTreatmentKgPerTonne: 200, avoidedVirginKgPerTonne: 20 },
  GLASS: { avoidedTreatmentKgPerTonne: 10, avoidedVirginKgPerTonne: 500 },
  INERT: { avoidedTreatmentKgPerTonne: 5, avoidedVirginKgPerTonne: 5 },
} as const satisfies Record<MaterialFamily, AvoidedEmissionFactors>);

/**
 * The material family of what moves, by the resource's category. Categories left out (mixed
 * waste, oils, solvents, batteries, WEEE, soiled packaging, packaging of unknown material) get
 * no avoided-emission credit: no honest single factor fits them.
 */
export const MATERIAL_FAMILY_OF_CATEGORY: Readonly<Partial<Record<CategoryCode, MaterialFamily>>> =
  Object.freeze({
    WASTE_CARDBOARD: 'PAPER_CARDBOARD',
    WASTE_PAPER: 'PAPER_CARDBOARD',
    WASTE_PLASTIC_FILMS: 'PLASTICS',
    WASTE_PLASTICS_OTHER: 'PLASTICS',
    WASTE_WOOD: 'WOOD',
    WASTE_METALS: 'METALS',
    WASTE_ORGANIC_FOOD: 'ORGANIC',
    WASTE_GREEN: 'ORGANIC',
    WASTE_GLASS: 'GLASS',
    WASTE_INERT: 'INERT',
  });
