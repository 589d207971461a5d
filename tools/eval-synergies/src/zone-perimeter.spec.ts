import type { CaseFirm } from '@symbiose/synergy-cases';
import { zonePlace } from './zone-perimeter';

const firm = (ref: string, lat: number, lon: number, inZone?: boolean): CaseFirm => ({
  ref,
  name: ref,
  naf: '10.51A',
  lat,
  lon,
  ...(inZone === undefined ? {} : { inZone }),
});

describe('zonePlace', () => {
  it('draws a closed square around the in-zone firms only, centred on them', () => {
    const place = zonePlace([
      firm('a', 45.0, 3.0),
      firm('b', 45.02, 3.01),
      firm('far', 45.9, 3.3, false),
    ]);
    const ring = place.perimeter.coordinates[0];
    expect(ring[0]).toEqual(ring[4]);
    expect(place.latitude).toBeCloseTo(45.01, 6);
    expect(place.longitude).toBeCloseTo(3.005, 6);
    const lats = ring.map(([, lat]) => lat);
    expect(Math.max(...lats)).toBeLessThan(45.9);
    expect(Math.min(...lats)).toBeLessThan(45.0);
  });
});
