import { Kind, parseValue } from 'graphql';
import { PerimeterScalar, perimeterPolygons } from './perimeter.scalar';

const SQUARE = [
  [1.44, 44.42],
  [1.45, 44.42],
  [1.45, 44.43],
  [1.44, 44.42],
];

describe('Perimeter, a GeoJSON Polygon or MultiPolygon', () => {
  it('takes a Polygon and a MultiPolygon, as variables and as literals', () => {
    const polygon = { type: 'Polygon', coordinates: [SQUARE] };
    const multi = { type: 'MultiPolygon', coordinates: [[SQUARE], [SQUARE]] };
    expect(PerimeterScalar.parseValue(polygon)).toBe(polygon);
    expect(perimeterPolygons(multi)).toEqual([[SQUARE], [SQUARE]]);
    const literal = parseValue(`{ type: "Polygon", coordinates: [${JSON.stringify(SQUARE)}] }`);
    expect(PerimeterScalar.parseLiteral(literal)).toEqual(polygon);
  });

  it.each([
    ['a point', { type: 'Point', coordinates: [1.44, 44.42] }],
    ['no rings', { type: 'Polygon', coordinates: [] }],
    ['a position out of range', { type: 'Polygon', coordinates: [[[190, 44], ...SQUARE]] }],
    ['text', '{"type":"Polygon"}'],
    ['a Polygon given a MultiPolygon’s nesting', { type: 'Polygon', coordinates: [[SQUARE]] }],
  ])('refuses %s as the client’s error', (_case, value) => {
    expect(() => PerimeterScalar.parseValue(value)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^must be a GeoJSON Polygon or MultiPolygon/),
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
      }),
    );
  });

  it('refuses a literal of another shape as any literal of the wrong type', () => {
    expect(() => PerimeterScalar.parseLiteral({ kind: Kind.STRING, value: 'x' })).toThrow(
      TypeError,
    );
  });
});
