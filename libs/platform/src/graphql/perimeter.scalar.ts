import { GraphQLScalarType, valueFromASTUntyped, ValueNode } from 'graphql';
import { refuseScalarLiteral, refuseScalarValue } from './scalar-refusal';

/** [longitude, latitude], or with an altitude: a GeoJSON position (RFC 7946 §3.1.1). */
export type PerimeterPosition = number[];
export type PerimeterRing = PerimeterPosition[];

/** Why a value is not a perimeter (graphql-js puts it at the end of its own message). */
export const PERIMETER_REFUSAL = {
  EN: 'must be a GeoJSON Polygon or MultiPolygon with closed rings of [longitude, latitude] positions',
  FR: 'doit être un Polygon ou un MultiPolygon GeoJSON aux anneaux fermés de positions [longitude, latitude]',
};

function isPosition(value: unknown): value is PerimeterPosition {
  return (
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((coordinate) => typeof coordinate === 'number' && Number.isFinite(coordinate)) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90
  );
}

/** A non-empty array of `item`s; each is tested as it comes, so nesting is never recursed into. */
function isListOf<T>(value: unknown, item: (element: unknown) => element is T): value is T[] {
  return Array.isArray(value) && value.length > 0 && value.every(item);
}

const isRing = (value: unknown): value is PerimeterRing => isListOf(value, isPosition);
const isPolygon = (value: unknown): value is PerimeterRing[] => isListOf(value, isRing);

/**
 * The polygons of a GeoJSON Polygon or MultiPolygon, each its rings, or null when the value has
 * not that shape. Whether the rings close, cross or enclose an area is the owner's to check.
 */
export function perimeterPolygons(value: unknown): PerimeterRing[][] | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return isPolygon(coordinates) ? [coordinates] : null;
  if (type === 'MultiPolygon') return isListOf(coordinates, isPolygon) ? coordinates : null;
  return null;
}

function parsed(value: unknown): object {
  if (!perimeterPolygons(value)) refuseScalarValue(PERIMETER_REFUSAL);
  return value as object;
}

/**
 * `Perimeter`: an area's outline as a GeoJSON geometry (RFC 7946), a Polygon or a MultiPolygon
 * of [longitude, latitude] positions; anything else is refused while the request is read.
 */
export const PerimeterScalar = new GraphQLScalarType<object, object>({
  name: 'Perimeter',
  description:
    'A GeoJSON (RFC 7946) Polygon or MultiPolygon geometry: { type, coordinates } with [longitude, latitude] positions',
  serialize: (value) => value as object,
  parseValue: parsed,
  parseLiteral: (node: ValueNode, variables) => {
    const value = valueFromASTUntyped(node, variables);
    if (!perimeterPolygons(value)) refuseScalarLiteral(PERIMETER_REFUSAL);
    return value as object;
  },
});
