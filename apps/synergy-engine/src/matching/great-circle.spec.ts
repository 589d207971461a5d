import { boxAround, greatCircleKm } from './great-circle';

describe('great-circle distance', () => {
  it('measures Cahors to Toulouse as about 94 km and a point to itself as 0', () => {
    // Cahors (44.4475 N, 1.4419 E) to Toulouse Capitole (43.6045 N, 1.4440 E): 0.843° of latitude.
    expect(greatCircleKm(44.4475, 1.4419, 43.6045, 1.444)).toBeCloseTo(93.74, 0);
    expect(greatCircleKm(44.4475, 1.4419, 44.4475, 1.4419)).toBe(0);
  });

  it('boxes every point within the radius, east-west included', () => {
    const box = boxAround(44.4475, 1.4419, 30);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const angle = (bearing * Math.PI) / 180;
      const dLat = ((30 * Math.cos(angle)) / 6371.0088) * (180 / Math.PI);
      const dLon =
        ((30 * Math.sin(angle)) / (6371.0088 * Math.cos((44.4475 * Math.PI) / 180))) *
        (180 / Math.PI);
      const [lat, lon] = [44.4475 + dLat * 0.999, 1.4419 + dLon * 0.999];
      expect(lon).toBeGreaterThanOrEqual(box.minLongitude);
      expect(lon).toBeLessThanOrEqual(box.maxLongitude);
      expect(lat).toBeGreaterThanOrEqual(box.minLatitude);
      expect(lat).toBeLessThanOrEqual(box.maxLatitude);
    }
  });
});
