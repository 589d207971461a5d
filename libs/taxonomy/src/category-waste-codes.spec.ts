import { categoriesCoveringWasteCode, categoryCoversWasteCode } from './category-waste-codes';

describe('categoryCoversWasteCode', () => {
  it('accepts a code of the category in any spelling', () => {
    expect(categoryCoversWasteCode('WASTE_CARDBOARD', '150101')).toBe(true);
    expect(categoryCoversWasteCode('WASTE_CARDBOARD', '20 01 01')).toBe(true);
    expect(categoryCoversWasteCode('WASTE_USED_OILS', '13 02 05*')).toBe(true);
  });

  it('refuses a code of another category, a non-waste category and unknown inputs', () => {
    expect(categoryCoversWasteCode('WASTE_CARDBOARD', '150110')).toBe(false);
    expect(categoryCoversWasteCode('SERVICE_SECURITY_GUARDING', '150101')).toBe(false);
    expect(categoryCoversWasteCode('NOT_A_CATEGORY', '150101')).toBe(false);
    expect(categoryCoversWasteCode('WASTE_CARDBOARD', '999999')).toBe(false);
  });
});

describe('categoriesCoveringWasteCode', () => {
  it('suggests every category a code belongs to', () => {
    const codes = categoriesCoveringWasteCode('20 01 01').map((category) => category.code);
    expect(codes).toEqual(['WASTE_CARDBOARD', 'WASTE_PAPER']);
    expect(categoriesCoveringWasteCode('150110').map((category) => category.code)).toEqual([
      'WASTE_SOILED_PACKAGING',
    ]);
    expect(categoriesCoveringWasteCode('999999')).toEqual([]);
  });
});
