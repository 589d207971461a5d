import { isDimension, type Dimension, type QuantifiedDimension } from './dimensions';
import { TaxonomyError } from './taxonomy-error';

/** The unit every quantity is converted to for matching; NONE takes no quantity at all. */
export const CANONICAL_UNITS = Object.freeze({
  MASS: 't',
  VOLUME: 'm3',
  ENERGY: 'MWh',
  TIME: 'h',
  COUNT: 'unit',
  NONE: null,
} as const satisfies Record<Dimension, string | null>);

export type CanonicalUnit = NonNullable<(typeof CANONICAL_UNITS)[Dimension]>;

/** French legal working week (Code du travail, art. L3121-27). */
const LEGAL_WEEK_HOURS = 35;

/**
 * A "day" of a machine, a room or a person is a working day, not 24 hours: "two days of a
 * forklift" means two shifts. 35 h over 5 days gives 7 h.
 */
export const WORKING_DAY_HOURS = LEGAL_WEEK_HOURS / 5;

/** 35 h x 52 weeks / 12: the 151.67 h of a French full-time monthly payslip. */
export const WORKING_MONTH_HOURS = (LEGAL_WEEK_HOURS * 52) / 12;

/** Megawatt-hours in a gigajoule: 1 MWh = 3.6 GJ. */
const MWH_PER_GJ = 1 / 3.6;

export interface UnitDefinition {
  readonly dimension: QuantifiedDimension;
  /** What one of this unit is worth in the canonical unit of its dimension. */
  readonly toCanonical: number;
  readonly labelFr: string;
  readonly labelEn: string;
}

export const UNITS = Object.freeze({
  g: { dimension: 'MASS', toCanonical: 1e-6, labelFr: 'gramme', labelEn: 'gram' },
  kg: { dimension: 'MASS', toCanonical: 1e-3, labelFr: 'kilogramme', labelEn: 'kilogram' },
  t: { dimension: 'MASS', toCanonical: 1, labelFr: 'tonne', labelEn: 'tonne' },
  L: { dimension: 'VOLUME', toCanonical: 1e-3, labelFr: 'litre', labelEn: 'litre' },
  m3: { dimension: 'VOLUME', toCanonical: 1, labelFr: 'mètre cube', labelEn: 'cubic metre' },
  kWh: {
    dimension: 'ENERGY',
    toCanonical: 1e-3,
    labelFr: 'kilowattheure',
    labelEn: 'kilowatt-hour',
  },
  MWh: { dimension: 'ENERGY', toCanonical: 1, labelFr: 'mégawattheure', labelEn: 'megawatt-hour' },
  GJ: { dimension: 'ENERGY', toCanonical: MWH_PER_GJ, labelFr: 'gigajoule', labelEn: 'gigajoule' },
  h: { dimension: 'TIME', toCanonical: 1, labelFr: 'heure', labelEn: 'hour' },
  day: {
    dimension: 'TIME',
    toCanonical: WORKING_DAY_HOURS,
    labelFr: 'jour ouvré (7 h)',
    labelEn: 'working day (7 h)',
  },
  week: {
    dimension: 'TIME',
    toCanonical: LEGAL_WEEK_HOURS,
    labelFr: 'semaine (35 h)',
    labelEn: 'working week (35 h)',
  },
  month: {
    dimension: 'TIME',
    toCanonical: WORKING_MONTH_HOURS,
    labelFr: 'mois (151,67 h)',
    labelEn: 'working month (151.67 h)',
  },
  unit: { dimension: 'COUNT', toCanonical: 1, labelFr: 'unité', labelEn: 'unit' },
} as const satisfies Record<string, UnitDefinition>);

export type Unit = keyof typeof UNITS;

/**
 * The most one organization can plausibly declare in a year, per dimension, in the canonical
 * unit. Above it the figure is a typing or unit mistake (kg typed as t, L as m3), and letting it
 * through would swamp every synergy score of the zone.
 */
export const ANNUAL_CEILINGS = Object.freeze({
  // 10 million tonnes: more than France's largest steelworks ships in a year.
  MASS: 10_000_000,
  // 100 million m3: the water of a city of about two million people, and more than a large
  // compressed-air plant delivers running 10,000 m3/h around the clock (~88 million m3).
  VOLUME: 100_000_000,
  // 10 TWh: above France's most electricity-intensive site (an aluminium smelter, a few TWh).
  ENERGY: 10_000_000,
  // 1 million hours: some 620 full-time jobs at the legal 1,607 h a year, far beyond what a
  // business-park firm (most have under 250 staff) shares or buys, and beyond any fleet's use.
  TIME: 1_000_000,
  // 10 million units: the pallets a very large logistics hub handles in a year.
  COUNT: 10_000_000,
} as const satisfies Record<QuantifiedDimension, number>);

