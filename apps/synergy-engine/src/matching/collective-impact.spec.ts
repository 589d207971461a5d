import { collectiveImpactOf, pooledCollectionOf, type PooledWaste } from './collective-impact';
import { VEHICLES } from './impact-factors';

const cardboard = (
  id: string,
  tonnesPerYear: number,
  tripsPerYear: number | null,
): PooledWaste => ({
  declarationId: id,
  categoryCode: 'WASTE_CARDBOARD',
  tonnesPerYear,
  tripsPerYear,
});

const pool = {
  collectiveNeedCode: 'WASTE_COLLECTION_REUSE' as const,
  memberCount: 3,
  combinedAnnualQuantity: 15,
  canonicalUnit: 't',
  quantityComplete: true,
};

describe('pooledCollectionOf', () => {
  it('replaces each member’s collections of a stream by one round, in the vehicle it needs', () => {
    // 12 t quarterly (3 t a trip: a 7.5 t rigid truck), 2 t and 1 t monthly (vans).
    const estimate = pooledCollectionOf([
      cardboard('a', 12, 4),
      cardboard('b', 2, 12),
      cardboard('c', 1, 12),
    ]);
    const van = VEHICLES.VAN.kgCo2PerTonneKm;
    const rigid = VEHICLES.RIGID_7_5T.kgCo2PerTonneKm;
    const today = 12 * 20 * rigid + 2 * 20 * van + 1 * 20 * van;
    expect(estimate).toEqual({
      tonnesPerYear: 15,
      collectorRoadKm: 20,
      collectionTripsAvoidedPerYear: 16,
      avoidedCollectionKgCo2ePerYear: 19.05,
      streams: [
        {
          categoryCode: 'WASTE_CARDBOARD',
          wasteCount: 3,
          tonnesPerYear: 15,
          collectionsPerYearToday: 28,
          roundTripsPerYear: 12,
          collectionTripsAvoidedPerYear: 16,
          roundVehicleClass: 'RIGID_7_5T',
          collectionKgCo2ePerYearToday: Math.round(today * 100) / 100,
          roundKgCo2ePerYear: Math.round(15 * 20 * rigid * 100) / 100,
          avoidedCollectionKgCo2ePerYear: 19.05,
        },
      ],
    });
  });

  it('pools each stream apart, as the law sorts them', () => {
    const estimate = pooledCollectionOf([
      cardboard('a', 1, 12),
      { ...cardboard('b', 1, 12), categoryCode: 'WASTE_WOOD' },
    ]);
    expect(estimate?.streams.map((s) => [s.categoryCode, s.collectionTripsAvoidedPerYear])).toEqual(
      [
        ['WASTE_CARDBOARD', 0],
        ['WASTE_WOOD', 0],
      ],
    );
    expect(estimate?.avoidedCollectionKgCo2ePerYear).toBe(0);
  });

  it('counts no trips for a stream with a member of unknown rhythm, and no smaller vehicle', () => {
    const [stream] =
      pooledCollectionOf([cardboard('a', 4, 52), cardboard('b', 4, null)])?.streams ?? [];
    expect(stream).toMatchObject({
      collectionsPerYearToday: null,
      roundTripsPerYear: null,
      collectionTripsAvoidedPerYear: null,
      roundVehicleClass: 'RIGID_19T',
    });
    // The van's member moves to the 19 t truck, whose factor per t·km is lower.
    expect(stream.avoidedCollectionKgCo2ePerYear).toBeGreaterThan(0);
  });

  it('has nothing to pool when B2B synergies take every tonne', () => {
    expect(pooledCollectionOf([cardboard('a', 0, 12)])).toBeNull();
  });
});

describe('collectiveImpactOf', () => {
  it('says what a pooled collection does not estimate', () => {
    const impact = collectiveImpactOf({ ...pool, pooledWaste: [cardboard('a', 1, 12)] });
    expect(impact.notEstimated).toEqual(['EUROS']);
    expect(impact.pooledCollection?.tonnesPerYear).toBe(1);
  });

  it('gives a shared guard the members’ hours, and not what pooling them saves', () => {
    const impact = collectiveImpactOf({
      ...pool,
      collectiveNeedCode: 'SECURITY',
      combinedAnnualQuantity: 900,
      canonicalUnit: 'h',
      pooledWaste: [],
    });
    expect(impact).toMatchObject({
      pooledCollection: null,
      serviceHoursPerYear: 900,
      notEstimated: ['EMISSIONS', 'HOURS_SAVED', 'EUROS'],
    });
  });

  it('estimates nothing for group purchasing, whose members declare no quantity', () => {
    const impact = collectiveImpactOf({
      ...pool,
      collectiveNeedCode: 'GROUP_PURCHASING',
      combinedAnnualQuantity: null,
      canonicalUnit: null,
      quantityComplete: false,
      pooledWaste: [],
    });
    expect(impact).toMatchObject({
      pooledCollection: null,
      serviceHoursPerYear: null,
      notEstimated: ['QUANTITY', 'EMISSIONS', 'EUROS'],
    });
  });
});
