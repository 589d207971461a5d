import { compatibility } from '@symbiose/taxonomy';
import {
  B2B_WEIGHTS,
  b2bScore,
  distanceDecay,
  frequencyFit,
  quantityBasis,
  quantityCoverage,
} from './b2b-score';
import { declaration } from './matchable-declaration.fixture';

const wood = compatibility('WASTE_WOOD', 'WASTE_WOOD');
if (!wood) throw new Error('the taxonomy lost WASTE_WOOD meeting itself');

describe('B2B score terms', () => {
  it('weights sum to 1', () => {
    const sum = Object.values(B2B_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('covers the share of the need, without penalising a supplier who covers it all', () => {
    const resource = declaration({
      id: 'r',
      kind: 'RESOURCE',
      annualQuantity: 10,
      canonicalUnit: 't',
    });
    const need = declaration({ id: 'n', annualQuantity: 40, canonicalUnit: 't' });
    expect(quantityCoverage(resource, need, wood)).toBe(0.25);
    expect(quantityCoverage({ ...resource, annualQuantity: 80 }, need, wood)).toBe(1);
    const unknown = { ...need, annualQuantity: null };
    expect(quantityCoverage(resource, unknown, wood)).toBeNaN();
    expect(quantityBasis(resource, unknown, wood)).toBe('TO_CONFIRM');
    const pallets = compatibility('WASTE_WOOD', 'MATERIAL_PALLETS');
    if (!pallets) throw new Error('the taxonomy lost wood for pallets');
    expect(quantityBasis(resource, need, pallets)).toBe('NOT_APPLICABLE');
  });

  it('halves the distance term every 8 km', () => {
    expect(distanceDecay(0)).toBe(1);
    expect(distanceDecay(8)).toBeCloseTo(0.5, 12);
    expect(distanceDecay(2)).toBeCloseTo(0.8409, 4);
  });

  it('fits rhythms by the log of their ratio, unknown without a rhythm', () => {
    expect(frequencyFit('WEEKLY', 'WEEKLY')).toBe(1);
    expect(frequencyFit('DAILY', 'YEARLY')).toBe(0);
    // 1 − ln(250/52) / ln(250) = 1 − 1.5702 / 5.5215 = 0.7156
    expect(frequencyFit('DAILY', 'WEEKLY')).toBeCloseTo(0.7156, 4);
    expect(frequencyFit('ONE_OFF', 'MONTHLY')).toBe(0.25);
    expect(frequencyFit(null, 'MONTHLY')).toBeNaN();
  });

  it('weighs the known terms only, instead of counting an unknown one as half a match', () => {
    // (0.4 × 1 + 0.25 × 0.5 + 0.2 × 0.5 + 0.15 × 1) / 1 = 0.775
    expect(b2bScore(B2B_WEIGHTS, 1, 0.5, 0.5, 1)).toBe(0.775);
    // Quantity unknown: (0.4 × 1 + 0.2 × 0.5 + 0.15 × 1) / 0.75 = 0.8667
    expect(b2bScore(B2B_WEIGHTS, 1, NaN, 0.5, 1)).toBe(0.8667);
    // Nothing but the category and the distance: (0.4 × 0.9 + 0.2 × 1) / 0.6 = 0.9333
    expect(b2bScore(B2B_WEIGHTS, 0.9, NaN, 1, NaN)).toBe(0.9333);
  });
});
