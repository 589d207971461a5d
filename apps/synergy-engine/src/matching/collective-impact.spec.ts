import {
  collectiveImpactOf,
  pooledCollectionOf,
  pooledWasteOf,
  type PooledWaste,
} from './collective-impact';
import { VEHICLES } from './impact-factors';
import { declaration } from './matchable-declaration.fixture';

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
          collectorRoadKm: 20,
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

describe('a pooled collection of members who declared their collector’s distance', () => {
  const van = VEHICLES.VAN.kgCo2PerTonneKm;
  const rigid = VEHICLES.RIGID_7_5T.kgCo2PerTonneKm;
  const cents = (kg: number) => Math.round(kg * 100) / 100;
  const atKm = (waste: PooledWaste, collectorRoadKm: number): PooledWaste => ({
    ...waste,
    collectorRoadKm,
  });
  // 12 t quarterly (a 7.5 t rigid truck, the round's) and 2 t monthly (a van).
  const heavy = cardboard('a', 12, 4);
  const light = cardboard('b', 2, 12);
  const avoided = (wastes: PooledWaste[]) =>
    pooledCollectionOf(wastes)?.avoidedCollectionKgCo2ePerYear as number;

  it('charges each member’s leg to its own collector, and the round their tonne-km', () => {
    const estimate = pooledCollectionOf([atKm(heavy, 5), atKm(light, 45)]);
    // The round carries 12 × 5 + 2 × 45 = 150 t·km over 14 t: 10.71 km.
    expect(estimate).toMatchObject({ collectorRoadKm: 10.71, tonnesPerYear: 14 });
    expect(estimate?.streams[0]).toMatchObject({
      roundVehicleClass: 'RIGID_7_5T',
      collectorRoadKm: 10.71,
      collectionKgCo2ePerYearToday: cents(12 * 5 * rigid + 2 * 45 * van),
      roundKgCo2ePerYear: cents(150 * rigid),
    });
    // Only the van's tonnes change vehicle: its 25 km more than the default weigh that more.
    expect(avoided([atKm(heavy, 5), atKm(light, 45)]) - avoided([heavy, light])).toBeCloseTo(
      2 * (45 - 20) * (van - rigid),
      1,
    );
  });

  it('credits no nearer collector: a member in the round’s vehicle saves what it did', () => {
    const nearer = pooledCollectionOf([atKm(heavy, 5), light]);
    const byDefault = pooledCollectionOf([heavy, light]);
    expect(nearer?.streams[0].collectionKgCo2ePerYearToday).toBe(cents(12 * 5 * rigid + 40 * van));
    expect(nearer?.avoidedCollectionKgCo2ePerYear).toBeCloseTo(
      byDefault?.avoidedCollectionKgCo2ePerYear as number,
      1,
    );
  });

  it('takes the default distance for a member that declared none', () => {
    const estimate = pooledCollectionOf([atKm(heavy, 45), light]);
    // (12 × 45 + 2 × 20) ÷ 14
    expect(estimate?.collectorRoadKm).toBe(41.43);
    expect(estimate?.streams[0].collectionKgCo2ePerYearToday).toBe(
      cents(12 * 45 * rigid + 2 * 20 * van),
    );
  });

  it('weighs every stream’s members into the collection’s distance, each stream its own', () => {
    const wood = { ...atKm(light, 45), declarationId: 'w', categoryCode: 'WASTE_WOOD' };
    const estimate = pooledCollectionOf([atKm(heavy, 5), wood]);
    expect(estimate?.streams.map((stream) => stream.collectorRoadKm)).toEqual([5, 45]);
    expect(estimate?.collectorRoadKm).toBe(10.71);
    // Two streams of one member each: nothing pooled, nothing saved, wherever their collectors.
    expect(estimate?.avoidedCollectionKgCo2ePerYear).toBe(0);
  });

  it('reads the distance a waste’s declaration states, and none where it states none', () => {
    const waste = (id: string, attributes: { collectorDistanceKm?: number }) =>
      declaration({
        id,
        kind: 'RESOURCE',
        categoryCode: 'WASTE_CARDBOARD',
        annualQuantity: 3,
        canonicalUnit: 't',
        attributes,
      });
    expect(
      pooledWasteOf([waste('a', { collectorDistanceKm: 45 }), waste('b', {})]).map(
        (pooled) => pooled.collectorRoadKm,
      ),
    ).toEqual([45, null]);
  });
});

