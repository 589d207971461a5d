import {
  ATTRIBUTE_THEMES,
  checkDeclarationAttributes,
  declarationAttributesSchema,
} from './declaration-attributes';

describe('checkDeclarationAttributes', () => {
  it('returns the attributes of a category they apply to, as given', () => {
    const coldRoom = {
      storage: 'REFRIGERATED',
      temperatureRange: { minC: 0, maxC: 4 },
      capacityPersons: 3,
    };
    expect(checkDeclarationAttributes('EQUIPMENT_COLD_STORAGE', coldRoom)).toEqual({
      attributes: coldRoom,
    });
    expect(
      checkDeclarationAttributes('WASTE_WOOD', {
        wood: { treated: false, woodClass: 'A' },
        material: { family: 'WOOD' },
      }),
    ).toEqual({
      attributes: { wood: { treated: false, woodClass: 'A' }, material: { family: 'WOOD' } },
    });
  });

  it('takes nothing, undefined or null as no attributes', () => {
    expect(checkDeclarationAttributes('ENERGY_WASTE_HEAT', {})).toEqual({ attributes: {} });
    expect(checkDeclarationAttributes('ENERGY_WASTE_HEAT', undefined)).toEqual({ attributes: {} });
    expect(checkDeclarationAttributes('ENERGY_WASTE_HEAT', null)).toEqual({ attributes: {} });
  });

  it('leaves out an attribute given as undefined', () => {
    expect(
      checkDeclarationAttributes('ENERGY_WASTE_HEAT', { temperatureC: 28, medium: undefined }),
    ).toEqual({ attributes: { temperatureC: 28 } });
  });

  it.each([
    ['an unknown attribute', 'WASTE_METALS', { alloy: 'CuZn' }, 'attributes.alloy'],
    [
      'an unknown key of a group',
      'WASTE_METALS',
      { material: { alloy: 'CuZn' } },
      'attributes.material.alloy',
    ],
    [
      'a range whose minimum is above its maximum',
      'EQUIPMENT_COLD_STORAGE',
      { temperatureRange: { minC: 4, maxC: 0 } },
      'attributes.temperatureRange.minC',
    ],
    [
      'a range without its maximum',
      'EQUIPMENT_COLD_STORAGE',
      { temperatureRange: { minC: 0 } },
      'attributes.temperatureRange.maxC',
    ],
    [
      'a code in lower case',
      'WASTE_METALS',
      { material: { family: 'copper' } },
      'attributes.material.family',
    ],
    [
      'a value outside its list',
      'EQUIPMENT_COLD_STORAGE',
      { storage: 'CHILLED' },
      'attributes.storage',
    ],
    [
      'a category of animal by-products outside 1 to 3',
      'WASTE_ORGANIC_FOOD',
      { abpCategory: 4 },
      'attributes.abpCategory',
    ],
    [
      'a code among a list',
      'WASTE_ORGANIC_FOOD',
      { contains: ['MEAT', 'raw fish'] },
      'attributes.contains.1',
    ],
    ['a wrong type', 'ENERGY_WASTE_HEAT', { temperatureC: '28' }, 'attributes.temperatureC'],
  ])('refuses %s, naming its field', (_case, category, attributes, field) => {
    const checked = checkDeclarationAttributes(category, attributes);
    expect(checked).toEqual({ problem: { field, message: expect.any(String) } });
  });

  it('says what is wrong without repeating the field', () => {
    expect(
      checkDeclarationAttributes('EQUIPMENT_COLD_STORAGE', {
        temperatureRange: { minC: 4, maxC: 0 },
      }),
    ).toEqual({
      problem: { field: 'attributes.temperatureRange.minC', message: 'must not be above maxC' },
    });
    expect(checkDeclarationAttributes('WASTE_METALS', { alloy: 'CuZn' })).toEqual({
      problem: { field: 'attributes.alloy', message: 'is not a known attribute' },
    });
  });

  it.each([
    [
      'a machine type on a waste',
      'WASTE_METALS',
      { machineType: 'FORKLIFT' },
      'attributes.machineType',
      'MATERIALS_WASTE',
    ],
    [
      'a temperature on equipment',
      'EQUIPMENT_HANDLING',
      { temperatureC: 90 },
      'attributes.temperatureC',
      'EQUIPMENT',
    ],
    [
      'a skill on a service',
      'SERVICE_SECURITY_GUARDING',
      { skill: 'HGV_DRIVER' },
      'attributes.skill',
      'SERVICES',
    ],
    [
      'wood facts on heat',
      'ENERGY_HEAT',
      { wood: { treated: false } },
      'attributes.wood',
      'FLUIDS',
    ],
  ])(
    'refuses %s: the attribute does not apply to its theme',
    (_case, category, attributes, field, theme) => {
      expect(checkDeclarationAttributes(category, attributes)).toEqual({
        problem: { field, message: `does not apply to category ${category} (theme ${theme})` },
      });
    },
  );

  it('accepts every attribute on a category of each theme it applies to', () => {
    const representative = {
      SERVICES: 'SERVICE_SECURITY_GUARDING',
      EQUIPMENT: 'EQUIPMENT_HANDLING',
      MATERIALS_WASTE: 'WASTE_METALS',
      HR_ANIMATION: 'HR_RECRUITMENT',
      FLUIDS: 'ENERGY_WASTE_HEAT',
    } as const;
    const sample = {
      temperatureC: 60,
      heatPump: true,
      medium: 'HOT_WATER',
      pressureBar: 2,
      storage: 'COVERED',
      temperatureRange: { minC: -20, maxC: -18 },
      material: { family: 'COPPER', grade: 'Cu-ETP' },
      wood: { endOfWaste: true },
      potable: true,
      potableRequired: false,
      foodContact: true,
      contains: ['NICKEL'],
      abpCategory: 3,
      chemistry: 'LI_ION',
      use: 'FUEL',
      machineType: 'FORKLIFT',
      capacityT: 2.5,
      capacityPersons: 12,
      skill: 'PLC_AUTOMATION',
      job: 'HGV_DRIVER',
      provider: 'LICENSED_SECURITY_COMPANY',
      certified: ['CACES R489'],
      licensed: ['CNAPS'],
      requires: ['ICPE 2910-B'],
      currentRoute: 'RESIDUAL_DISPOSAL',
      collectorDistanceKm: 45,
    } as const;
    expect(Object.keys(sample).sort()).toEqual(
      Object.keys(declarationAttributesSchema.shape).sort(),
    );
    for (const [name, themes] of Object.entries(ATTRIBUTE_THEMES)) {
      const value = sample[name as keyof typeof sample];
      for (const theme of themes) {
        expect(checkDeclarationAttributes(representative[theme], { [name]: value })).toEqual({
          attributes: { [name]: value },
        });
      }
    }
  });

  describe('a waste’s route and collector today', () => {
    it('takes both on a waste offered', () => {
      const today = { currentRoute: 'RESIDUAL_DISPOSAL', collectorDistanceKm: 45 };
      expect(checkDeclarationAttributes('WASTE_CARDBOARD', today)).toEqual({ attributes: today });
    });

    it.each([
      ['a route outside its list', { currentRoute: 'LANDFILL' }, 'attributes.currentRoute'],
      ['a distance of zero', { collectorDistanceKm: 0 }, 'attributes.collectorDistanceKm'],
      ['a negative distance', { collectorDistanceKm: -5 }, 'attributes.collectorDistanceKm'],
      ['a distance above 1000 km', { collectorDistanceKm: 1001 }, 'attributes.collectorDistanceKm'],
    ])('refuses %s, naming its field', (_case, attributes, field) => {
      expect(checkDeclarationAttributes('WASTE_CARDBOARD', attributes)).toEqual({
        problem: { field, message: expect.any(String) },
      });
    });

    it.each([
      ['currentRoute', { currentRoute: 'SORTED_RECYCLING' }],
      ['collectorDistanceKm', { collectorDistanceKm: 12 }],
    ])('refuses %s on a material that is no waste', (name, attributes) => {
      expect(checkDeclarationAttributes('MATERIAL_PALLETS', attributes)).toEqual({
        problem: {
          field: `attributes.${name}`,
          message: 'applies to a waste only, and category MATERIAL_PALLETS is no waste',
        },
      });
    });

    it('refuses them on a theme other than materials and waste', () => {
      expect(checkDeclarationAttributes('ENERGY_WASTE_HEAT', { collectorDistanceKm: 12 })).toEqual({
        problem: {
          field: 'attributes.collectorDistanceKm',
          message: 'does not apply to category ENERGY_WASTE_HEAT (theme FLUIDS)',
        },
      });
    });
  });
});
