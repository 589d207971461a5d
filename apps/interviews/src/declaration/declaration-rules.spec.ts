import { BadUserInputError } from '@symbiose/platform';
import { Category, findCategory } from '@symbiose/taxonomy';
import { checkedContent, ContentInput, requireCategory } from './declaration-rules';

const NOTHING: ContentInput = {
  description: null,
  quantity: null,
  unit: null,
  frequency: null,
  wasteCode: null,
  authorisedForHazardous: undefined,
  availableFrom: null,
  availableUntil: null,
  attributes: null,
  economics: null,
};

function category(code: string): Category {
  const found = findCategory(code);
  if (!found) throw new Error(`no category ${code} in the taxonomy`);
  return found;
}

/** The field a check refuses, or undefined when it accepts. */
function refusedField(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof BadUserInputError) return error.field;
    throw error;
  }
}

describe('requireCategory', () => {
  it('finds a category of the theme that allows the kind', () => {
    expect(requireCategory('WASTE_CARDBOARD', 'MATERIALS_WASTE', 'RESOURCE').code).toBe(
      'WASTE_CARDBOARD',
    );
  });

  it('names categoryCode for an unknown category or one of another theme, kind for a kind it refuses', () => {
    expect(refusedField(() => requireCategory('WASTE_GOLD', 'MATERIALS_WASTE', 'NEED'))).toBe(
      'categoryCode',
    );
    expect(() => requireCategory('WASTE_CARDBOARD', 'FLUIDS', 'NEED')).toThrow(
      'belongs to theme MATERIALS_WASTE',
    );
    expect(refusedField(() => requireCategory('ENERGY_WASTE_HEAT', 'FLUIDS', 'NEED'))).toBe('kind');
  });
});

describe('checkedContent', () => {
  const cardboard = category('WASTE_CARDBOARD');

  it.each([
    ['WASTE_CARDBOARD', 500, 'kg', 'WEEKLY', 26, 't'],
    ['ENERGY_ELECTRICITY', 2, 'MWh', 'MONTHLY', 24, 'MWh'],
    ['WATER_PROCESS', 3000, 'L', 'DAILY', 750, 'm3'],
  ] as const)(
    'annualises %s: %d %s %s is %d %s a year',
    (code, quantity, unit, frequency, annual, canonical) => {
      const content = checkedContent(
        category(code),
        'NEED',
        { ...NOTHING, quantity, unit, frequency },
        null,
      );
      expect(content).toMatchObject({ annualQuantity: annual, canonicalUnit: canonical });
    },
  );

  it('keeps quantity, unit and frequency together', () => {
    const check = (input: Partial<ContentInput>) =>
      refusedField(() => checkedContent(cardboard, 'RESOURCE', { ...NOTHING, ...input }, null));
    expect(check({ quantity: 5 })).toBe('unit');
    expect(check({ quantity: 5, unit: 't' })).toBe('frequency');
    expect(check({ unit: 't' })).toBe('quantity');
    expect(check({ frequency: 'WEEKLY' })).toBe('quantity');
    expect(check({ quantity: 5, unit: 'MWh', frequency: 'WEEKLY' })).toBe('unit');
    expect(check({ quantity: 0, unit: 't', frequency: 'WEEKLY' })).toBe('quantity');
    expect(check({})).toBeUndefined();
  });

  it('refuses a quantity on a category declared without one', () => {
    const signage = category('SERVICE_ZONE_SIGNAGE');
    expect(
      refusedField(() =>
        checkedContent(signage, 'NEED', { ...NOTHING, quantity: 1, unit: 'unit' }, null),
      ),
    ).toBe('quantity');
  });

  it('stores a waste code as six digits with its hazard from the list, whatever the spelling', () => {
    const soiled = category('WASTE_SOILED_PACKAGING');
    expect(
      checkedContent(cardboard, 'RESOURCE', { ...NOTHING, wasteCode: '15 01 01*' }, null),
    ).toMatchObject({ wasteCode: '150101', hazardous: false, authorisedForHazardous: null });
    expect(
      checkedContent(soiled, 'NEED', { ...NOTHING, wasteCode: '15 01 10' }, null),
    ).toMatchObject({ wasteCode: '150110', hazardous: true, authorisedForHazardous: false });
  });

  it('keeps the authorisation of a hazardous need when an update does not give it', () => {
    const soiled = category('WASTE_SOILED_PACKAGING');
    const input = { ...NOTHING, wasteCode: '150111' };
    expect(checkedContent(soiled, 'NEED', input, true).authorisedForHazardous).toBe(true);
    expect(
      checkedContent(soiled, 'NEED', { ...input, authorisedForHazardous: null }, true)
        .authorisedForHazardous,
    ).toBe(false);
  });

  it('refuses an authorisation on a resource or on a code that is not hazardous', () => {
    const soiled = category('WASTE_SOILED_PACKAGING');
    const authorised = { ...NOTHING, authorisedForHazardous: false };
    expect(
      refusedField(() =>
        checkedContent(soiled, 'RESOURCE', { ...authorised, wasteCode: '150110' }, null),
      ),
    ).toBe('authorisedForHazardous');
    expect(
      refusedField(() =>
        checkedContent(cardboard, 'NEED', { ...authorised, wasteCode: '150101' }, null),
      ),
    ).toBe('authorisedForHazardous');
  });

  it('refuses waste codes off the list, off the category, or on a category that is no waste', () => {
    const check = (code: string, on = cardboard) =>
      refusedField(() => checkedContent(on, 'RESOURCE', { ...NOTHING, wasteCode: code }, null));
    expect(check('999999')).toBe('wasteCode');
    expect(check('170504')).toBe('wasteCode');
    expect(check('150101', category('MATERIAL_PALLETS'))).toBe('wasteCode');
  });

  it('keeps the figures a kind has, drops those left null, and names one the kind has not', () => {
    const resource = checkedContent(
      cardboard,
      'RESOURCE',
      { ...NOTHING, economics: { disposalCostCentsPerUnit: 9500, salePriceCentsPerUnit: null } },
      null,
    );
    expect(resource.economics).toEqual({ disposalCostCentsPerUnit: 9500 });
    expect(checkedContent(cardboard, 'NEED', NOTHING, null).economics).toEqual({});
    expect(
      refusedField(() =>
        checkedContent(
          cardboard,
          'NEED',
          { ...NOTHING, economics: { disposalCostCentsPerUnit: 9500 } },
          null,
        ),
      ),
    ).toBe('economics.disposalCostCentsPerUnit');
    expect(
      refusedField(() =>
        checkedContent(
          cardboard,
          'RESOURCE',
          { ...NOTHING, economics: { purchasePriceCentsPerUnit: 12000 } },
          null,
        ),
      ),
    ).toBe('economics.purchasePriceCentsPerUnit');
  });

  it('refuses an end of availability before its start', () => {
    const dates = { ...NOTHING, availableFrom: '2025-06-01', availableUntil: '2025-05-31' };
    expect(refusedField(() => checkedContent(cardboard, 'RESOURCE', dates, null))).toBe(
      'availableUntil',
    );
  });
});
