import area from '@turf/area';
import type { Polygon, Position } from 'geojson';
import { MAX_PERIMETER_POSITIONS, perimeterProblem, woundPerimeter } from './perimeter';

/** A square of `side` degrees at (x, y), counterclockwise. */
const square = (x: number, y: number, side: number): Position[] => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
  [x, y],
];

const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('a zone perimeter', () => {
  it('takes a polygon, with a hole inside it, and a multipolygon of two apart', () => {
    expect(perimeterProblem(polygon(square(1.4, 44.4, 0.1)))).toBeNull();
    expect(
      perimeterProblem(polygon(square(1.4, 44.4, 0.1), square(1.42, 44.42, 0.01).reverse())),
    ).toBeNull();
    expect(
      perimeterProblem({
        type: 'MultiPolygon',
        coordinates: [[square(1.4, 44.4, 0.1)], [square(1.6, 44.4, 0.1)]],
      }),
    ).toBeNull();
  });

  it.each([
    [
      'a bow tie',
      polygon([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
      'must not cross itself (its edges cross at [0.5, 0.5])',
    ],
    [
      'a hole crossing its outer ring',
      polygon(square(0, 0, 1), square(0.5, 0.5, 1)),
      'must not cross itself (its edges cross at [0.5, 1])',
    ],
    [
      'two polygons overlapping',
      { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(0.5, 0.5, 1)]] },
      'must not cross itself (its edges cross at [0.5, 1])',
    ],
    [
      'a line',
      polygon([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
      'encloses no area',
    ],
    [
      'a hole outside',
      polygon(square(0, 0, 1), square(5, 5, 1)),
      'ring 1 (a hole) lies outside ring 0',
    ],
    [
      'an open ring',
      polygon([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
      'ring 0 is not closed: its last position must repeat its first',
    ],
    [
      'a triangle of three positions',
      polygon([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
      'ring 0 must have at least 4 positions (got 3)',
    ],
    [
      'a position out of range',
      polygon([
        [0, 0],
        [200, 0],
        [1, 1],
        [0, 0],
      ]),
      expect.stringMatching(/^must be a GeoJSON Polygon/),
    ],
    [
      'a point',
      { type: 'Point', coordinates: [1, 44] },
      expect.stringMatching(/^must be a GeoJSON Polygon/),
    ],
    [
      'not a number',
      polygon([
        [0, 0],
        [Number.NaN, 0],
        [1, 1],
        [0, 0],
      ]),
      expect.stringMatching(/^must be a GeoJSON Polygon/),
    ],
  ])('refuses %s, saying why', (_, perimeter, problem) => {
    expect(perimeterProblem(perimeter)).toEqual(problem);
  });

  it('refuses a perimeter nested 5,000 levels deep without recursing into it', () => {
    let coordinates: unknown = [1, 44];
    for (let level = 0; level < 5000; level += 1) coordinates = [coordinates];
    expect(perimeterProblem({ type: 'Polygon', coordinates })).toMatch(
      /^must be a GeoJSON Polygon/,
    );
  });

  it(`refuses more than ${MAX_PERIMETER_POSITIONS} positions, before looking for crossings`, () => {
    const circle = Array.from({ length: MAX_PERIMETER_POSITIONS }, (_, i): Position => {
      const angle = (2 * Math.PI * i) / MAX_PERIMETER_POSITIONS;
      return [1.4 + 0.1 * Math.cos(angle), 44.4 + 0.1 * Math.sin(angle)];
    });
    const started = performance.now();
    expect(perimeterProblem(polygon([...circle.slice(0, -1), circle[0]]))).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
    expect(perimeterProblem(polygon([...circle, circle[0]]))).toBe(
      `must have at most ${MAX_PERIMETER_POSITIONS} positions (got ${MAX_PERIMETER_POSITIONS + 1})`,
    );
  });

  it('winds rings as RFC 7946 asks, whichever way they came, keeping the area', () => {
    const clockwise = polygon(square(0, 0, 1).reverse(), square(0.2, 0.2, 0.1));
    const wound = woundPerimeter(clockwise) as Polygon;
    expect(wound.coordinates).toEqual([square(0, 0, 1), square(0.2, 0.2, 0.1).reverse()]);
    expect(area(wound)).toBeCloseTo(area(clockwise));
    expect(woundPerimeter(wound)).toEqual(wound);
  });
});