/**
 * Canonical quantities are rounded to 6 decimals (a gram, a millilitre, a watt-hour): finer than
 * any declaration, and enough to absorb floating-point noise (500 kg x 52 is 26.000000000000004 t
 * before rounding, 26 after). Stored as numeric, they never need more.
 */
export const CANONICAL_DECIMALS = 6;

const ROUNDING = 10 ** CANONICAL_DECIMALS;

export function roundCanonical(quantity: number): number {
  return Math.round(quantity * ROUNDING) / ROUNDING;
}

export function isUnit(value: unknown): value is Unit {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(UNITS, value);
}

/** The units a category of this dimension accepts; none for NONE. */
export function unitsOf(dimension: Dimension): Unit[] {
  return (Object.keys(UNITS) as Unit[]).filter((unit) => UNITS[unit].dimension === dimension);
}

export function canonicalUnitOf(dimension: Dimension): CanonicalUnit | null {
  return CANONICAL_UNITS[dimension];
}

function checkedDimension(dimension: Dimension): QuantifiedDimension {
  if (!isDimension(dimension)) {
    throw new TaxonomyError(
      'UNKNOWN_DIMENSION',
      'dimension',
      `${String(dimension)} is not a dimension`,
    );
  }
  if (dimension === 'NONE') {
    throw new TaxonomyError(
      'NO_QUANTITY_FOR_DIMENSION',
      'quantity',
      'this category is declared without a quantity or unit',
    );
  }
  return dimension;
}

function checkedUnit(unit: string, dimension: QuantifiedDimension): Unit {
  const accepted = unitsOf(dimension).join(', ');
  if (!isUnit(unit)) {
    throw new TaxonomyError(
      'UNKNOWN_UNIT',
      'unit',
      `${unit} is not a unit (accepted: ${accepted})`,
    );
  }
  if (UNITS[unit].dimension !== dimension) {
    throw new TaxonomyError(
      'UNIT_OF_OTHER_DIMENSION',
      'unit',
      `${unit} measures ${UNITS[unit].dimension}, this category measures ${dimension} (accepted: ${accepted})`,
    );
  }
  return unit;
}

function checkedQuantity(quantity: number): number {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity)) {
    throw new TaxonomyError(
      'QUANTITY_NOT_FINITE',
      'quantity',
      `${String(quantity)} is not a number`,
    );
  }
  if (quantity <= 0) {
    throw new TaxonomyError(
      'QUANTITY_NOT_POSITIVE',
      'quantity',
      `must be above zero, got ${quantity}`,
    );
  }
  return quantity;
}

/** Checks a canonical result against the ceiling and the precision; returns it rounded. */
export function checkedCanonical(canonical: number, dimension: QuantifiedDimension): number {
  const unit = CANONICAL_UNITS[dimension];
  if (canonical > ANNUAL_CEILINGS[dimension]) {
    throw new TaxonomyError(
      'QUANTITY_ABOVE_CEILING',
      'quantity',
      `${roundCanonical(canonical)} ${unit} a year is beyond what one organization declares ` +
        `(at most ${ANNUAL_CEILINGS[dimension]} ${unit}); check the unit`,
    );
  }
  const rounded = roundCanonical(canonical);
  if (rounded === 0) {
    throw new TaxonomyError(
      'QUANTITY_BELOW_PRECISION',
      'quantity',
      `below ${1 / ROUNDING} ${unit}, the smallest quantity the taxonomy keeps`,
    );
  }
  return rounded;
}

export interface CanonicalQuantity {
  readonly quantity: number;
  readonly dimension: QuantifiedDimension;
}

/** The quantity in the canonical unit, checked but neither rounded nor held to the ceiling. */
export function toCanonicalUnrounded(
  quantity: number,
  unit: string,
  dimension: Dimension,
): CanonicalQuantity {
  const quantified = checkedDimension(dimension);
  const known = checkedUnit(unit, quantified);
  return {
    quantity: checkedQuantity(quantity) * UNITS[known].toCanonical,
    dimension: quantified,
  };
}

/**
 * Converts a declared quantity to the canonical unit of its category's dimension. Throws a
 * TaxonomyError naming `unit` or `quantity` for a unit of another dimension, and for a quantity
 * that is not a positive finite number or beyond `ANNUAL_CEILINGS` (no single figure can exceed
 * what an organization could declare in a whole year).
 */
export function convertToCanonical(quantity: number, unit: string, dimension: Dimension): number {
  const canonical = toCanonicalUnrounded(quantity, unit, dimension);
  return checkedCanonical(canonical.quantity, canonical.dimension);
}
