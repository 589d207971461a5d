import { randomUUID } from 'node:crypto';
import { waitFor } from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import { declarationOf, organizationSnapshot, zoneSnapshot } from './engine-test-events';
import { DEGREES_PER_KM, workedCardboardFlow, workedCopperFlow } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const IMPACT_FIELDS = `tonnesPerYear tripsPerYear tonnesPerTrip vehicleClass greatCircleKm roadKm
  transportKgCo2ePerYear materialFamily baselineRoute baselineRule collectorRoadKm
  avoidedCollectionKgCo2ePerYear avoidedTreatmentKgCo2ePerYear
  avoidedVirginMaterialKgCo2ePerYear netAvoidedKgCo2ePerYear`;

/**
 * The two flows docs/impact-method.md works by hand, as the API gives them: cardboard between
 * two firms of a Cahors Sud-like zone 3 km apart, and copper cable scrap to a metal recycler
 * 5 km away.
 */
describe('the impact method, worked by hand, against the API', () => {
  let service: TestService;
  let scenario: EngineScenario;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const otherZone = zoneSnapshot(territory, { name: 'Cahors Nord' });
  const { packager, shipper, cardboard, packagingNeed } = workedCardboardFlow(
    zone.zoneId,
    territory,
  );
  const { electrician, recycler, copperScrap, metalNeed } = workedCopperFlow(
    zone.zoneId,
    territory,
  );

  // One 3 t offer of plastic films and three firms needing 2 t each.
  const filmMaker = organizationSnapshot(zone.zoneId, territory, {
    name: 'Films du Causse',
    nafCode: '22.22Z',
    latitude: 44.43,
    longitude: 1.43,
  });
  // The third taker is in another zone of the territory.
  const filmTakers = [1, 2, 3].map((n) =>
    organizationSnapshot(n === 3 ? otherZone.zoneId : zone.zoneId, territory, {
      name: `Plasturgie ${n}`,
      nafCode: '22.29A',
      latitude: 44.43 + n * DEGREES_PER_KM,
      longitude: 1.43,
    }),
  );
  const films = declarationOf(filmMaker.organizationId, {
    categoryCode: 'WASTE_PLASTIC_FILMS',
    label: 'Films étirables',
    annualQuantity: 3,
    canonicalUnit: 't',
    frequency: 'MONTHLY',
    wasteCode: '150102',
  });
  const filmNeeds = filmTakers.map((taker) =>
    declarationOf(taker.organizationId, {
      kind: 'NEED',
      categoryCode: 'WASTE_PLASTIC_FILMS',
      label: 'Films à régénérer',
      annualQuantity: 2,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: null,
    }),
  );

  beforeAll(async () => {
    scenario = await startEngineScenario('impact-method', {
      zones: [zone, otherZone],
      organizations: [packager, shipper, electrician, recycler, filmMaker, ...filmTakers],
      declarations: [cardboard, packagingNeed, copperScrap, metalNeed, films, ...filmNeeds],
    });
    service = scenario.service;
  });

  afterAll(() => scenario?.stop());

  async function impactOf(resourceCategoryCode: string): Promise<Record<string, unknown>> {
    return waitFor(
      async () => {
        const response = await service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
             nodes { resourceCategoryCode impact { ${IMPACT_FIELDS} } } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
        );
        const nodes = (response.data?.synergies.nodes ?? []) as {
          resourceCategoryCode: string | null;
          impact: Record<string, unknown> | null;
        }[];
        return nodes.find((node) => node.resourceCategoryCode === resourceCategoryCode)?.impact;
      },
      (impact) => impact !== undefined && impact !== null,
      { timeoutMs: 20_000 },
    ) as Promise<Record<string, unknown>>;
  }

  it('gives the cardboard flow the figures of the worked example', async () => {
    expect(await impactOf('WASTE_CARDBOARD')).toEqual({
      tonnesPerYear: 10,
      tripsPerYear: 52,
      tonnesPerTrip: 0.192,
      vehicleClass: 'VAN',
      greatCircleKm: 3,
      roadKm: 3.9,
      transportKgCo2ePerYear: 41.65,
      materialFamily: 'PAPER_CARDBOARD',
      baselineRoute: 'SORTED_RECYCLING',
      baselineRule: expect.stringContaining('D543-281'),
      collectorRoadKm: 20,
      avoidedCollectionKgCo2ePerYear: 213.57,
      avoidedTreatmentKgCo2ePerYear: 0,
      avoidedVirginMaterialKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: 171.92,
    });
  });

  it('gives the copper flow its family from the waste code, and no credit the law already gives', async () => {
    expect(await impactOf('WASTE_METALS')).toEqual({
      tonnesPerYear: 2,
      tripsPerYear: 4,
      tonnesPerTrip: 0.5,
      vehicleClass: 'VAN',
      greatCircleKm: 5,
      roadKm: 6.5,
      transportKgCo2ePerYear: 13.88,
      materialFamily: 'COPPER',
      baselineRoute: 'SORTED_RECYCLING',
      baselineRule: expect.stringContaining('D543-281'),
      collectorRoadKm: 20,
      avoidedCollectionKgCo2ePerYear: 42.71,
      avoidedTreatmentKgCo2ePerYear: 0,
      avoidedVirginMaterialKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: 28.83,
    });
  });

  it('credits one resource shared by three needs once: their shares add up to it', async () => {
    // A recompute may run before the third need has arrived: wait for the three pairs.
    const pairs = await waitFor(
      async () => {
        const response = await service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
             nodes { resourceCategoryCode allocatedQuantity impact { tonnesPerYear } } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
        );
        return (
          (response.data?.synergies.nodes ?? []) as {
            resourceCategoryCode: string;
            allocatedQuantity: number;
            impact: { tonnesPerYear: number };
          }[]
        ).filter((node) => node.resourceCategoryCode === 'WASTE_PLASTIC_FILMS');
      },
      (found) => found.length === 3,
      { timeoutMs: 20_000 },
    );
    expect(pairs).toHaveLength(3);
    // Each pair alone would credit min(3, 2) = 2 t, 6 t in all; each is promised 3 × 2 / 6 = 1 t.
    expect(pairs.map((pair) => pair.impact.tonnesPerYear)).toEqual([1, 1, 1]);
    expect(pairs.map((pair) => pair.allocatedQuantity)).toEqual([1, 1, 1]);
  });

  it('adds up the zone’s synergies, each credited its allocated tonnes', async () => {
    await impactOf('WASTE_PLASTIC_FILMS');
    const response = await service.gql(
      `query ($zone: [_Any!]!) { _entities(representations: $zone) {
         ... on Zone { potentialImpact { synergyCount tonnesPerYear avoidedCollectionKgCo2ePerYear
           transportKgCo2ePerYear materialCreditKgCo2ePerYear netAvoidedKgCo2ePerYear } } } }`,
      { zone: [{ __typename: 'Zone', id: zone.zoneId }] },
    );
    expect(response.errors).toBeUndefined();
    // The sums of the synergies' own figures: cardboard 10 t (213.57 − 41.65 = 171.92), copper
    // 2 t (42.71 − 13.88 = 28.83), films 3 × 1 t at 1, 2 and 3 km (21.36 each, less 1.39, 2.78
    // and 4.16: 19.97, 18.58, 17.19). Each figure is rounded before it is added.
    expect(response.data?._entities).toEqual([
      {
        potentialImpact: {
          synergyCount: 5,
          tonnesPerYear: 15,
          avoidedCollectionKgCo2ePerYear: 320.36,
          transportKgCo2ePerYear: 63.86,
          materialCreditKgCo2ePerYear: 0,
          netAvoidedKgCo2ePerYear: 256.49,
        },
      },
    ]);
  });

  it('counts a synergy between two zones in each zone, and once in the territory', async () => {
    await impactOf('WASTE_PLASTIC_FILMS');
    const fields = `synergyCount tonnesPerYear netAvoidedKgCo2ePerYear`;
    const response = await service.gql(
      `query ($zones: [_Any!]!, $territoryId: ID!) {
         _entities(representations: $zones) { ... on Zone { potentialImpact { ${fields} } } }
         territoryPotentialImpact(territoryId: $territoryId) { ${fields} } }`,
      {
        zones: [zone, otherZone].map(({ zoneId }) => ({ __typename: 'Zone', id: zoneId })),
        territoryId: territory,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      _entities: [
        {
          potentialImpact: { synergyCount: 5, tonnesPerYear: 15, netAvoidedKgCo2ePerYear: 256.49 },
        },
        // The films at 3 km: 21.36 − 4.16.
        { potentialImpact: { synergyCount: 1, tonnesPerYear: 1, netAvoidedKgCo2ePerYear: 17.19 } },
      ],
      territoryPotentialImpact: {
        synergyCount: 5,
        tonnesPerYear: 15,
        netAvoidedKgCo2ePerYear: 256.49,
      },
    });
  });

  it('refuses a territory id that is no UUID, naming the field', async () => {
    const response = await service.gql(
      `{ territoryPotentialImpact(territoryId: "cahors") { synergyCount } }`,
    );
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'territoryId' },
    });
  });
});
