import {
  REFERENCE_PRICES,
  referencePriceOf,
  referencePriceProblems,
  type ReferencePrice,
} from './reference-price-data';

describe('reference prices', () => {
  it.each(Object.entries(REFERENCE_PRICES))('%s can be cited and used', (_id, price) => {
    expect(referencePriceProblems(price)).toEqual([]);
  });

  const cited: ReferencePrice = REFERENCE_PRICES.DRINKING_WATER_CENTS_PER_M3;

  it('refuses a price without a source, or with an assumption for a source', () => {
    expect(
      referencePriceProblems({ ...cited, source: undefined } as unknown as ReferencePrice),
    ).toEqual(['source']);
    expect(
      referencePriceProblems({
        ...cited,
        source: { kind: 'ASSUMPTION', rationale: 'a round figure' },
      } as unknown as ReferencePrice),
    ).toEqual(['source.kind']);
  });

  it('refuses a price without its address, its table, its date or its categories', () => {
    expect(
      referencePriceProblems({
        ...cited,
        source: { ...cited.source, url: ' ', table: '' },
        date: '2023',
        categoryCodes: [],
      }),
    ).toEqual(['date', 'source.table', 'source.url', 'categoryCodes']);
  });

  it('refuses a price in another unit than the canonical one of a category it prices', () => {
    expect(referencePriceProblems({ ...cited, categoryCodes: ['ENERGY_ELECTRICITY'] })).toEqual([
      'unit of ENERGY_ELECTRICITY',
    ]);
  });

  it('finds the price of a need category, and none for another', () => {
    expect(referencePriceOf('ENERGY_ELECTRICITY', 'PURCHASE_PRICE')?.id).toBe(
      'ELECTRICITY_FIRMS_CENTS_PER_MWH',
    );
    expect(referencePriceOf('WASTE_CARDBOARD', 'PURCHASE_PRICE')).toBeNull();
  });
});
