/**
 * What a category's quantities measure. NONE marks categories declared without a quantity
 * (signage, a fibre network): their declarations carry neither quantity nor unit.
 */
export const DIMENSIONS = ['MASS', 'VOLUME', 'ENERGY', 'TIME', 'COUNT', 'NONE'] as const;

export type Dimension = (typeof DIMENSIONS)[number];

export type QuantifiedDimension = Exclude<Dimension, 'NONE'>;

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
}
