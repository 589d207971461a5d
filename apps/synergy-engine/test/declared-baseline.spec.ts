import { randomUUID } from 'node:crypto';
import { waitFor } from '@symbiose/testing';
import type { DeclarationSnapshotV1 } from '@symbiose/contracts';
import { envelope, zoneSnapshot } from './engine-test-events';
import { workedCopperFlow } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const IMPACT_FIELDS = `tonnesPerYear vehicleClass roadKm transportKgCo2ePerYear materialFamily
  baselineRoute baselineRule collectorRoadKm avoidedCollectionKgCo2ePerYear
  avoidedTreatmentKgCo2ePerYear avoidedVirginMaterialKgCo2ePerYear netAvoidedKgCo2ePerYear`;

interface Impact {
  baselineRoute: string;
  collectorRoadKm: number;
  [field: string]: unknown;
}

/**
 * 2 t of copper cable scrap a year, quarterly (0.5 t a trip: a van at 1.067826 kg CO2/t·km),
 * 5 km from a recycler (6.5 road km: 13.88 kg a year charged), first as the interview left it
 * without its route today, then as its firm declared it: with the residual waste, its
 * collector 45 km away.
 */
describe('a waste’s declared route and collector distance, in its synergy’s impact', () => {
  let scenario: EngineScenario;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const { electrician, recycler, copperScrap, metalNeed } = workedCopperFlow(
    zone.zoneId,
    territory,
  );

  beforeAll(async () => {
    scenario = await startEngineScenario('declared-baseline', {
      zones: [zone],
      organizations: [electrician, recycler],
      declarations: [copperScrap, metalNeed],
    });
  });

  afterAll(() => scenario?.stop());

  async function impactWhen(ready: (impact: Impact) => boolean): Promise<Impact | undefined> {
    return waitFor(
      async () => {
        const response = await scenario.service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 10) {
             nodes { impact { ${IMPACT_FIELDS} } } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
        );
        return response.data?.synergies.nodes[0]?.impact as Impact | undefined;
      },
      (impact) => impact !== undefined && impact !== null && ready(impact),
      { timeoutMs: 20_000 },
    );
  }

  async function zoneTotals(): Promise<unknown> {
    const response = await scenario.service.gql(
      `query ($zone: [_Any!]!) { _entities(representations: $zone) {
         ... on Zone { potentialImpact { avoidedCollectionKgCo2ePerYear
           materialCreditKgCo2ePerYear netAvoidedKgCo2ePerYear } } } }`,
      { zone: [{ __typename: 'Zone', id: zone.zoneId }] },
    );
    expect(response.errors).toBeUndefined();
    return response.data?._entities[0].potentialImpact;
  }

  const declare = (attributes: DeclarationSnapshotV1['attributes'], minutes: number) =>
    scenario.feed.deliver(envelope('declaration.updated', { ...copperScrap, attributes }, minutes));

  const UNCHANGED = {
    tonnesPerYear: 2,
    vehicleClass: 'VAN',
    roadKm: 6.5,
    transportKgCo2ePerYear: 13.88,
    materialFamily: 'COPPER',
    avoidedTreatmentKgCo2ePerYear: 0,
  };

  it('weighs a waste of no declared route against the law’s route and a 20 km collector', async () => {
    expect(await impactWhen(() => true)).toEqual({
      ...UNCHANGED,
      baselineRoute: 'SORTED_RECYCLING',
      baselineRule: expect.stringContaining('D543-281'),
      collectorRoadKm: 20,
      // 2 t × 20 km × 1.067826
      avoidedCollectionKgCo2ePerYear: 42.71,
      avoidedVirginMaterialKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: 28.83,
    });
  });

  it('weighs it against residual disposal and a 45 km collector once declared so', async () => {
    await declare({ currentRoute: 'RESIDUAL_DISPOSAL', collectorDistanceKm: 45 }, 30);

    expect(await impactWhen((impact) => impact.collectorRoadKm === 45)).toEqual({
      ...UNCHANGED,
      baselineRoute: 'RESIDUAL_DISPOSAL',
      baselineRule: expect.stringMatching(/^Declared in the interview: .*residual waste/),
      collectorRoadKm: 45,
      // 2 t × 45 km × 1.067826
      avoidedCollectionKgCo2ePerYear: 96.1,
      // copper's virgin less recycled production, 1445 − 1304 = 141 kg a tonne, on 2 t
      avoidedVirginMaterialKgCo2ePerYear: 282,
      // 96.10 + 282 − 13.88
      netAvoidedKgCo2ePerYear: 364.22,
    });
    expect(await zoneTotals()).toEqual({
      avoidedCollectionKgCo2ePerYear: 96.1,
      materialCreditKgCo2ePerYear: 282,
      netAvoidedKgCo2ePerYear: 364.22,
    });
  });

  it('keeps a declared route the law would not have, and goes back to the law’s without one', async () => {
    await declare({ currentRoute: 'OTHER_COLLECTION' }, 40);
    expect(await impactWhen((impact) => impact.baselineRoute === 'OTHER_COLLECTION')).toMatchObject(
      {
        collectorRoadKm: 20,
        avoidedVirginMaterialKgCo2ePerYear: 0,
        netAvoidedKgCo2ePerYear: 28.83,
      },
    );

    await declare({}, 50);
    expect(await impactWhen((impact) => impact.baselineRoute === 'SORTED_RECYCLING')).toMatchObject(
      { baselineRule: expect.stringContaining('D543-281'), collectorRoadKm: 20 },
    );
    expect(await zoneTotals()).toEqual({
      avoidedCollectionKgCo2ePerYear: 42.71,
      materialCreditKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: 28.83,
    });
  });
});