describe('collectiveImpactOf', () => {
  it('says what a pooled collection does not estimate', () => {
    const impact = collectiveImpactOf({ ...pool, pooledWaste: [cardboard('a', 1, 12)] });
    expect(impact.notEstimated).toEqual(['EUROS', 'SAVINGS']);
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
      notEstimated: ['EMISSIONS', 'HOURS_SAVED', 'EUROS', 'SAVINGS'],
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
      notEstimated: ['QUANTITY', 'EMISSIONS', 'EUROS', 'SAVINGS'],
    });
  });
});

describe('the euros of a collective synergy', () => {
  it('adds up the pooled streams’ disposal spend its members stated, and lists the others', () => {
    // 12 t at 95 € a tonne, 2 t at 110 €; the third member gave no cost.
    const impact = collectiveImpactOf({
      ...pool,
      pooledWaste: [
        { ...cardboard('a', 12, 4), disposalCostCentsPerUnit: 9_500 },
        { ...cardboard('b', 2, 12), disposalCostCentsPerUnit: 11_000 },
        cardboard('c', 1, 12),
      ],
    });
    expect(impact.euros).toMatchObject({
      spend: 'DISPOSAL',
      spendConcernedCents: 12 * 9_500 + 2 * 11_000,
      pricedDeclarationCount: 2,
      declarationsToConfirm: ['c'],
    });
    expect(impact.euros.summaryEn).toContain('2/3');
    expect(impact.notEstimated).toEqual(['SAVINGS']);
  });

  it('prices only the tonnes left to the pool once B2B synergies take theirs', () => {
    const impact = collectiveImpactOf({
      ...pool,
      pooledWaste: [
        { ...cardboard('a', 0, 4), disposalCostCentsPerUnit: 9_500 },
        { ...cardboard('b', 2, 12), disposalCostCentsPerUnit: 11_000 },
      ],
    });
    expect(impact.euros).toMatchObject({
      spendConcernedCents: 22_000,
      pricedDeclarationCount: 1,
      declarationsToConfirm: [],
    });
  });

  it('gives group purchasing’s members no spend without a quantity, and says whose', () => {
    const impact = collectiveImpactOf({
      ...pool,
      collectiveNeedCode: 'GROUP_PURCHASING',
      combinedAnnualQuantity: null,
      canonicalUnit: null,
      pooledWaste: [],
      memberPurchases: [
        { declarationId: 'n2', annualQuantity: null, purchasePriceCentsPerUnit: 5_000 },
        { declarationId: 'n1', annualQuantity: null, purchasePriceCentsPerUnit: null },
      ],
    });
    expect(impact.euros).toMatchObject({
      spend: 'PURCHASE',
      spendConcernedCents: null,
      declarationsToConfirm: ['n1', 'n2'],
    });
    expect(impact.euros.summaryFr).toContain('à confirmer');
  });

  it('adds up a shared service’s purchase at each member’s own price', () => {
    const impact = collectiveImpactOf({
      ...pool,
      collectiveNeedCode: 'SECURITY',
      combinedAnnualQuantity: 900,
      canonicalUnit: 'h',
      pooledWaste: [],
      memberPurchases: [
        { declarationId: 'g1', annualQuantity: 500, purchasePriceCentsPerUnit: 2_800 },
        { declarationId: 'g2', annualQuantity: 400, purchasePriceCentsPerUnit: 3_100 },
      ],
    });
    expect(impact.euros).toMatchObject({
      spend: 'PURCHASE',
      spendConcernedCents: 500 * 2_800 + 400 * 3_100,
      pricedDeclarationCount: 2,
    });
    expect(impact.notEstimated).toEqual(['EMISSIONS', 'HOURS_SAVED', 'SAVINGS']);
  });
});
