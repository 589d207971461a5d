import type { Dimension } from './dimensions';
import { TaxonomyError } from './taxonomy-error';
import {
  ANNUAL_CEILINGS,
  CANONICAL_UNITS,
  UNITS,
  canonicalUnitOf,
  convertToCanonical,
  unitsOf,
} from './units';

function refusal(quantity: number, unit: string, dimension: Dimension): TaxonomyError {
  try {
    convertToCanonical(quantity, unit, dimension);
  } catch (error) {
    if (error instanceof TaxonomyError) return error;
    throw error;
  }
  throw new Error(`${quantity} ${unit} (${dimension}) was accepted`);
}

describe('canonical units', () => {
  it('are t, m3, MWh, h and unit, and none for NONE', () => {
    expect(CANONICAL_UNITS).toEqual({
      MASS: 't',
      VOLUME: 'm3',
      ENERGY: 'MWh',
      TIME: 'h',
      COUNT: 'unit',
      NONE: null,
    });
    expect(canonicalUnitOf('NONE')).toBeNull();
  });

  it('are each an accepted unit worth exactly 1 of itself', () => {
    for (const unit of Object.values(CANONICAL_UNITS)) {
      if (unit !== null) expect(UNITS[unit].toCanonical).toBe(1);
    }
  });

  it('list the units each dimension accepts', () => {
    expect(unitsOf('MASS')).toEqual(['g', 'kg', 't']);
    expect(unitsOf('VOLUME')).toEqual(['L', 'm3']);
    expect(unitsOf('ENERGY')).toEqual(['kWh', 'MWh', 'GJ']);
    expect(unitsOf('TIME')).toEqual(['h', 'day', 'week', 'month']);
    expect(unitsOf('COUNT')).toEqual(['unit']);
    expect(unitsOf('NONE')).toEqual([]);
  });
});

describe('convertToCanonical', () => {
  it('converts mass to tonnes', () => {
    expect(convertToCanonical(500, 'kg', 'MASS')).toBe(0.5);
    expect(convertToCanonical(1234, 'g', 'MASS')).toBe(0.001234);
    expect(convertToCanonical(3, 't', 'MASS')).toBe(3);
  });

  it('converts litres to cubic metres', () => {
    expect(convertToCanonical(2500, 'L', 'VOLUME')).toBe(2.5);
    expect(convertToCanonical(0.3, 'L', 'VOLUME')).toBe(0.0003);
  });

  it('converts kWh and GJ to MWh, rounded to 6 decimals', () => {
    expect(convertToCanonical(1500, 'kWh', 'ENERGY')).toBe(1.5);
    expect(convertToCanonical(3.6, 'GJ', 'ENERGY')).toBe(1);
    expect(convertToCanonical(1, 'GJ', 'ENERGY')).toBe(0.277778);
    expect(convertToCanonical(36, 'GJ', 'ENERGY')).toBe(10);
  });

  it('converts days, weeks and months of work to hours', () => {
    expect(convertToCanonical(2, 'day', 'TIME')).toBe(14);
    expect(convertToCanonical(1, 'week', 'TIME')).toBe(35);
    expect(convertToCanonical(1, 'month', 'TIME')).toBe(151.666667);
    expect(convertToCanonical(12, 'month', 'TIME')).toBe(1820);
  });

  it('keeps counts as they are', () => {
    expect(convertToCanonical(40, 'unit', 'COUNT')).toBe(40);
  });

  it('refuses a unit of another dimension, naming the unit field', () => {
    const error = refusal(3, 'kWh', 'MASS');
    expect(error).toMatchObject({ code: 'UNIT_OF_OTHER_DIMENSION', field: 'unit' });
    expect(error.message).toContain('g, kg, t');
    expect(refusal(3, 'kg', 'VOLUME').field).toBe('unit');
  });

  it('refuses an unknown unit, naming the unit field', () => {
    expect(refusal(3, 'lb', 'MASS')).toMatchObject({ code: 'UNKNOWN_UNIT', field: 'unit' });
    expect(refusal(3, 'KG', 'MASS').field).toBe('unit');
  });

  it('refuses any quantity for a category without dimension', () => {
    expect(refusal(1, 'unit', 'NONE')).toMatchObject({
      code: 'NO_QUANTITY_FOR_DIMENSION',
      field: 'quantity',
    });
  });

  it('refuses zero, negative and non-finite quantities, naming the quantity field', () => {
    expect(refusal(0, 'kg', 'MASS')).toMatchObject({
      code: 'QUANTITY_NOT_POSITIVE',
      field: 'quantity',
    });
    expect(refusal(-5, 'kg', 'MASS').code).toBe('QUANTITY_NOT_POSITIVE');
    expect(refusal(Number.NaN, 'kg', 'MASS')).toMatchObject({
      code: 'QUANTITY_NOT_FINITE',
      field: 'quantity',
    });
    expect(refusal(Number.POSITIVE_INFINITY, 'kg', 'MASS').code).toBe('QUANTITY_NOT_FINITE');
    expect(refusal('12' as unknown as number, 'kg', 'MASS').code).toBe('QUANTITY_NOT_FINITE');
  });

  it('refuses absurd quantities above the ceiling of the dimension', () => {
    expect(convertToCanonical(ANNUAL_CEILINGS.MASS, 't', 'MASS')).toBe(10_000_000);
    expect(refusal(10_000_001, 't', 'MASS')).toMatchObject({
      code: 'QUANTITY_ABOVE_CEILING',
      field: 'quantity',
    });
    expect(refusal(200_000_000, 'm3', 'VOLUME').code).toBe('QUANTITY_ABOVE_CEILING');
    expect(refusal(20_000_000_000, 'kWh', 'ENERGY').code).toBe('QUANTITY_ABOVE_CEILING');
    expect(refusal(2_000_000, 'h', 'TIME').code).toBe('QUANTITY_ABOVE_CEILING');
    expect(refusal(20_000_000, 'unit', 'COUNT').code).toBe('QUANTITY_ABOVE_CEILING');
  });

  it('refuses a quantity too small to keep at 6 decimals', () => {
    expect(refusal(0.1, 'g', 'MASS')).toMatchObject({
      code: 'QUANTITY_BELOW_PRECISION',
      field: 'quantity',
    });
    expect(convertToCanonical(1, 'g', 'MASS')).toBe(0.000001);
  });
});
