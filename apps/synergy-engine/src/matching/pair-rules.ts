import {
  ALL_CATEGORIES,
  isCombustionBiomassWaste,
  materialCodesAgree,
  type Compatibility,
} from '@symbiose/taxonomy';
import { quantityBasis } from './b2b-score';
import { factsOf, type DeclarationFacts } from './declaration-facts';
import type { MatchableDeclaration } from './matchable-declaration';

/**
 * The rules a B2B pair must pass beyond its categories: physics (temperature, storage regime,
 * material), regulation (hazardous waste, combustion of waste, animal by-products, licensed
 * services, collective self-consumption), and practice (availability, heat transport, a
 * negligible lot). Each rule looks only at what both declarations state: a fact nobody gave is
 * "to confirm", never assumed.
 */
export type PairRuleCode =
  | 'HAZARDOUS_WASTE'
  | 'MATERIAL'
  | 'TEMPERATURE'
  | 'STORAGE'
  | 'WATER_QUALITY'
  | 'EQUIPMENT_TYPE'
  | 'SKILL'
  | 'AVAILABILITY'
  | 'HEAT_TRANSPORT'
  | 'ELECTRICITY_PERIMETER'
  | 'NEGLIGIBLE_SUPPLY'
  | 'COMBUSTION'
  | 'ANIMAL_BY_PRODUCTS'
  | 'LICENSED_SERVICE'
  | 'WASTE_FORM'
  | 'WASTE_CODE';

/**
 * MET: the facts show the rule holds. TO_CONFIRM: a fact is missing. STEP_REQUIRED: lawful once
 * a step is taken (an authorisation, end-of-waste status), named in the rationale. FAILED: the
 * pair is not proposed.
 */
export type RuleVerdict = 'MET' | 'TO_CONFIRM' | 'STEP_REQUIRED' | 'FAILED';

export type FindingValue = string | number | boolean;

/** One rule's verdict on a pair, with the values it compared (worded on read). */
export interface RuleFinding {
  readonly rule: PairRuleCode;
  readonly verdict: RuleVerdict;
  /** What the verdict rests on, e.g. `{ resource: 'COPPER', need: 'FERROUS' }`. */
  readonly values: Readonly<Record<string, FindingValue>>;
}

export interface RuledPair {
  readonly resource: MatchableDeclaration;
  readonly need: MatchableDeclaration;
  readonly resourceFacts: DeclarationFacts;
  readonly needFacts: DeclarationFacts;
  readonly compatibility: Compatibility;
  readonly distanceKm: number;
}

type PairRule = (pair: RuledPair) => RuleFinding | undefined;

/** What a rule that reads the resource and the category pair alone is given. */
export type ResourceSide = Pick<RuledPair, 'resource' | 'resourceFacts' | 'compatibility'>;

type ResourceRule = (pair: ResourceSide) => RuleFinding | undefined;

/** A heat exchanger needs the source this much above the use. */
export const HEAT_APPROACH_K = 5;
/** The largest lift a heat pump sized for a low-grade source gives in practice. */
export const HEAT_PUMP_MAX_LIFT_K = 50;
/**
 * Linear heat density of a viable heat main, MWh per metre of trench a year (ADEME, Fonds
 * Chaleur eligibility of heat networks). Below a fifth of it a link is not proposed; between,
 * it is proposed to confirm by a study.
 */
export const VIABLE_HEAT_DENSITY_MWH_PER_M = 1.5;
export const MIN_HEAT_DENSITY_MWH_PER_M = VIABLE_HEAT_DENSITY_MWH_PER_M / 5;
/**
 * Collective self-consumption: participants within 2 km, up to 20 km by derogation (Code de
 * l'énergie L315-2; arrêté du 21 novembre 2019 as amended).
 */
export const SELF_CONSUMPTION_KM = 2;
export const SELF_CONSUMPTION_DEROGATION_KM = 20;
/**
 * A lot under 1 % of the need and, for a mass, under a hundredth of a truckload (a
 * walking-floor trailer carries some 25 t) is not a supply a firm contracts for.
 */
export const NEGLIGIBLE_SHARE = 0.01;
export const NEGLIGIBLE_MASS_T = 25 / 100;

