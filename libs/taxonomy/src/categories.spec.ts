import { ALL_CATEGORIES, categoriesOfTheme, findCategory, isCategoryCode } from './categories';
import type { Dimension } from './dimensions';
import { THEMES } from './themes';
import { findWasteCode, isWasteCode } from './waste-codes';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

function dimensionOf(code: string): Dimension | undefined {
  return findCategory(code)?.dimension;
}

describe('categories', () => {
  it('have unique UPPER_SNAKE codes', () => {
    const codes = ALL_CATEGORIES.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(UPPER_SNAKE);
  });

  it('give every theme categories, and every category one theme', () => {
    for (const theme of THEMES) expect(categoriesOfTheme(theme).length).toBeGreaterThan(0);
    const perTheme = THEMES.reduce((sum, theme) => sum + categoriesOfTheme(theme).length, 0);
    expect(perTheme).toBe(ALL_CATEGORIES.length);
  });

  it('have French and English labels and at least one kind of declaration', () => {
    for (const category of ALL_CATEGORIES) {
      expect(category.labelFr.trim()).not.toBe('');
      expect(category.labelEn.trim()).not.toBe('');
      expect(category.declarationKinds.length).toBeGreaterThan(0);
    }
  });

  it('mark as waste exactly the categories with waste codes, all weighed, all MATERIALS_WASTE', () => {
    for (const category of ALL_CATEGORIES) {
      expect(category.isWaste).toBe(category.wasteCodes.length > 0);
      if (category.isWaste) {
        expect([category.code, category.dimension]).toEqual([category.code, 'MASS']);
        expect([category.code, category.theme]).toEqual([category.code, 'MATERIALS_WASTE']);
      }
    }
  });

  it('list only waste codes that exist in the European list, six digits, once each', () => {
    for (const category of ALL_CATEGORIES) {
      expect(new Set(category.wasteCodes).size).toBe(category.wasteCodes.length);
      const unknown = category.wasteCodes.filter((code) => !isWasteCode(code));
      expect([category.code, unknown]).toEqual([category.code, []]);
    }
  });

  it('cover the usual material flows of a business park with the expected waste codes', () => {
    const expectations: Record<string, string[]> = {
      WASTE_CARDBOARD: ['150101', '200101'],
      WASTE_PAPER: ['200101', '030308'],
      WASTE_PLASTIC_FILMS: ['150102', '020104', '170203', '200139'],
      WASTE_PLASTICS_OTHER: ['150102', '200139'],
      WASTE_WOOD: ['150103', '170201', '200138', '030105'],
      WASTE_METALS: ['150104', '170401', '170405', '170407', '200140', '120101', '120104'],
      WASTE_ORGANIC_FOOD: ['200108', '200302', '020304', '020501', '020601', '020704'],
      WASTE_GREEN: ['200201'],
      WASTE_INERT: ['170101', '170102', '170103', '170107', '170504', '170904'],
      WASTE_USED_OILS: ['130205', '130206', '130208', '130110'],
      WASTE_SOLVENTS: ['140602', '140603', '070104'],
      WASTE_BATTERIES: ['160601', '160602', '160604', '160605', '200133', '200134'],
      WASTE_WEEE: ['160213', '160214', '200135', '200136'],
    };
    for (const [code, wasteCodes] of Object.entries(expectations)) {
      expect(findCategory(code)?.wasteCodes).toEqual(expect.arrayContaining(wasteCodes));
    }
  });

  it('keep hazardous categories to hazardous codes where the list has no mirror', () => {
    for (const code of ['WASTE_USED_OILS', 'WASTE_SOLVENTS']) {
      const hazards = findCategory(code)?.wasteCodes.map((w) => findWasteCode(w)?.hazardous);
      expect(hazards?.every(Boolean)).toBe(true);
    }
  });

  it('cover fluids, equipment and HR with dimensions that make sense', () => {
    const expected: Record<string, Dimension> = {
      ENERGY_ELECTRICITY: 'ENERGY',
      ENERGY_HEAT: 'ENERGY',
      ENERGY_WASTE_HEAT: 'ENERGY',
      ENERGY_STEAM: 'ENERGY',
      FLUID_COMPRESSED_AIR: 'VOLUME',
      WATER_DRINKING: 'VOLUME',
      WATER_RAINWATER: 'VOLUME',
      WATER_PROCESS: 'VOLUME',
      WATER_IRRIGATION: 'VOLUME',
      EQUIPMENT_HANDLING: 'TIME',
      EQUIPMENT_VEHICLES: 'TIME',
      EQUIPMENT_MEETING_ROOMS: 'TIME',
      EQUIPMENT_MACHINES: 'TIME',
      EQUIPMENT_STORAGE_SPACE: 'COUNT',
      EQUIPMENT_COLD_STORAGE: 'COUNT',
      HR_SHARED_JOBS: 'TIME',
      HR_TRAINING: 'TIME',
      HR_RECRUITMENT: 'COUNT',
      HR_SHARED_JOB_ADS: 'NONE',
      SERVICE_SECURITY_GUARDING: 'TIME',
      SERVICE_ZONE_SIGNAGE: 'NONE',
    };
    for (const [code, dimension] of Object.entries(expected)) {
      expect([code, dimensionOf(code)]).toEqual([code, dimension]);
    }
  });

  it('keep services to TIME or NONE, except catering, counted in meals', () => {
    for (const category of categoriesOfTheme('SERVICES')) {
      if (category.code === 'SERVICE_INTER_COMPANY_CATERING') continue;
      expect(['TIME', 'NONE']).toContain(category.dimension);
    }
  });

  it('find a category by its code, and nothing for an unknown one', () => {
    expect(findCategory('WASTE_CARDBOARD')).toMatchObject({
      theme: 'MATERIALS_WASTE',
      labelFr: 'Cartons et emballages en papier-carton',
      isWaste: true,
    });
    expect(findCategory('SERVICE_SECURITY_GUARDING')?.theme).toBe('SERVICES');
    expect(findCategory('waste_cardboard')).toBeUndefined();
    expect(isCategoryCode('WASTE_CARDBOARD')).toBe(true);
    expect(isCategoryCode('NOT_A_CATEGORY')).toBe(false);
  });

  it('make need-only and resource-only categories explicit', () => {
    expect(findCategory('ENERGY_WASTE_HEAT')?.declarationKinds).toEqual(['RESOURCE']);
    expect(findCategory('HR_RECRUITMENT')?.declarationKinds).toEqual(['NEED']);
    expect(findCategory('MATERIAL_COMPOSTING_INPUTS')?.declarationKinds).toEqual(['NEED']);
    expect(findCategory('WASTE_CARDBOARD')?.declarationKinds).toEqual(['NEED', 'RESOURCE']);
  });

  it('are frozen, so no service can alter the shared taxonomy', () => {
    const cardboard = findCategory('WASTE_CARDBOARD');
    expect(Object.isFrozen(ALL_CATEGORIES)).toBe(true);
    expect(Object.isFrozen(cardboard)).toBe(true);
    expect(Object.isFrozen(cardboard?.wasteCodes)).toBe(true);
  });
});
