import type { CaseFirm } from '@symbiose/synergy-cases';

/** Half a kilometre or so of margin around the outermost firms, in degrees. */
const MARGIN_DEGREES = 0.005;

export interface ZonePlace {
  latitude: number;
  longitude: number;
  perimeter: { type: 'Polygon'; coordinates: [number, number][][] };
}

/** The centre and a square perimeter around the firms (all of them when none is in the zone). */
export function zonePlace(firms: readonly CaseFirm[]): ZonePlace {
  const inZone = firms.filter((firm) => firm.inZone !== false);
  const placed = inZone.length > 0 ? inZone : firms;
  const lats = placed.map((firm) => firm.lat);
  const lons = placed.map((firm) => firm.lon);
  const south = Math.min(...lats) - MARGIN_DEGREES;
  const north = Math.max(...lats) + MARGIN_DEGREES;
  const west = Math.min(...lons) - MARGIN_DEGREES;
  const east = Math.max(...lons) + MARGIN_DEGREES;
  const half = Math.max(north - south, east - west) / 2;
  const lat = (south + north) / 2;
  const lon = (west + east) / 2;
  const ring: [number, number][] = [
    [lon - half, lat - half],
    [lon + half, lat - half],
    [lon + half, lat + half],
    [lon - half, lat + half],
    [lon - half, lat - half],
  ];
  return { latitude: lat, longitude: lon, perimeter: { type: 'Polygon', coordinates: [ring] } };
}
