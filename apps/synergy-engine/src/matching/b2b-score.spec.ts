import { compatibility } from '@symbiose/taxonomy';
import {
  B2B_WEIGHTS,
  b2bScoreTerms,
  combineB2BTerms,
  distanceDecay,
  frequencyFit,
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

  it('covers quantities by min/max when they compare, neutral otherwise', () => {
    const resource = declaration({
      id: 'r',
      kind: 'RESOURCE',
      annualQuantity: 10,
      canonicalUnit: 't',
    });
    const need = declaration({ id: 'n', annualQuantity: 40, canonicalUnit: 't' });
    expect(quantityCoverage(resource, need, wood)).toBe(0.25);
    expect(quantityCoverage(resource, { ...need, annualQuantity: null }, wood)).toBe(0.5);
    const pallets = compatibility('WASTE_WOOD', 'MATERIAL_PALLETS');
    expect(pallets?.quantitiesComparable).toBe(false);
    expect(quantityCoverage(resource, need, pallets as NonNullable<typeof pallets>)).toBe(0.5);
  });

  it('halves the distance term every 15 km', () => {
    expect(distanceDecay(0)).toBe(1);
    expect(distanceDecay(15)).toBeCloseTo(0.5, 12);
    expect(distanceDecay(30)).toBeCloseTo(0.25, 12);
  });

  it('fits rhythms by the log of their ratio', () => {
    expect(frequencyFit('WEEKLY', 'WEEKLY')).toBe(1);
    expect(frequencyFit('DAILY', 'YEARLY')).toBe(0);
    // 1 − ln(250/52) / ln(250) = 1 − 1.5702 / 5.5215 = 0.7156
    expect(frequencyFit('DAILY', 'WEEKLY')).toBeCloseTo(0.7156, 4);
    expect(frequencyFit('ONE_OFF', 'MONTHLY')).toBe(0.25);
    expect(frequencyFit(null, 'MONTHLY')).toBe(0.5);
  });

  it('combines the terms into the documented weighted sum', () => {
    const resource = declaration({
      id: 'r',
      kind: 'RESOURCE',
      annualQuantity: 10,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: '150103',
    });
    const need = declaration({
      id: 'n',
      annualQuantity: 20,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: '150103',
    });
    const terms = b2bScoreTerms(resource, need, wood, 15);
    expect(terms.compatibility).toBe(1);
    // 0.4 × 1 + 0.2 × 0.5 + 0.25 × 0.5 + 0.15 × 1 = 0.775
    expect(combineB2BTerms(terms)).toBe(0.775);
  });
});
