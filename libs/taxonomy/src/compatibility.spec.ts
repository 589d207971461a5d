import { ALL_CATEGORIES, findCategory } from './categories';
import {
  COMPATIBILITIES,
  STRENGTH_SCORES,
  compatibility,
  compatibleNeedCategories,
  compatibleResourceCategories,
  matchScore,
  type CompatibilityStrength,
} from './compatibility';

describe('compatibility table', () => {
  it('refers only to existing categories, offered on one side and needed on the other', () => {
    for (const entry of COMPATIBILITIES) {
      const resource = findCategory(entry.resourceCode);
      const need = findCategory(entry.needCode);
      expect([entry.resourceCode, resource?.declarationKinds]).toEqual([
        entry.resourceCode,
        expect.arrayContaining(['RESOURCE']),
      ]);
      expect([entry.needCode, need?.declarationKinds]).toEqual([
        entry.needCode,
        expect.arrayContaining(['NEED']),
      ]);
    }
  });

  it('holds each pair once, with a rationale in both languages and the score of its strength', () => {
    const pairs = COMPATIBILITIES.map((entry) => `${entry.resourceCode}>${entry.needCode}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const entry of COMPATIBILITIES) {
      expect(entry.rationaleFr.trim()).not.toBe('');
      expect(entry.rationaleEn.trim()).not.toBe('');
      expect(entry.score).toBe(STRENGTH_SCORES[entry.strength]);
      expect(entry.strength === 'SAME_CATEGORY').toBe(entry.resourceCode === entry.needCode);
    }
  });

  it('lets every category that can be both offered and needed meet itself', () => {
    for (const category of ALL_CATEGORIES) {
      const both = ['NEED', 'RESOURCE'].every((kind) =>
        (category.declarationKinds as readonly string[]).includes(kind),
      );
      expect([category.code, compatibility(category.code, category.code)?.strength]).toEqual([
        category.code,
        both ? 'SAME_CATEGORY' : undefined,
      ]);
    }
  });

  it('ranks same category above same family above substitute', () => {
    expect(STRENGTH_SCORES.SAME_CATEGORY).toBeGreaterThan(STRENGTH_SCORES.SAME_FAMILY);
    expect(STRENGTH_SCORES.SAME_FAMILY).toBeGreaterThan(STRENGTH_SCORES.SUBSTITUTE);
    expect(STRENGTH_SCORES.SUBSTITUTE).toBeGreaterThan(0);
    expect(STRENGTH_SCORES.SAME_CATEGORY).toBeLessThanOrEqual(1);
  });

  it.each<[string, string, CompatibilityStrength]>([
    ['WASTE_WOOD', 'MATERIAL_PALLETS', 'SAME_FAMILY'],
    ['WASTE_WOOD', 'WASTE_WOOD', 'SAME_CATEGORY'],
    ['MATERIAL_PALLETS', 'MATERIAL_PALLETS', 'SAME_CATEGORY'],
    ['ENERGY_WASTE_HEAT', 'ENERGY_HEAT', 'SAME_FAMILY'],
    ['ENERGY_STEAM', 'ENERGY_HEAT', 'SAME_FAMILY'],
    ['WASTE_ORGANIC_FOOD', 'MATERIAL_COMPOSTING_INPUTS', 'SAME_FAMILY'],
    ['WASTE_ORGANIC_FOOD', 'MATERIAL_METHANISATION_INPUTS', 'SAME_FAMILY'],
    ['WASTE_GREEN', 'MATERIAL_COMPOSTING_INPUTS', 'SAME_FAMILY'],
    ['WASTE_GREEN', 'MATERIAL_METHANISATION_INPUTS', 'SUBSTITUTE'],
    ['WASTE_CARDBOARD', 'MATERIAL_PACKAGING', 'SAME_FAMILY'],
    ['SERVICE_SECURITY_GUARDING', 'SERVICE_SECURITY_GUARDING', 'SAME_CATEGORY'],
    ['WATER_RAINWATER', 'WATER_IRRIGATION', 'SAME_FAMILY'],
    ['WATER_RAINWATER', 'WATER_PROCESS', 'SUBSTITUTE'],
    ['EQUIPMENT_STORAGE_SPACE', 'EQUIPMENT_STORAGE_SPACE', 'SAME_CATEGORY'],
    ['HR_SHARED_JOBS', 'HR_RECRUITMENT', 'SUBSTITUTE'],
    ['EQUIPMENT_MEETING_ROOMS', 'EQUIPMENT_MEETING_ROOMS', 'SAME_CATEGORY'],
  ])('lets a %s resource meet a %s need (%s)', (resource, need, strength) => {
    expect(compatibility(resource, need)?.strength).toBe(strength);
  });

  it.each([
    ['ENERGY_HEAT', 'ENERGY_WASTE_HEAT'],
    ['MATERIAL_COMPOSTING_INPUTS', 'WASTE_ORGANIC_FOOD'],
    ['HR_RECRUITMENT', 'HR_RECRUITMENT'],
    ['WATER_DRINKING', 'WATER_RAINWATER'],
    ['WASTE_CARDBOARD', 'WASTE_METALS'],
  ])('does not let a %s resource meet a %s need', (resource, need) => {
    expect(compatibility(resource, need)).toBeUndefined();
  });

  it('tells whether the quantities of a pair compare', () => {
    expect(compatibility('ENERGY_STEAM', 'ENERGY_HEAT')?.quantitiesComparable).toBe(true);
    expect(compatibility('WASTE_WOOD', 'MATERIAL_PALLETS')?.quantitiesComparable).toBe(false);
    for (const entry of COMPATIBILITIES) {
      const sameDimension =
        findCategory(entry.resourceCode)?.dimension === findCategory(entry.needCode)?.dimension;
      expect(entry.quantitiesComparable).toBe(sameDimension);
    }
  });
});

describe('compatibleNeedCategories and compatibleResourceCategories', () => {
  it('list the needs a resource meets, best first', () => {
    const needs = compatibleNeedCategories('WASTE_ORGANIC_FOOD').map((entry) => entry.needCode);
    expect(needs[0]).toBe('WASTE_ORGANIC_FOOD');
    expect(needs).toEqual(
      expect.arrayContaining(['MATERIAL_COMPOSTING_INPUTS', 'MATERIAL_METHANISATION_INPUTS']),
    );
    const scores = compatibleNeedCategories('WASTE_WOOD').map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('list the resources that meet a need, best first', () => {
    const resources = compatibleResourceCategories('ENERGY_HEAT').map(
      (entry) => entry.resourceCode,
    );
    expect(resources[0]).toBe('ENERGY_HEAT');
    expect(resources).toEqual(
      expect.arrayContaining(['ENERGY_WASTE_HEAT', 'ENERGY_STEAM', 'WASTE_WOOD']),
    );
    expect(resources.at(-1)).toBe('WASTE_WOOD');
  });

  it('list nothing for an unknown category', () => {
    expect(compatibleNeedCategories('NOT_A_CATEGORY')).toEqual([]);
    expect(compatibleResourceCategories('NOT_A_CATEGORY')).toEqual([]);
  });
});

describe('matchScore', () => {
  const cardboard = (wasteCode?: string) => ({ categoryCode: 'WASTE_CARDBOARD', wasteCode });

  it('scores the same category with the same waste code highest', () => {
    expect(matchScore(cardboard('150101'), cardboard('15 01 01'))).toBe(1);
    expect(matchScore(cardboard(), cardboard('150101'))).toBe(0.9);
    expect(matchScore(cardboard('150101'), cardboard('200101'))).toBe(0.8);
  });

  it('keeps the same category above the same family, whatever the waste codes', () => {
    const family = matchScore(cardboard('150101'), { categoryCode: 'MATERIAL_PACKAGING' });
    expect(family).toBe(0.7);
    expect(matchScore(cardboard('150101'), cardboard('200101'))).toBeGreaterThan(family);
    expect(
      matchScore(
        { categoryCode: 'WASTE_ORGANIC_FOOD', wasteCode: '200108' },
        { categoryCode: 'MATERIAL_COMPOSTING_INPUTS', wasteCode: '200108' },
      ),
    ).toBe(0.8);
  });

  it('scores incompatible categories 0', () => {
    expect(matchScore(cardboard('150101'), { categoryCode: 'WASTE_METALS' })).toBe(0);
  });
});