const HEAT_CATEGORIES = new Set(['ENERGY_HEAT', 'ENERGY_WASTE_HEAT', 'ENERGY_STEAM']);
const COMBUSTION_NEEDS = new Set(['ENERGY_HEAT', 'ENERGY_STEAM', 'ENERGY_ELECTRICITY']);
const ELECTRICITY_SOURCES = new Set(['ENERGY_RENEWABLE', 'ENERGY_ELECTRICITY']);
const HR_CATEGORIES = new Set(
  ALL_CATEGORIES.filter((category) => category.theme === 'HR_ANIMATION').map((c) => c.code),
);
const WATER_CATEGORIES = new Set([
  'WATER_DRINKING',
  'WATER_RAINWATER',
  'WATER_PROCESS',
  'WATER_IRRIGATION',
]);
/** Services only a licensed firm may sell (Code de la sécurité intérieure L611-1, L612-9). */
const LICENCE_OF_SERVICE: Readonly<Record<string, string>> = Object.freeze({
  SERVICE_SECURITY_GUARDING: 'CNAPS_AUTHORISATION',
  SERVICE_VIDEO_SURVEILLANCE: 'CNAPS_AUTHORISATION',
});
/** Installations that may burn waste: ICPE 2910-B (combustion of waste), 2771 (incineration). */
const WASTE_COMBUSTION_RUBRICS = ['2910-B', '2771'];
const END_OF_WASTE_WOOD_CHIPS = 'END_OF_WASTE_WOOD_PACKAGING_CHIPS';
const WOOD_PACKAGING_CODE = '150103';

function finding(
  rule: PairRuleCode,
  verdict: RuleVerdict,
  values: Record<string, FindingValue> = {},
): RuleFinding {
  return { rule, verdict, values };
}

/** A need may take hazardous waste when it says so or its organization holds the authorisation. */
export function mayTakeHazardousWaste(need: MatchableDeclaration): boolean {
  return (
    need.authorisedForHazardous === true ||
    factsOf(need).authorisations.has('HAZARDOUS_WASTE_RECEPTION')
  );
}

const hazardousWaste: PairRule = ({ resource, need }) =>
  resource.hazardous
    ? finding('HAZARDOUS_WASTE', mayTakeHazardousWaste(need) ? 'MET' : 'FAILED')
    : undefined;

/** The material facts compared, in the order a finding names the first that agrees. */
const MATERIAL_FACTS = [
  ['family', 'materialFamily'],
  ['polymer', 'polymer'],
  ['chemistry', 'chemistry'],
] as const;

/** Family, polymer and chemistry must agree when both sides state them. */
const material: PairRule = ({ resourceFacts: r, needFacts: n }) => {
  let met: RuleFinding | undefined;
  for (const [fact, field] of MATERIAL_FACTS) {
    const offered = r[field];
    const wanted = n[field];
    if (offered === undefined || wanted === undefined) continue;
    if (!materialCodesAgree(offered, wanted)) {
      return finding('MATERIAL', 'FAILED', { fact, resource: offered, need: wanted });
    }
    met ??= finding('MATERIAL', 'MET', { fact, resource: offered, need: wanted });
  }
  if (met) return met;
  const wanted = n.materialFamily ?? n.polymer ?? n.chemistry;
  return wanted === undefined ? undefined : finding('MATERIAL', 'TO_CONFIRM', { need: wanted });
};

const temperature: PairRule = ({ need, resourceFacts, needFacts }) => {
  const required = needFacts.attributes.temperatureC;
  if (!HEAT_CATEGORIES.has(need.categoryCode) || required === undefined) return undefined;
  const supplied = resourceFacts.attributes.temperatureC;
  if (supplied === undefined) return finding('TEMPERATURE', 'TO_CONFIRM', { need: required });
  const values = { resource: supplied, need: required };
  if (supplied >= required + HEAT_APPROACH_K) return finding('TEMPERATURE', 'MET', values);
  if (needFacts.attributes.heatPump && required - supplied <= HEAT_PUMP_MAX_LIFT_K) {
    return finding('TEMPERATURE', 'MET', { ...values, heatPump: true });
  }
  return finding('TEMPERATURE', 'FAILED', values);
};

const storage: PairRule = ({ resourceFacts, needFacts }) => {
  const offered = resourceFacts.attributes;
  const wanted = needFacts.attributes;
  if (offered.temperatureRange && wanted.temperatureRange) {
    const inside =
      wanted.temperatureRange.minC >= offered.temperatureRange.minC &&
      wanted.temperatureRange.maxC <= offered.temperatureRange.maxC;
    return finding('STORAGE', inside ? 'MET' : 'FAILED', {
      resource: `${offered.temperatureRange.minC}/${offered.temperatureRange.maxC}`,
      need: `${wanted.temperatureRange.minC}/${wanted.temperatureRange.maxC}`,
    });
  }
  if (offered.storage && wanted.storage) {
    const fits =
      offered.storage === wanted.storage ||
      (offered.storage === 'COVERED' && wanted.storage === 'OUTDOOR');
    return finding('STORAGE', fits ? 'MET' : 'FAILED', {
      resource: offered.storage,
      need: wanted.storage,
    });
  }
  return wanted.storage ? finding('STORAGE', 'TO_CONFIRM', { need: wanted.storage }) : undefined;
};

