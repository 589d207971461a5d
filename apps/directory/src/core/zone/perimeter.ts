import area from '@turf/area';
import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PERIMETER_REFUSAL, perimeterPolygons } from '@symbiose/platform';

/**
 * A zone's perimeter: a GeoJSON Polygon or MultiPolygon of [longitude, latitude] positions
 * (RFC 7946), checked as a valid polygon (OGC simple features) before it is stored, since its
 * area goes into the zone's events and figures:
 * - every ring closed, of at least 4 positions, in range;
 * - no ring crossing itself or another ring (@turf/kinks);
 * - each polygon enclosing some area, its holes inside its outer ring.
 * A ring wound the wrong way is not refused, as RFC 7946 asks of readers: it is rewound, outer
 * rings counterclockwise and holes clockwise, before it is stored.
 */
export type Perimeter = Polygon | MultiPolygon;

/**
 * Most positions of a perimeter. Finding crossings compares every segment with every other:
 * 2,000 positions make 4 million pairs, tens of milliseconds; a business zone's outline drawn
 * from the land registry has a few hundred.
 */
export const MAX_PERIMETER_POSITIONS = 2000;

const SHAPE = PERIMETER_REFUSAL.EN;

type Ring = Position[];

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Twice the signed area of a ring in the plane of its coordinates: positive counterclockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

/** Whether a position lies inside a ring (ray casting). */
function isInside([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function ringProblem(ring: Ring, name: string): string | null {
  if (ring.length < 4) return `${name} must have at least 4 positions (got ${ring.length})`;
  if (!samePosition(ring[0], ring[ring.length - 1])) {
    return `${name} is not closed: its last position must repeat its first`;
  }
  return null;
}

function polygonProblem(rings: Ring[], name: string): string | null {
  // Flat in the plane of its coordinates, where RFC 7946 draws its edges, or on the sphere.
  if (signedArea(rings[0]) === 0 || area({ type: 'Polygon', coordinates: rings }) <= 0) {
    return `${name}encloses no area`;
  }
  const outside = rings.slice(1).findIndex((hole) => !isInside(hole[0], rings[0]));
  if (outside >= 0) return `${name}ring ${outside + 1} (a hole) lies outside ring 0`;
  return null;
}

/** Why a value is not a perimeter a zone can have, or null when it is one. */
export function perimeterProblem(value: unknown): string | null {
  const polygons = perimeterPolygons(value);
  if (!polygons) return SHAPE;
  const positions = polygons.flat().reduce((count, ring) => count + ring.length, 0);
  if (positions > MAX_PERIMETER_POSITIONS) {
    return `must have at most ${MAX_PERIMETER_POSITIONS} positions (got ${positions})`;
  }
  const nameOf = (index: number) => (polygons.length > 1 ? `polygon ${index}: ` : '');
  for (const [index, rings] of polygons.entries()) {
    for (const [ringIndex, ring] of rings.entries()) {
      const problem = ringProblem(ring, `${nameOf(index)}ring ${ringIndex}`);
      if (problem) return problem;
    }
  }
  const [crossing] = kinks(value as Perimeter).features;
  if (crossing) {
    return `must not cross itself (its edges cross at [${crossing.geometry.coordinates.join(', ')}])`;
  }
  for (const [index, rings] of polygons.entries()) {
    const problem = polygonProblem(rings, nameOf(index));
    if (problem) return problem;
  }
  return null;
}

/** A ring wound the way RFC 7946 asks: counterclockwise for an outer ring, else clockwise. */
function wound(ring: Ring, counterclockwise: boolean): Ring {
  return signedArea(ring) > 0 === counterclockwise ? ring : [...ring].reverse();
}

const woundPolygon = (rings: Ring[]): Ring[] =>
  rings.map((ring, index) => wound(ring, index === 0));

/** A valid perimeter with its rings wound as RFC 7946 asks. */
export function woundPerimeter(perimeter: Perimeter): Perimeter {
  if (perimeter.type === 'Polygon') {
    return { type: 'Polygon', coordinates: woundPolygon(perimeter.coordinates) };
  }
  return { type: 'MultiPolygon', coordinates: perimeter.coordinates.map(woundPolygon) };
}
