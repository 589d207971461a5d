import { WASTE_ROUTES, type CategoryCode, type WasteRoute } from '@symbiose/taxonomy';
import { factorValue, type ImpactFactorId } from './impact-factor-data';

/*
 * The impact estimate's constants, each drawn from `impact-factor-data.ts`, where every figure
 * carries its source.
 */

/** Road km per great-circle km (a stated assumption). */
export const ROAD_DETOUR_FACTOR = factorValue('ROAD_DETOUR_FACTOR');

export const VEHICLE_CLASSES = [
  'VAN',
  'RIGID_7_5T',
  'RIGID_12T',
  'RIGID_19T',
  'ARTICULATED_40T',
] as const;

export type VehicleClass = (typeof VEHICLE_CLASSES)[number];

interface Vehicle {
  /** The heaviest load a trip of this class carries; null for the largest class. */
  readonly maxLoadTonnes: number | null;
  /** kg CO2 per tonne-km: consumption × diesel's CO2 per litre ÷ the average load carried. */
  readonly kgCo2PerTonneKm: number;
}

/**
 * The French transport CO2 information's level-1 method (Code des transports, L1431-3): a
 * vehicle's consumption per km, times diesel's CO2 per litre, shared over the tonnes it carries
 * on average, empty running included; a shipment bears its tonnes' share.
 */
function vehicle(
  litresPerKm: ImpactFactorId,
  averageLoad: ImpactFactorId,
  maxLoad: ImpactFactorId | null,
): Vehicle {
  return {
    maxLoadTonnes: maxLoad ? factorValue(maxLoad) : null,
    kgCo2PerTonneKm:
      (factorValue(litresPerKm) * factorValue('DIESEL_ROAD_KG_CO2_PER_LITRE')) /
      factorValue(averageLoad),
  };
}

export const VEHICLES = Object.freeze({
  VAN: vehicle('VAN_LITRES_PER_KM', 'VAN_AVERAGE_LOAD_TONNES', 'VAN_MAX_LOAD_TONNES'),
  RIGID_7_5T: vehicle(
    'RIGID_7_5T_LITRES_PER_KM',
    'RIGID_7_5T_AVERAGE_LOAD_TONNES',
    'RIGID_7_5T_MAX_LOAD_TONNES',
  ),
  RIGID_12T: vehicle(
    'RIGID_12T_LITRES_PER_KM',
    'RIGID_12T_AVERAGE_LOAD_TONNES',
    'RIGID_12T_MAX_LOAD_TONNES',
  ),
  RIGID_19T: vehicle(
    'RIGID_19T_LITRES_PER_KM',
    'RIGID_19T_AVERAGE_LOAD_TONNES',
    'RIGID_19T_MAX_LOAD_TONNES',
  ),
  ARTICULATED_40T: vehicle(
    'ARTICULATED_40T_LITRES_PER_KM',
    'ARTICULATED_40T_AVERAGE_LOAD_TONNES',
    null,
  ),
} satisfies Record<VehicleClass, Vehicle>);

/**
 * The vehicle a flow whose rhythm is not declared is assumed to travel by: the 19 t rigid truck,
 * the middle of the classes, neither the van's high figure per tonne nor the articulated truck's
 * low one, which would flatter a small flow.
 */
export const VEHICLE_OF_UNKNOWN_LOAD: VehicleClass = 'RIGID_19T';

/** The smallest vehicle class that carries `tonnesPerTrip` in one trip. */
export function vehicleForLoad(tonnesPerTrip: number | null): VehicleClass {
  if (tonnesPerTrip === null) return VEHICLE_OF_UNKNOWN_LOAD;
  for (const vehicleClass of VEHICLE_CLASSES) {
    const { maxLoadTonnes } = VEHICLES[vehicleClass];
    if (maxLoadTonnes === null || tonnesPerTrip <= maxLoadTonnes) return vehicleClass;
  }
  return 'ARTICULATED_40T';
}