const waterQuality: PairRule = ({ resource, need, resourceFacts, needFacts }) => {
  const wanted = needFacts.attributes;
  if (!WATER_CATEGORIES.has(need.categoryCode)) return undefined;
  if (!wanted.potableRequired && !wanted.foodContact) return undefined;
  const potable =
    resource.categoryCode === 'WATER_DRINKING' ? true : resourceFacts.attributes.potable;
  if (potable === undefined) return finding('WATER_QUALITY', 'TO_CONFIRM');
  return finding('WATER_QUALITY', potable ? 'MET' : 'FAILED', { potable });
};

/** `FORKLIFT` names `FORKLIFT_COUNTERBALANCE`: one code may refine the other. */
function codesAgree(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}_`) || b.startsWith(`${a}_`);
}

const equipmentType: PairRule = ({ resourceFacts, needFacts }) => {
  const offered = resourceFacts.attributes.machineType;
  const wanted = needFacts.attributes.machineType;
  if (wanted === undefined) return undefined;
  if (offered === undefined) return finding('EQUIPMENT_TYPE', 'TO_CONFIRM', { need: wanted });
  return finding('EQUIPMENT_TYPE', codesAgree(offered, wanted) ? 'MET' : 'FAILED', {
    resource: offered,
    need: wanted,
  });
};

/** Lending a person's hours to a different HR need (a training, a recruitment). */
function restsOnSkill(compatibility: Compatibility): boolean {
  return (
    compatibility.resourceCode !== compatibility.needCode &&
    HR_CATEGORIES.has(compatibility.resourceCode) &&
    HR_CATEGORIES.has(compatibility.needCode)
  );
}

/** A substitute resting on a skill that its resource does not state. */
const unstatedSkill: ResourceRule = ({ compatibility, resourceFacts }) =>
  resourceFacts.skills.length === 0 && restsOnSkill(compatibility)
    ? finding('SKILL', 'FAILED', { stated: false })
    : undefined;

/**
 * What a person offered can do must be what the need looks for: a skill or a job. Lending an
 * expert's hours for a training or a recruitment rests on that skill alone, so such a
 * substitute is proposed only once both sides state it and it agrees.
 */
const skill: PairRule = (pair) => {
  const unstated = unstatedSkill(pair);
  if (unstated) return unstated;
  const offered = pair.resourceFacts.skills;
  const wanted = pair.needFacts.skills;
  if (offered.length === 0 || wanted.length === 0) {
    if (restsOnSkill(pair.compatibility)) return finding('SKILL', 'FAILED', { stated: false });
    return wanted.length === 0
      ? undefined
      : finding('SKILL', 'TO_CONFIRM', { need: wanted.join(', ') });
  }
  const agree = offered.some((a) => wanted.some((b) => codesAgree(a, b)));
  return finding('SKILL', agree ? 'MET' : 'FAILED', {
    resource: offered.join(', '),
    need: wanted.join(', '),
  });
};

function hasWindow(declaration: MatchableDeclaration): boolean {
  return !!declaration.availableFrom || !!declaration.availableUntil;
}

/** The later of two optional ISO dates, or the earlier: an open end does not bound. */
function later(a: string | null, b: string | null): string | null {
  return !a ? b : !b ? a : a > b ? a : b;
}
function earlier(a: string | null, b: string | null): string | null {
  return !a ? b : !b ? a : a < b ? a : b;
}

const availability: PairRule = ({ resource, need }) => {
  if (!hasWindow(resource) || !hasWindow(need)) return undefined;
  const start = later(resource.availableFrom, need.availableFrom);
  const end = earlier(resource.availableUntil, need.availableUntil);
  const overlap = !start || !end || start <= end;
  return finding('AVAILABILITY', overlap ? 'MET' : 'FAILED', {
    resource: `${resource.availableFrom ?? '…'}/${resource.availableUntil ?? '…'}`,
    need: `${need.availableFrom ?? '…'}/${need.availableUntil ?? '…'}`,
  });
};

/** Both annual quantities in one canonical unit, when both are known and positive. */
function comparedQuantities(pair: RuledPair): { offered: number; wanted: number } | undefined {
  const { resource, need, compatibility } = pair;
  if (quantityBasis(resource, need, compatibility) !== 'COMPARED') return undefined;
  return { offered: resource.annualQuantity as number, wanted: need.annualQuantity as number };
}

const heatTransport: PairRule = (pair) => {
  const { resource, need, distanceKm } = pair;
  if (!HEAT_CATEGORIES.has(resource.categoryCode) || !HEAT_CATEGORIES.has(need.categoryCode)) {
    return undefined;
  }
  const quantities = comparedQuantities(pair);
  if (!quantities) return finding('HEAT_TRANSPORT', 'TO_CONFIRM', { distanceKm });
  const exchangedMWh = Math.min(quantities.offered, quantities.wanted);
  const density = exchangedMWh / Math.max(1, distanceKm * 1000);
  const values = { densityMWhPerM: Math.round(density * 100) / 100, distanceKm };
  if (density >= VIABLE_HEAT_DENSITY_MWH_PER_M) return finding('HEAT_TRANSPORT', 'MET', values);
  if (density >= MIN_HEAT_DENSITY_MWH_PER_M) return finding('HEAT_TRANSPORT', 'TO_CONFIRM', values);
  return finding('HEAT_TRANSPORT', 'FAILED', values);
};

const electricityPerimeter: PairRule = ({ resource, need, distanceKm }) => {
  if (!ELECTRICITY_SOURCES.has(resource.categoryCode)) return undefined;
  if (!ELECTRICITY_SOURCES.has(need.categoryCode)) return undefined;
  const values = { distanceKm: Math.round(distanceKm * 100) / 100 };
  if (distanceKm <= SELF_CONSUMPTION_KM) return finding('ELECTRICITY_PERIMETER', 'MET', values);
  if (distanceKm <= SELF_CONSUMPTION_DEROGATION_KM) {
    return finding('ELECTRICITY_PERIMETER', 'STEP_REQUIRED', values);
  }
  return finding('ELECTRICITY_PERIMETER', 'FAILED', values);
};

/** Whether a lot is too small to supply a need: see NEGLIGIBLE_SHARE. */
export function isNegligibleSupply(offered: number, wanted: number, unit: string | null): boolean {
  return offered < NEGLIGIBLE_SHARE * wanted && (unit !== 't' || offered < NEGLIGIBLE_MASS_T);
}

const negligibleSupply: PairRule = (pair) => {
  const quantities = comparedQuantities(pair);
  if (!quantities) return undefined;
  if (!isNegligibleSupply(quantities.offered, quantities.wanted, pair.resource.canonicalUnit)) {
    return undefined;
  }
  const share = quantities.offered / quantities.wanted;
  return finding('NEGLIGIBLE_SUPPLY', 'FAILED', { sharePercent: Math.round(share * 1e5) / 1e3 });
};

const combustion: PairRule = ({ resource, need, resourceFacts, needFacts }) => {
  if (!resourceFacts.isWasteCategory || !COMBUSTION_NEEDS.has(need.categoryCode)) return undefined;
  const rubric = WASTE_COMBUSTION_RUBRICS.find((code) => needFacts.authorisations.has(code));
  if (rubric) return finding('COMBUSTION', 'MET', { authorisation: rubric });
  const wood = resourceFacts.attributes.wood;
  if (wood?.endOfWaste) return finding('COMBUSTION', 'MET', { endOfWaste: true });
  if (isCombustionBiomassWaste(resource.wasteCode) && wood?.treated !== true) {
    return finding('COMBUSTION', 'MET', { biomass: true });
  }
  if (
    resource.wasteCode === WOOD_PACKAGING_CODE &&
    resourceFacts.authorisations.has(END_OF_WASTE_WOOD_CHIPS)
  ) {
    return finding('COMBUSTION', 'STEP_REQUIRED', { step: END_OF_WASTE_WOOD_CHIPS });
  }
  return finding('COMBUSTION', 'FAILED', { wasteCode: resource.wasteCode ?? '' });
};

const animalByProducts: PairRule = ({ resourceFacts, needFacts }) => {
  if (!resourceFacts.animalByProducts) return undefined;
  if (needFacts.attributes.use === 'ANIMAL_FEED') {
    return finding('ANIMAL_BY_PRODUCTS', 'FAILED', { feedBan: true });
  }
  const approved = needFacts.authorisations.has('ABP_APPROVAL');
  return finding('ANIMAL_BY_PRODUCTS', approved ? 'MET' : 'FAILED', { approved });
};

const licensedService: ResourceRule = ({ resource, resourceFacts }) => {
  const licence = LICENCE_OF_SERVICE[resource.categoryCode];
  if (!licence) return undefined;
  return finding('LICENSED_SERVICE', resourceFacts.authorisations.has(licence) ? 'MET' : 'FAILED', {
    licence,
  });
};

/** A category pair that only some wastes serve (broken pallets for pallets): the code says. */
const wasteForm: PairRule = ({ resource, compatibility }) => {
  const codes = compatibility.wasteCodes;
  if (!codes) return undefined;
  const expected = codes.join(', ');
  if (!resource.wasteCode) return finding('WASTE_FORM', 'TO_CONFIRM', { expected });
  return finding('WASTE_FORM', codes.includes(resource.wasteCode) ? 'MET' : 'FAILED', {
    expected,
    wasteCode: resource.wasteCode,
  });
};

const wasteCode: PairRule = ({ resource, resourceFacts }) =>
  resourceFacts.isWasteCategory && !resource.wasteCode
    ? finding('WASTE_CODE', 'STEP_REQUIRED')
    : undefined;

/** In the order a rationale lists them: regulation first, then physics, then practice. */
const PAIR_RULES: readonly PairRule[] = [
  hazardousWaste,
  combustion,
  animalByProducts,
  licensedService,
  electricityPerimeter,
  material,
  temperature,
  storage,
  waterQuality,
  equipmentType,
  skill,
  availability,
  heatTransport,
  negligibleSupply,
  wasteForm,
  wasteCode,
];

/** The rules of law alone: what a supplier must hold to serve a need at all. */
const REGULATORY_RULES: readonly PairRule[] = [
  hazardousWaste,
  combustion,
  animalByProducts,
  licensedService,
];

/**
 * The rules a resource can fail whatever the need: one that fails refuses the resource to every
 * need of the category pair, so the search asks them once per resource and category pair.
 */
const RESOURCE_RULES: readonly ResourceRule[] = [licensedService, unstatedSkill];

/** Whether a rule refuses the resource to every need of the category pair. */
export function resourceIsRefused(side: ResourceSide): boolean {
  return RESOURCE_RULES.some((rule) => rule(side)?.verdict === 'FAILED');
}

/** The first rule of law the pair fails, or undefined: what a collective supplier must pass. */
export function firstRegulatoryFailure(pair: RuledPair): RuleFinding | undefined {
  for (const rule of REGULATORY_RULES) {
    const result = rule(pair);
    if (result?.verdict === 'FAILED') return result;
  }
  return undefined;
}

/** Category pairs some rule applies to whatever the declarations state. */
export function categoryPairIsRuled(compatibility: Compatibility, resourceIsWaste: boolean) {
  return (
    HEAT_CATEGORIES.has(compatibility.needCode) ||
    ELECTRICITY_SOURCES.has(compatibility.resourceCode) ||
    (HR_CATEGORIES.has(compatibility.resourceCode) &&
      compatibility.resourceCode !== compatibility.needCode) ||
    compatibility.resourceCode in LICENCE_OF_SERVICE ||
    compatibility.wasteCodes !== null ||
    (resourceIsWaste && COMBUSTION_NEEDS.has(compatibility.needCode))
  );
}

/**
 * Whether a rule can have something to say of a declaration whatever its counterpart: it states
 * facts, or it is a hazardous waste or a waste without its code.
 */
export function declarationMaySpeak(declaration: MatchableDeclaration): boolean {
  const facts = factsOf(declaration);
  return (
    facts.hasFacts || declaration.hazardous || (facts.isWasteCategory && !declaration.wasteCode)
  );
}

/**
 * Whether a rule can refuse a pair for what the declaration states. Beyond that, a rule refuses
 * only a ruled category pair (`categoryPairIsRuled`), a hazardous waste to a need that may not
 * take it (`mayTakeHazardousWaste`) and a negligible lot (`isNegligibleSupply`); the others
 * speak only to ask for a confirmation or to name a step.
 */
export function declarationMayRefuse(declaration: MatchableDeclaration): boolean {
  return factsOf(declaration).hasFacts;
}

export function ruledPair(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
  distanceKm: number,
): RuledPair {
  return {
    resource,
    need,
    resourceFacts: factsOf(resource),
    needFacts: factsOf(need),
    compatibility,
    distanceKm,
  };
}

/** Every rule's finding on the pair, in rationale order; a FAILED one means no synergy. */
export function assessPair(pair: RuledPair): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const rule of PAIR_RULES) {
    const result = rule(pair);
    if (result) findings.push(result);
  }
  return findings;
}

/** The first rule the pair fails, or undefined: what the search asks of each candidate. */
export function firstFailure(pair: RuledPair): RuleFinding | undefined {
  for (const rule of PAIR_RULES) {
    const result = rule(pair);
    if (result?.verdict === 'FAILED') return result;
  }
  return undefined;
}
