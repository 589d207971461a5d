import type { CategoryCode } from '@symbiose/taxonomy';

import { factorValue } from './impact-factor-data';

/*
 * The impact estimate's constants, each drawn from `impact-factor-data.ts`, where every figure
 * carries its source.
 */

/** Road km per great-circle km (a stated assumption). */
export const ROAD_DETOUR_FACTOR = factorValue('ROAD_DETOUR_FACTOR');

/**
 * kg CO2 per tonne-kilometre of a 40 t articulated truck on regional runs: its consumption per
 * km times diesel's CO2 per litre, shared over the tonnes it carries on average, empty running
 * included (the French transport CO2 information's level-1 method).
 */
export const REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM =
  (factorValue('ARTICULATED_40T_LITRES_PER_KM') * factorValue('DIESEL_ROAD_KG_CO2_PER_LITRE')) /
  factorValue('ARTICULATED_40T_AVERAGE_LOAD_TONNES');

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
 * Only ferrous metals have both a virgin and a recycled figure from one source (FEDEREC 2017):
 * the credit is their difference. No treatment figure (incineration, landfill) was read, and no
 * pair of figures for the other families, so those terms are zero: nothing is credited that a
 * source does not give.
 */
export const AVOIDED_EMISSION_FACTORS = Object.freeze({
  PAPER_CARDBOARD: { avoidedTreatmentKgPerTonne: 0, avoidedVirginKgPerTonne: 0 },
  PLASTICS: { avoidedTreatmentKgPerTonne: 0, avoidedVirginKgPerTonne: 0 },
  WOOD: { avoidedTreatmentKgPerTonne: 0, avoidedVirginKgPerTonne: 0 },
  METALS: {
    avoidedTreatmentKgPerTonne: 0,
    avoidedVirginKgPerTonne:
      factorValue('FERROUS_VIRGIN_KG_CO2E_PER_TONNE') -
      factorValue('FERROUS_RECYCLED_KG_CO2E_PER_TONNE'),
  },
  ORGANIC: { avoidedTreatmentKgPerTonne: 0, avoidedVirginKgPerTonne: 0 },
  GLASS: { avoidedTreatmentKgPerTonne: 0, avoidedVirginKgPerTonne: 0 },
  INERT: { avoidedTreatmentKgPerTonne: 0, avoidedVirginKgPerTonne: 0 },
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
