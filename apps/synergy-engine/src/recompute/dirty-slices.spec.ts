import {
  MAX_REMATCHED_DECLARATIONS,
  sliceName,
  sliceNamesToRecord,
  sliceOfName,
} from './dirty-slices';

describe('dirty slice names', () => {
  it('names a declaration of a B2B cluster, and reads it back', () => {
    const slice = { kind: 'B2B', cluster: 'WASTE_WOOD', declarationId: 'd-1' } as const;
    expect(sliceName(slice)).toBe('b2b:WASTE_WOOD:d-1');
    expect(sliceOfName('b2b:WASTE_WOOD:d-1')).toEqual(slice);
    expect(sliceOfName('b2b:WASTE_WOOD')).toEqual({ kind: 'B2B', cluster: 'WASTE_WOOD' });
  });

  it('records a cluster whole once more declarations name it than a rematch takes', () => {
    const many = Array.from(
      { length: MAX_REMATCHED_DECLARATIONS + 1 },
      (_, n) => `b2b:ENERGY_HEAT:d-${n}`,
    );
    const few = ['b2b:WASTE_WOOD:d-1', 'b2b:WASTE_WOOD:d-2', 'b2b:WASTE_WOOD:d-1'];
    expect(sliceNamesToRecord([...many, ...few, 'trade:FOOD_CATERING', 'all'])).toEqual([
      'all',
      'b2b:ENERGY_HEAT',
      'b2b:WASTE_WOOD:d-1',
      'b2b:WASTE_WOOD:d-2',
      'trade:FOOD_CATERING',
    ]);
    expect(sliceNamesToRecord(many.slice(1))).toHaveLength(MAX_REMATCHED_DECLARATIONS);
  });
});
