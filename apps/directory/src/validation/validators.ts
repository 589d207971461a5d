import { Matches } from 'class-validator';
import { predicateValidator } from '@symbiose/platform';
import { isNafCode, isValidSiret } from '@symbiose/sirene';

export const IsSiret = predicateValidator(
  'isSiret',
  (value) => typeof value === 'string' && isValidSiret(value),
  'must be a SIRET: 14 digits with a valid Luhn key',
);

/** A partner body's id, as its tokens name it: syded-lot, cci-lot … */
export const IsPartnerId = () =>
  Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    message: 'must be 2 to 63 lowercase letters, digits and dashes',
  });

export const IsNafCode = predicateValidator(
  'isNafCode',
  (value) => typeof value === 'string' && isNafCode(value),
  'must be a NAF rev. 2 sub-class code of the official list, e.g. 49.41A',
);

/** A GeoJSON Polygon or MultiPolygon whose positions are [longitude, latitude] in range. */
export const IsPerimeter = predicateValidator(
  'isPerimeter',
  isPolygonGeometry,
  'must be a GeoJSON Polygon or MultiPolygon with closed rings of [longitude, latitude] positions',
);

function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

function isClosedRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return false;
  const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  return first[0] === last[0] && first[1] === last[1];
}

const isPolygonRings = (rings: unknown) =>
  Array.isArray(rings) && rings.length > 0 && rings.every(isClosedRing);

export function isPolygonGeometry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return isPolygonRings(coordinates);
  if (type === 'MultiPolygon') {
    return (
      Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPolygonRings)
    );
  }
  return false;
}
