/** Mean Earth radius (IUGG, R1 = 6371.0088 km), the usual radius for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;

export const RADIANS = Math.PI / 180;
const KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS_KM * RADIANS;

/**
 * A bounding box is widened by this much so that rounding never drops a point lying exactly at
 * the reach; the exact great-circle check follows anyway.
 */
const BOX_MARGIN = 1.001;

/** Great-circle (haversine) distance in km. */
export function greatCircleKm(
  latitudeA: number,
  longitudeA: number,
  latitudeB: number,
  longitudeB: number,
): number {
  const dLat = (latitudeB - latitudeA) * RADIANS;
  const dLon = (longitudeB - longitudeA) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(latitudeA * RADIANS) * Math.cos(latitudeB * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The same distance of points given in radians with the cosine of their latitude, worked out
 * once per point: what a search computing millions of distances reads.
 */
export function haversineKm(
  latitudeA: number,
  longitudeA: number,
  cosLatitudeA: number,
  latitudeB: number,
  longitudeB: number,
  cosLatitudeB: number,
): number {
  const sinLat = Math.sin((latitudeB - latitudeA) / 2);
  const sinLon = Math.sin((longitudeB - longitudeA) / 2);
  const h = sinLat * sinLat + cosLatitudeA * cosLatitudeB * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface DegreeBox {
  readonly minLongitude: number;
  readonly minLatitude: number;
  readonly maxLongitude: number;
  readonly maxLatitude: number;
}

/**
 * A longitude/latitude box holding every point within `radiusKm` of a point. Longitudes are
 * widened with the cosine of the box's most polar latitude, where a degree is shortest. Does
 * not wrap across the antimeridian: the programme's territories are far from it.
 */
export function boxAround(latitude: number, longitude: number, radiusKm: number): DegreeBox {
  const dLat = (radiusKm / KM_PER_DEGREE_OF_LATITUDE) * BOX_MARGIN;
  const polarLatitude = Math.min(89.9, Math.abs(latitude) + dLat);
  const dLon = dLat / Math.cos(polarLatitude * RADIANS);
  return {
    minLongitude: longitude - dLon,
    minLatitude: latitude - dLat,
    maxLongitude: longitude + dLon,
    maxLatitude: latitude + dLat,
  };
}
