import { z } from 'zod';
import { findCategory, type Category } from './categories';
import type { Theme } from './themes';

/**
 * Technical facts a declaration may carry beside its category: what the matching needs to tell
 * a chilled room from a freezer, copper from steel, 28 °C water from steam. Every fact is
 * optional; a fact that is not given is "to confirm", never assumed.
 *
 * Open vocabularies (a material family, a machine type, a skill) are upper-case codes, so that
 * both sides of a pair can be compared without a closed list that would refuse a real case.
 */

export const HEAT_MEDIA = [
  'STEAM',
  'HOT_WATER',
  'WATER',
  'AIR',
  'FLUE_GAS',
  'SEAWATER',
  'THERMAL_OIL',
] as const;
export type HeatMedium = (typeof HEAT_MEDIA)[number];

/** Storage regimes, from the least to the most demanding of temperature control. */
export const STORAGE_CONDITIONS = ['OUTDOOR', 'COVERED', 'REFRIGERATED', 'FROZEN'] as const;
export type StorageCondition = (typeof STORAGE_CONDITIONS)[number];

export const WOOD_CLASSES = ['A', 'B', 'C'] as const;
export type WoodClass = (typeof WOOD_CLASSES)[number];

/**
 * Where a waste goes today, without any synergy: sorted at source and recycled, sorted at source
 * as biowaste (composting, anaerobic digestion), with the residual waste (incineration,
 * landfill), or by another collection channel (a take-back scheme, a specialist collector).
 */
export const WASTE_ROUTES = [
  'SORTED_RECYCLING',
  'SORTED_BIOWASTE',
  'RESIDUAL_DISPOSAL',
  'OTHER_COLLECTION',
] as const;
export type WasteRoute = (typeof WASTE_ROUTES)[number];

/** Road km to a waste's collector: beyond this, a figure is a typing slip, not a collector. */
export const MAX_COLLECTOR_DISTANCE_KM = 1000;

const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, 'must be an upper-case code such as COPPER or HGV_DRIVER')
  .max(60);
const shortText = z.string().trim().min(1).max(200);

export const declarationAttributesSchema = z
  .object({
    /** A heat or cold resource's supply temperature, or the temperature a need requires. */
    temperatureC: z.number().min(-273).max(2000).optional(),
    /** On a heat need: a heat pump sized for a low-grade source. */
    heatPump: z.boolean().optional(),
    medium: z.enum(HEAT_MEDIA).optional(),
    pressureBar: z.number().positive().max(500).optional(),
    storage: z.enum(STORAGE_CONDITIONS).optional(),
    /** A storage or transport regime, °C. */
    temperatureRange: z
      .object({ minC: z.number().min(-273).max(2000), maxC: z.number().min(-273).max(2000) })
      .strict()
      .refine((range) => range.minC <= range.maxC, {
        message: 'must not be above maxC',
        path: ['minC'],
      })
      .optional(),
    material: z
      .object({ family: code.optional(), polymer: code.optional(), grade: shortText.optional() })
      .strict()
      .optional(),
    wood: z
      .object({
        treated: z.boolean().optional(),
        /** Wood that has left waste status (e.g. packaging chips under the arrêté du 29 juillet 2014). */
        endOfWaste: z.boolean().optional(),
        woodClass: z.enum(WOOD_CLASSES).optional(),
      })
      .strict()
      .optional(),
    /** On water offered: whether it is potable. */
    potable: z.boolean().optional(),
    /** On a water need: whether it must be potable. */
    potableRequired: z.boolean().optional(),
    /** On a need: the flow touches food. */
    foodContact: z.boolean().optional(),
    /** What a flow contains that rules apply to: ANIMAL_BY_PRODUCTS, MEAT, NICKEL… */
    contains: z.array(code).max(20).optional(),
    /** Category of animal by-products under Regulation (EC) 1069/2009. */
    abpCategory: z.number().int().min(1).max(3).optional(),
    /** Battery chemistry: LEAD_ACID, LI_ION, NI_CD… */
    chemistry: code.optional(),
    /** What a need does with the flow: ANIMAL_FEED, BULKING_AGENT, FUEL… */
    use: code.optional(),
    machineType: code.optional(),
    capacityT: z.number().positive().max(1e6).optional(),
    capacityPersons: z.number().int().positive().max(1e5).optional(),
    /** What a person offered or sought knows or is: PLC_AUTOMATION, HGV_DRIVER… */
    skill: code.optional(),
    job: code.optional(),
    /** Who provides a service: INTERNAL_SECURITY_SERVICE, LICENSED_SECURITY_COMPANY… */
    provider: code.optional(),
    certified: z.array(shortText).max(20).optional(),
    licensed: z.array(shortText).max(20).optional(),
    requires: z.array(shortText).max(20).optional(),
    /** On a waste offered: where it goes today, without the synergy. */
    currentRoute: z.enum(WASTE_ROUTES).optional(),
    /** On a waste offered: road km from the firm to the collector that takes it today. */
    collectorDistanceKm: z.number().positive().max(MAX_COLLECTOR_DISTANCE_KM).optional(),
  })
  .strict();

