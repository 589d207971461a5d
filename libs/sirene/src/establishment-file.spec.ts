import {
  findHeadcountBand,
  HEADCOUNT_BANDS,
  isInHeadcountBand,
  lambert93ToWgs84,
  streetLine,
} from './establishment-file';

describe("INSEE's establishment file", () => {
  it('reads headcount bands, with their bounds and one number standing for each', () => {
    expect(findHeadcountBand('12')).toMatchObject({ min: 20, max: 49, representative: 35 });
    expect(findHeadcountBand('00')).toMatchObject({ min: 0, max: 0, representative: 0 });
    expect(findHeadcountBand('2')).toMatchObject({ code: '02', min: 3, max: 5 });
    expect(findHeadcountBand('53')).toMatchObject({ min: 10000, max: null, representative: 10000 });
    expect(findHeadcountBand('NN')).toBeUndefined();
    expect(findHeadcountBand('13')).toBeUndefined();
    for (const band of HEADCOUNT_BANDS) {
      expect(isInHeadcountBand(band.representative, band)).toBe(true);
    }
    expect(isInHeadcountBand(50, findHeadcountBand('12')!)).toBe(false);
  });

  it('writes a street line with the street type spelled out', () => {
    expect(streetLine({ number: '12', repetition: 'B', type: 'RTE', name: 'DE TOULOUSE' })).toBe(
      '12 B ROUTE DE TOULOUSE',
    );
    expect(streetLine({ type: 'ZI', name: 'DE CAHORS SUD' })).toBe(
      'ZONE INDUSTRIELLE DE CAHORS SUD',
    );
    expect(streetLine({ number: '3', type: 'XYZ', name: 'DU LOT' })).toBe('3 XYZ DU LOT');
  });

  it('turns Lambert-93 coordinates into latitude and longitude', () => {
    // The projection's origin and its central meridian, by definition.
    expect(lambert93ToWgs84(700000, 6600000)).toEqual({ latitude: 46.5, longitude: 3 });
    expect(lambert93ToWgs84(700000, 6300000)?.longitude).toBe(3);
    // Cahors: south-west of the origin.
    const cahors = lambert93ToWgs84(574000, 6371000)!;
    expect(cahors.latitude).toBeCloseTo(44.43, 1);
    expect(cahors.longitude).toBeCloseTo(1.42, 1);
    // Overseas coordinates are in other projections.
    expect(lambert93ToWgs84(-100000, 1800000)).toBeUndefined();
  });
});
