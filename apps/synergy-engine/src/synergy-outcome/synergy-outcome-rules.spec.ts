import {
  checkNoOverlap,
  checkPeriod,
  exchangedCategoryCode,
  measuredQuantity,
} from './synergy-outcome-rules';

function refusal(check: () => unknown): { field: string; message: string } | null {
  try {
    check();
    return null;
  } catch (error) {
    const { extensions, message } = error as { extensions: { field: string }; message: string };
    return { field: extensions.field, message };
  }
}

describe('an outcome’s period', () => {
  it('takes one day, and a period ending today', () => {
    expect(refusal(() => checkPeriod('2026-03-01', '2026-03-01', '2026-03-01'))).toBeNull();
  });

  it('refuses an end before the start, or after today, naming `to`', () => {
    expect(refusal(() => checkPeriod('2026-03-02', '2026-03-01', '2026-12-01'))).toMatchObject({
      field: 'to',
    });
    expect(refusal(() => checkPeriod('2026-03-01', '2026-12-02', '2026-12-01'))).toMatchObject({
      field: 'to',
    });
  });

  it('refuses a period sharing a day with a recorded one, and takes the next day', () => {
    const recorded = [{ periodFrom: '2026-01-01', periodTo: '2026-03-31' }];
    expect(refusal(() => checkNoOverlap('2026-03-31', '2026-06-30', recorded))).toMatchObject({
      field: 'from',
    });
    expect(refusal(() => checkNoOverlap('2025-12-01', '2026-01-01', recorded))).toMatchObject({
      field: 'from',
    });
    expect(refusal(() => checkNoOverlap('2026-04-01', '2026-06-30', recorded))).toBeNull();
  });
});

describe('an outcome’s quantity', () => {
  it('is measured in the unit of what the synergy exchanges, converted to the canonical one', () => {
    expect(
      exchangedCategoryCode({
        kind: 'B2B',
        categoryCode: 'MATERIAL_PACKAGING',
        resourceCategoryCode: 'WASTE_CARDBOARD',
      }),
    ).toBe('WASTE_CARDBOARD');
    expect(measuredQuantity('WASTE_CARDBOARD', 1500, 'kg')).toEqual({
      quantity: 1500,
      unit: 'kg',
      canonicalQuantity: 1.5,
      canonicalUnit: 't',
    });
    expect(measuredQuantity('WASTE_CARDBOARD', null, null)).toBeNull();
  });

  it('refuses a unit of another dimension naming `unit`, and a quantity not above zero', () => {
    expect(refusal(() => measuredQuantity('WASTE_CARDBOARD', 3, 'm3'))).toMatchObject({
      field: 'unit',
      message: expect.stringContaining('m3 measures VOLUME'),
    });
    expect(refusal(() => measuredQuantity('WASTE_CARDBOARD', 0, 't'))).toMatchObject({
      field: 'quantity',
    });
    expect(refusal(() => measuredQuantity('WASTE_CARDBOARD', null, 't'))).toMatchObject({
      field: 'quantity',
    });
  });
});
