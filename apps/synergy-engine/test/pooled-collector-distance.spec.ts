import { randomUUID } from 'node:crypto';
import { waitFor } from '@symbiose/testing';
import type { DeclarationSnapshotV1 } from '@symbiose/contracts';
import { VEHICLES } from '../src/matching/impact-factors';
import { cardboardOf, envelope, wasteCollectionNeedOf, zoneSnapshot } from './engine-test-events';
import { firmNorthOf } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const POOLED_FIELDS = `tonnesPerYear collectorRoadKm avoidedCollectionKgCo2ePerYear
  streams { categoryCode roundVehicleClass collectorRoadKm collectionKgCo2ePerYearToday
    roundKgCo2ePerYear avoidedCollectionKgCo2ePerYear }`;

interface PooledCollection {
  collectorRoadKm: number;
  avoidedCollectionKgCo2ePerYear: number;
  [field: string]: unknown;
}

const VAN = VEHICLES.VAN.kgCo2PerTonneKm;
const RIGID = VEHICLES.RIGID_7_5T.kgCo2PerTonneKm;
const kg = (value: number) => Math.round(value * 100) / 100;

/**
 * Two firms pool their cardboard's collection: 12 t a year quarterly (3 t a trip, a 7.5 t rigid
 * truck, the round's vehicle) and 2 t monthly (a van). Then each declares its collector: the
 * first 5 km away, the second 45 km.
 */
describe('a pooled collection credits each member’s own declared collector leg', () => {
  let scenario: EngineScenario;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const firm = firmNorthOf(zone.zoneId, territory, '18.12Z');
  const [printer, binder] = [firm('Imprimerie du Lot', 0), firm('Reliure Cadurcienne', 0.5)];
  const printerCardboard = cardboardOf(printer.organizationId, 12, 'QUARTERLY');
  const binderCardboard = cardboardOf(binder.organizationId, 2, 'MONTHLY');

  beforeAll(async () => {
    scenario = await startEngineScenario('pooled-collector-distance', {
      zones: [zone],
      organizations: [printer, binder],
      declarations: [
        wasteCollectionNeedOf(printer.organizationId),
        wasteCollectionNeedOf(binder.organizationId),
        printerCardboard,
        binderCardboard,
      ],
    });
  });

  afterAll(() => scenario?.stop());

  async function pooledWhen(
    ready: (pooled: PooledCollection) => boolean,
  ): Promise<PooledCollection | undefined> {
    return waitFor(
      async () => {
        const response = await scenario.service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 10) {
             nodes { collectiveImpact { pooledCollection { ${POOLED_FIELDS} } } } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'COLLECTIVE' } },
        );
        return response.data?.synergies.nodes[0]?.collectiveImpact?.pooledCollection as
          PooledCollection | undefined;
      },
      (pooled) => pooled !== undefined && pooled !== null && ready(pooled),
      { timeoutMs: 20_000 },
    );
  }

  async function zonePooledSaving(): Promise<unknown> {
    const response = await scenario.service.gql(
      `query ($zone: [_Any!]!) { _entities(representations: $zone) {
         ... on Zone { potentialImpact { pooledCollectionAvoidedKgCo2ePerYear } } } }`,
      { zone: [{ __typename: 'Zone', id: zone.zoneId }] },
    );
    expect(response.errors).toBeUndefined();
    return response.data?._entities[0].potentialImpact.pooledCollectionAvoidedKgCo2ePerYear;
  }

  const declare = (
    waste: DeclarationSnapshotV1,
    attributes: DeclarationSnapshotV1['attributes'],
    minutes: number,
  ) => envelope('declaration.updated', { ...waste, attributes }, minutes);

  // Both at 20 km: today 12 × 20 × rigid + 2 × 20 × van; the round 14 × 20 × rigid.
  const byDefault = {
    collectionKgCo2ePerYearToday: kg(240 * RIGID + 40 * VAN),
    roundKgCo2ePerYear: kg(280 * RIGID),
  };
  let defaultSaving: number;

  it('charges every member’s leg to the default collector while none is declared', async () => {
    const pooled = await pooledWhen(() => true);
    defaultSaving = kg(byDefault.collectionKgCo2ePerYearToday - byDefault.roundKgCo2ePerYear);
    expect(pooled).toEqual({
      tonnesPerYear: 14,
      collectorRoadKm: 20,
      avoidedCollectionKgCo2ePerYear: defaultSaving,
      streams: [
        {
          categoryCode: 'WASTE_CARDBOARD',
          roundVehicleClass: 'RIGID_7_5T',
          collectorRoadKm: 20,
          ...byDefault,
          avoidedCollectionKgCo2ePerYear: defaultSaving,
        },
      ],
    });
    expect(defaultSaving).toBe(12.7);
  });

  it('takes each member’s declared distance for its own leg, and the round their tonne-km', async () => {
    await scenario.feed.deliver(
      declare(printerCardboard, { collectorDistanceKm: 5 }, 30),
      declare(binderCardboard, { collectorDistanceKm: 45 }, 31),
    );

    const pooled = await pooledWhen((p) => p.collectorRoadKm !== 20);
    // Today 12 × 5 × rigid + 2 × 45 × van; the round carries the same 150 t·km, 10.71 km for
    // its 14 t, in its 7.5 t rigid truck.
    const today = kg(60 * RIGID + 90 * VAN);
    const round = kg(150 * RIGID);
    expect(pooled).toEqual({
      tonnesPerYear: 14,
      collectorRoadKm: 10.71,
      avoidedCollectionKgCo2ePerYear: kg(today - round),
      streams: [
        {
          categoryCode: 'WASTE_CARDBOARD',
          roundVehicleClass: 'RIGID_7_5T',
          collectorRoadKm: 10.71,
          collectionKgCo2ePerYearToday: today,
          roundKgCo2ePerYear: round,
          avoidedCollectionKgCo2ePerYear: kg(today - round),
        },
      ],
    });
    // Only the van's tonnes change vehicle in the round: the saving moves by their 25 km
    // beyond the default at the van's factor less the truck's; the printer's 15 km nearer,
    // in the round's own vehicle, move today's leg and the round's alike.
    expect(pooled?.avoidedCollectionKgCo2ePerYear).toBe(28.56);
    expect((pooled?.avoidedCollectionKgCo2ePerYear as number) - defaultSaving).toBeCloseTo(
      2 * (45 - 20) * (VAN - RIGID),
      1,
    );
    expect(await zonePooledSaving()).toBe(28.56);
  });

  it('goes back to the default collector once the declarations drop their distance', async () => {
    await scenario.feed.deliver(
      declare(printerCardboard, {}, 40),
      declare(binderCardboard, {}, 41),
    );

    const pooled = await pooledWhen((p) => p.collectorRoadKm === 20);
    expect(pooled?.avoidedCollectionKgCo2ePerYear).toBe(defaultSaving);
    expect(await zonePooledSaving()).toBe(defaultSaving);
  });
});
