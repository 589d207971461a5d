import { tooDeeplyNested } from './variables-depth.plugin';

function nestedList(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
}

describe('tooDeeplyNested', () => {
  it('lets variables within the depth through', () => {
    const multiPolygon = { type: 'MultiPolygon', coordinates: nestedList(4) };
    expect(tooDeeplyNested({ input: { perimeter: multiPolygon } }, 7)).toBeNull();
    expect(tooDeeplyNested({}, 0)).toBeNull();
  });

  it("names the field of the argument that nests too deep, as validation names an input's fields", () => {
    const deep = { type: 'Polygon', coordinates: nestedList(5000) };
    expect(tooDeeplyNested({ input: { name: 'x', perimeter: deep } }, 64)).toBe('perimeter');
  });

  it('names the variable itself when it is the list nested too deep', () => {
    expect(tooDeeplyNested({ representations: nestedList(100_000) }, 64)).toBe('representations');
  });
});