export const MATERIAL_FAMILIES = [
  'PAPER_CARDBOARD',
  'PLASTICS',
  'WOOD',
  /** A metal whose family neither its attributes nor its waste code names. */
  'METALS',
  'FERROUS',
  'ALUMINIUM',
  'COPPER',
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

const NOTHING_CREDITED: AvoidedEmissionFactors = {
  avoidedTreatmentKgPerTonne: 0,
  avoidedVirginKgPerTonne: 0,
};

/**
 * A tonne of waste sent to material recovery instead of residual disposal. The virgin term is
 * the family's virgin production less its recycled production, both from one source (FEDEREC
 * 2017): ferrous metals 2211 − 938, copper 1445 − 1304. No recycled-aluminium figure, no
 * treatment figure (incineration, landfill) and no pair for the other families was read, so
 * those terms are zero: nothing is credited that a source does not give, and a metal of unknown
 * family takes no other metal's figure.
 */
export const AVOIDED_EMISSION_FACTORS = Object.freeze({
  PAPER_CARDBOARD: NOTHING_CREDITED,
  PLASTICS: NOTHING_CREDITED,
  WOOD: NOTHING_CREDITED,
  METALS: NOTHING_CREDITED,
  FERROUS: {
    avoidedTreatmentKgPerTonne: 0,
    avoidedVirginKgPerTonne:
      factorValue('FERROUS_VIRGIN_KG_CO2E_PER_TONNE') -
      factorValue('FERROUS_RECYCLED_KG_CO2E_PER_TONNE'),
  },
  ALUMINIUM: NOTHING_CREDITED,
  COPPER: {
    avoidedTreatmentKgPerTonne: 0,
    avoidedVirginKgPerTonne:
      factorValue('COPPER_VIRGIN_KG_CO2E_PER_TONNE') -
      factorValue('COPPER_RECYCLED_KG_CO2E_PER_TONNE'),
  },
  ORGANIC: NOTHING_CREDITED,
  GLASS: NOTHING_CREDITED,
  INERT: NOTHING_CREDITED,
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

/** A metal's family by the family its declaration states or its waste code names. */
const METAL_FAMILY_OF_FACT: Readonly<Record<string, MaterialFamily>> = Object.freeze({
  FERROUS: 'FERROUS',
  ALUMINIUM: 'ALUMINIUM',
  COPPER: 'COPPER',
});

/**
 * The family of what moves: the resource category's, a metal refined by the material family its
 * declaration states (attribute, else waste code: 17 04 05 ferrous, 17 04 02 aluminium, 17 04 01
 * copper). Null for a category of no family.
 */
export function materialFamilyOf(
  categoryCode: string,
  statedFamily: string | undefined,
): MaterialFamily | null {
  const family =
    MATERIAL_FAMILY_OF_CATEGORY[categoryCode as keyof typeof MATERIAL_FAMILY_OF_CATEGORY] ?? null;
  if (family !== 'METALS' || !statedFamily) return family;
  return METAL_FAMILY_OF_FACT[statedFamily] ?? 'METALS';
}

export function isMaterialFamily(value: unknown): value is MaterialFamily {
  return typeof value === 'string' && (MATERIAL_FAMILIES as readonly string[]).includes(value);
}

/** Where a waste goes today, without the synergy: the routes a declaration may state. */
export type BaselineRoute = WasteRoute;

export function isBaselineRoute(value: unknown): value is BaselineRoute {
  return typeof value === 'string' && (WASTE_ROUTES as readonly string[]).includes(value);
}

export interface Baseline {
  readonly route: BaselineRoute;
  /** Why this route: the rule of law that imposes it, or that none does. */
  readonly rule: string;
}

const SEVEN_STREAMS: Baseline = {
  route: 'SORTED_RECYCLING',
  rule: "Code de l'environnement D543-281 (décret n° 2021-950): paper and cardboard, metal, plastic, glass, wood, mineral fraction and plaster are sorted at source and recycled",
};

/**
 * The route French law imposes on a family's waste: the "seven streams" are sorted at source for
 * recycling, and biowaste is sorted at source for composting or anaerobic digestion since
 * 1 January 2024. A synergy that sends such a waste to material recovery takes nothing from
 * incineration or landfill: its material credit is not additional, only its transport is.
 */
export const BASELINE_BY_LAW = Object.freeze({
  PAPER_CARDBOARD: SEVEN_STREAMS,
  PLASTICS: SEVEN_STREAMS,
  WOOD: SEVEN_STREAMS,
  METALS: SEVEN_STREAMS,
  FERROUS: SEVEN_STREAMS,
  ALUMINIUM: SEVEN_STREAMS,
  COPPER: SEVEN_STREAMS,
  GLASS: SEVEN_STREAMS,
  INERT: SEVEN_STREAMS,
  ORGANIC: {
    route: 'SORTED_BIOWASTE',
    rule: "Code de l'environnement L541-21-1: every producer sorts its biowaste at source since 1 January 2024",
  },
} as const satisfies Record<MaterialFamily, Baseline>);

/**
 * A route its firm declared in the interview (attribute `currentRoute`). It stands whatever the
 * law imposes: a firm that sends its copper scrap to residual waste today is credited the metal
 * a synergy recovers, for that is what changes.
 */
export const DECLARED_BASELINES = Object.freeze({
  SORTED_RECYCLING: {
    route: 'SORTED_RECYCLING',
    rule: 'Declared in the interview: the waste is sorted at source and recycled today',
  },
  SORTED_BIOWASTE: {
    route: 'SORTED_BIOWASTE',
    rule: 'Declared in the interview: the waste is sorted at source as biowaste, composted or digested today',
  },
  RESIDUAL_DISPOSAL: {
    route: 'RESIDUAL_DISPOSAL',
    rule: 'Declared in the interview: the waste leaves with residual waste for incineration or landfill today',
  },
  OTHER_COLLECTION: {
    route: 'OTHER_COLLECTION',
    rule: 'Declared in the interview: the waste leaves by another collection channel today, whose material is not modelled',
  },
} as const satisfies Record<BaselineRoute, Baseline>);

/**
 * A waste of no family this method has a rule or a figure for (mixed waste, oils, solvents,
 * batteries, WEEE, soiled packaging): its own collection channel is not modelled, so only today's
 * trip to its collector counts.
 */
export const OTHER_COLLECTION_BASELINE: Baseline = {
  route: 'OTHER_COLLECTION',
  rule: 'No material family: today’s collection channel is not modelled, and no material credit applies',
};

/** Road km from a firm to the collector that takes its waste today, when none is declared. */
export const DEFAULT_COLLECTOR_ROAD_KM = factorValue('DEFAULT_COLLECTOR_ROAD_KM');