export type DeclarationAttributes = z.infer<typeof declarationAttributesSchema>;
export type DeclarationAttributeName = keyof DeclarationAttributes;

const ALL_THEMES: readonly Theme[] = [
  'SERVICES',
  'EQUIPMENT',
  'MATERIALS_WASTE',
  'HR_ANIMATION',
  'FLUIDS',
];

/** The themes whose categories an attribute applies to. */
export const ATTRIBUTE_THEMES: Readonly<Record<DeclarationAttributeName, readonly Theme[]>> =
  Object.freeze({
    temperatureC: ['FLUIDS', 'MATERIALS_WASTE'],
    heatPump: ['FLUIDS'],
    medium: ['FLUIDS'],
    pressureBar: ['FLUIDS'],
    storage: ['EQUIPMENT', 'MATERIALS_WASTE', 'SERVICES'],
    temperatureRange: ['EQUIPMENT', 'MATERIALS_WASTE', 'SERVICES'],
    material: ['MATERIALS_WASTE', 'EQUIPMENT'],
    wood: ['MATERIALS_WASTE'],
    potable: ['FLUIDS'],
    potableRequired: ['FLUIDS'],
    foodContact: ['FLUIDS', 'MATERIALS_WASTE', 'EQUIPMENT'],
    contains: ['MATERIALS_WASTE', 'FLUIDS'],
    abpCategory: ['MATERIALS_WASTE'],
    chemistry: ['MATERIALS_WASTE'],
    use: ALL_THEMES,
    machineType: ['EQUIPMENT'],
    capacityT: ['EQUIPMENT'],
    capacityPersons: ['EQUIPMENT', 'SERVICES'],
    skill: ['HR_ANIMATION'],
    job: ['HR_ANIMATION'],
    provider: ['SERVICES'],
    certified: ['HR_ANIMATION', 'EQUIPMENT', 'SERVICES'],
    licensed: ['SERVICES', 'HR_ANIMATION'],
    requires: ALL_THEMES,
    currentRoute: ['MATERIALS_WASTE'],
    collectorDistanceKm: ['MATERIALS_WASTE'],
  });

/** The attributes that tell how a waste is handled today: they mean nothing on a product. */
const WASTE_ONLY_ATTRIBUTES: ReadonlySet<DeclarationAttributeName> = new Set([
  'currentRoute',
  'collectorDistanceKm',
]);

export interface AttributeProblem {
  /** Dotted path under `attributes`, e.g. `attributes.temperatureRange.minC`. */
  readonly field: string;
  /** What is wrong with the field, without its name: `must not be above maxC`. */
  readonly message: string;
}

/**
 * Checks a declaration's attributes against their schema and against its category: each fact
 * applies to the themes where it means something (a temperature of heat or water, a machine
 * type of equipment), and a waste's route today to a waste only. Returns the parsed attributes or the first problem, named by its field.
 */
export function checkDeclarationAttributes(
  categoryCode: string,
  input: unknown,
): { attributes: DeclarationAttributes } | { problem: AttributeProblem } {
  const parsed = declarationAttributesSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path =
      issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : [...issue.path];
    const field = ['attributes', ...path.map(String)].join('.');
    const message = issue.code === 'unrecognized_keys' ? 'is not a known attribute' : issue.message;
    return { problem: { field, message } };
  }
  const category = findCategory(categoryCode);
  if (category) {
    for (const name of Object.keys(parsed.data) as DeclarationAttributeName[]) {
      if (parsed.data[name] === undefined) continue;
      const message = categoryProblemOf(name, category);
      if (message) return { problem: { field: `attributes.${name}`, message } };
    }
  }
  return { attributes: withoutUndefined(parsed.data) };
}

/** Why an attribute does not apply to a category: not of its themes, or not a waste. */
function categoryProblemOf(name: DeclarationAttributeName, category: Category): string | null {
  if (!ATTRIBUTE_THEMES[name].includes(category.theme)) {
    return `does not apply to category ${category.code} (theme ${category.theme})`;
  }
  if (WASTE_ONLY_ATTRIBUTES.has(name) && !category.isWaste) {
    return `applies to a waste only, and category ${category.code} is no waste`;
  }
  return null;
}

function withoutUndefined(attributes: DeclarationAttributes): DeclarationAttributes {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, value]) => value !== undefined),
  ) as DeclarationAttributes;
}
