import { summariseNeeds } from './needs-summary';

describe('summariseNeeds', () => {
  it('gives zeros for every theme of a zone without declarations', () => {
    const summary = summariseNeeds([]);

    expect(summary).toMatchObject({ needCount: 0, resourceCount: 0, byCategory: [] });
    expect(summary.byTheme.map((theme) => theme.theme)).toEqual([
      'SERVICES',
      'EQUIPMENT',
      'MATERIALS_WASTE',
      'HR_ANIMATION',
      'FLUIDS',
    ]);
  });

  it('counts by theme and by category, most needs first, then by code', () => {
    const summary = summariseNeeds([
      { theme: 'MATERIALS_WASTE', categoryCode: 'WASTE_WOOD', kind: 'RESOURCE', count: 4 },
      { theme: 'MATERIALS_WASTE', categoryCode: 'WASTE_CARDBOARD', kind: 'NEED', count: 1 },
      { theme: 'MATERIALS_WASTE', categoryCode: 'WASTE_CARDBOARD', kind: 'RESOURCE', count: 2 },
      { theme: 'SERVICES', categoryCode: 'SERVICE_SECURITY_GUARDING', kind: 'NEED', count: 3 },
      { theme: 'FLUIDS', categoryCode: 'ENERGY_HEAT', kind: 'NEED', count: 1 },
    ]);

    expect(summary).toMatchObject({ needCount: 5, resourceCount: 6 });
    expect(summary.byTheme).toEqual([
      { theme: 'SERVICES', needCount: 3, resourceCount: 0 },
      { theme: 'EQUIPMENT', needCount: 0, resourceCount: 0 },
      { theme: 'MATERIALS_WASTE', needCount: 1, resourceCount: 6 },
      { theme: 'HR_ANIMATION', needCount: 0, resourceCount: 0 },
      { theme: 'FLUIDS', needCount: 1, resourceCount: 0 },
    ]);
    expect(
      summary.byCategory.map(({ categoryCode, needCount }) => [categoryCode, needCount]),
    ).toEqual([
      ['SERVICE_SECURITY_GUARDING', 3],
      ['ENERGY_HEAT', 1],
      ['WASTE_CARDBOARD', 1],
      ['WASTE_WOOD', 0],
    ]);
    expect(summary.byCategory[2]).toEqual({
      categoryCode: 'WASTE_CARDBOARD',
      labelFr: 'Cartons et emballages en papier-carton',
      theme: 'MATERIALS_WASTE',
      needCount: 1,
      resourceCount: 2,
    });
  });
});
