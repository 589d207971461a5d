import { randomUUID } from 'node:crypto';
import { bearer, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import { RecomputeCollectivePools1766300000100 } from '../src/migrations/1766300000100-recompute-collective-pools';
import { RecomputeCollectiveSpend1766400000000 } from '../src/migrations/1766400000000-recompute-collective-spend';
import {
  cardboardOf,
  declarationOf,
  wasteCollectionNeedOf,
  zoneSnapshot,
} from './engine-test-events';
import { firmNorthOf } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const COLLECTIVE_IMPACT_FIELDS = `memberCount serviceHoursPerYear quantityComplete notEstimated
  euros { spend spendConcernedCents pricedDeclarationCount declarationsToConfirm }
  pooledCollection { tonnesPerYear collectorRoadKm collectionTripsAvoidedPerYear
    avoidedCollectionKgCo2ePerYear
    streams { categoryCode wasteCount tonnesPerYear collectionsPerYearToday roundTripsPerYear
      collectionTripsAvoidedPerYear roundVehicleClass collectionKgCo2ePerYearToday
      roundKgCo2ePerYear avoidedCollectionKgCo2ePerYear } }`;

/**
 * A zone where three firms pool their waste collection, one of them also selling part of its
 * wood to a panel maker nearby; two firms share a guard, two buy together. docs/impact-method.md
 * works the pooled collection by hand. Some members stated what their waste or their guard costs
 * them today, some did not.
 */
describe('the impact of collective synergies, against the API', () => {
  let service: TestService;
  let scenario: EngineScenario;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const firm = firmNorthOf(zone.zoneId, territory, '25.62B');
  const [quercy, lotoise, causse] = [
    firm('Cartonnages du Quercy', 0),
    firm('Mécanique Lotoise', 0.5),
    firm('Imprimerie du Causse', 1),
  ];
  const panelMaker = firm('Panneaux du Lot', 2);
  const [guarded, alsoGuarded] = [firm('Entrepôts Cadurciens', 1.5), firm('Transports Vidal', 1.2)];
  const [buyer, otherBuyer] = [firm('Menuiserie Sud', 0.8), firm('Garage du Parc', 0.3)];
  const sharedNeed = (
    organizationId: string,
    categoryCode: string,
    hours: number | null,
    purchasePriceCentsPerUnit?: number,
  ) =>
    declarationOf(organizationId, {
      kind: 'NEED',
      categoryCode,
      label: 'Besoin partagé',
      annualQuantity: hours,
      canonicalUnit: hours === null ? null : 'h',
      frequency: null,
      wasteCode: null,
      ...(purchasePriceCentsPerUnit ? { economics: { purchasePriceCentsPerUnit } } : {}),
    });
  // 95 € and 110 € a tonne of cardboard to be rid of today; the third firm said nothing.
  const unpricedCardboard = cardboardOf(causse.organizationId, 1, 'MONTHLY');
  // 28 € an hour of guarding today; the second firm said nothing.
  const unpricedGuard = sharedNeed(alsoGuarded.organizationId, 'SERVICE_SECURITY_GUARDING', 400);
  const declarations = [
    ...[quercy, lotoise, causse].map((o) => wasteCollectionNeedOf(o.organizationId)),
    cardboardOf(quercy.organizationId, 12, 'QUARTERLY', 9_500),
    cardboardOf(lotoise.organizationId, 2, 'MONTHLY', 11_000),
    unpricedCardboard,
    // 60 € a tonne of broken pallets to be rid of today.
    declarationOf(quercy.organizationId, {
      categoryCode: 'WASTE_WOOD',
      label: 'Palettes cassées',
      annualQuantity: 6,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: '150103',
      economics: { disposalCostCentsPerUnit: 6_000 },
    }),
    declarationOf(panelMaker.organizationId, {
      kind: 'NEED',
      categoryCode: 'WASTE_WOOD',
      label: 'Bois à broyer',
      annualQuantity: 4,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: null,
    }),
    sharedNeed(guarded.organizationId, 'SERVICE_SECURITY_GUARDING', 500, 2_800),
    unpricedGuard,
    sharedNeed(buyer.organizationId, 'SERVICE_GROUP_PURCHASING', null),
    sharedNeed(otherBuyer.organizationId, 'SERVICE_GROUP_PURCHASING', null),
  ];

  beforeAll(async () => {
    scenario = await startEngineScenario('collective-impact', {
      zones: [zone],
      organizations: [quercy, lotoise, causse, panelMaker, guarded, alsoGuarded, buyer, otherBuyer],
      declarations: declarations,
    });
    service = scenario.service;
  });

  afterAll(() => scenario?.stop());

  type Node = {
    kind: string;
    collectiveNeed: { code: string } | null;
    impact: { tonnesPerYear: number } | null;
    collectiveImpact: Record<string, unknown> | null;
  };

  async function synergies(): Promise<Node[]> {
    return waitFor(
      async () => {
        const response = await service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
             nodes { kind collectiveNeed { code } impact { tonnesPerYear }
               collectiveImpact { ${COLLECTIVE_IMPACT_FIELDS} } } } }`,
          { filter: { zoneId: zone.zoneId } },
        );
        return (response.data?.synergies.nodes ?? []) as Node[];
      },
      (nodes) => nodes.length === 4,
      { timeoutMs: 20_000 },
    );
  }

  const pooledBy = (nodes: Node[], code: string) =>
    nodes.find((node) => node.collectiveNeed?.code === code)?.collectiveImpact;

  it('gives a pooled collection its members’ tonnes and the collections one round saves', async () => {
    const nodes = await synergies();
    // Cardboard: 12 t quarterly (3 t a trip, a 7.5 t rigid truck), 2 t and 1 t monthly (vans):
    // 4 + 12 + 12 = 28 collections, one monthly round of 15 ÷ 12 = 1.25 t (the 7.5 t truck).
    // Today 12 × 20 × 0.750444 + 3 × 20 × 1.067826 = 244.18; the round 15 × 20 × 0.750444 =
    // 225.13. Of the 6 t of wood, the panel maker takes 4 t (a B2B synergy): the round carries
    // the other 2 t, one firm's, with nothing to pool.
    expect(pooledBy(nodes, 'WASTE_COLLECTION_REUSE')).toEqual({
      memberCount: 3,
      serviceHoursPerYear: null,
      quantityComplete: true,
      notEstimated: ['SAVINGS'],
      // What the members spend today to be rid of the pooled tonnes, at their own prices: 12 × 95
      // + 2 × 110 for the cardboard, and 60 € on the 2 t of wood left to the round (the panel
      // maker's 4 t are the B2B synergy's avoided disposal): 1140 + 220 + 120 = 1480 €.
      euros: {
        spend: 'DISPOSAL',
        spendConcernedCents: 148_000,
        pricedDeclarationCount: 3,
        declarationsToConfirm: [unpricedCardboard.declarationId],
      },
      pooledCollection: {
        tonnesPerYear: 17,
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
            collectionKgCo2ePerYearToday: 244.18,
            roundKgCo2ePerYear: 225.13,
            avoidedCollectionKgCo2ePerYear: 19.05,
          },
          {
            categoryCode: 'WASTE_WOOD',
            wasteCount: 1,
            tonnesPerYear: 2,
            collectionsPerYearToday: 12,
            roundTripsPerYear: 12,
            collectionTripsAvoidedPerYear: 0,
            roundVehicleClass: 'VAN',
            collectionKgCo2ePerYearToday: 42.71,
            roundKgCo2ePerYear: 42.71,
            avoidedCollectionKgCo2ePerYear: 0,
          },
        ],
      },
    });
    expect(nodes.find((node) => node.kind === 'B2B')?.collectiveImpact).toBeNull();
  });

  it('gives a shared guard its hours, and says what it does not estimate', async () => {
    const nodes = await synergies();
    expect(pooledBy(nodes, 'SECURITY')).toEqual({
      memberCount: 2,
      serviceHoursPerYear: 900,
      quantityComplete: true,
      notEstimated: ['EMISSIONS', 'HOURS_SAVED', 'SAVINGS'],
      // 500 h at 28 €; the other member's 400 h are to confirm.
      euros: {
        spend: 'PURCHASE',
        spendConcernedCents: 1_400_000,
        pricedDeclarationCount: 1,
        declarationsToConfirm: [unpricedGuard.declarationId],
      },
      pooledCollection: null,
    });
    expect(pooledBy(nodes, 'GROUP_PURCHASING')).toEqual({
      memberCount: 2,
      serviceHoursPerYear: null,
      quantityComplete: false,
      notEstimated: ['QUANTITY', 'EMISSIONS', 'EUROS', 'SAVINGS'],
      euros: {
        spend: 'PURCHASE',
        spendConcernedCents: null,
        pricedDeclarationCount: 0,
        declarationsToConfirm: declarations
          .filter((d) => d.categoryCode === 'SERVICE_GROUP_PURCHASING')
          .map((d) => d.declarationId)
          .sort(),
      },
      pooledCollection: null,
    });
  });

  it('shows a member no spend of the others', async () => {
    const response = await postGraphQL(
      service.app.getHttpServer(),
      `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 10) {
         nodes { collectiveNeed { code } collectiveImpact { serviceHoursPerYear euros { spend } } } } }`,
      { filter: { organizationId: guarded.organizationId } },
      bearer(await testToken('COMPANY_MEMBER', { organizationId: guarded.organizationId })),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.synergies.nodes).toEqual([
      {
        collectiveNeed: { code: 'SECURITY' },
        collectiveImpact: { serviceHoursPerYear: 900, euros: null },
      },
    ]);
  });

  it('adds collective synergies to the zone’s and territory’s totals, a tonne counted once', async () => {
    await synergies();
    const fields = `synergyCount tonnesPerYear avoidedCollectionKgCo2ePerYear transportKgCo2ePerYear
      netAvoidedKgCo2ePerYear organizationCount collectiveSynergyCount
      pooledCollectionTonnesPerYear collectionTripsAvoidedPerYear
      pooledCollectionAvoidedKgCo2ePerYear serviceHoursPerYear eurosSynergyCount
      avoidedDisposalCents collectiveSpendSynergyCount pooledDisposalSpendCents
      pooledPurchaseSpendCents`;
    const response = await service.gql(
      `query ($zone: [_Any!]!, $territoryId: ID!) {
         _entities(representations: $zone) { ... on Zone { potentialImpact { ${fields} } } }
         territoryPotentialImpact(territoryId: $territoryId) { ${fields} } }`,
      { zone: [{ __typename: 'Zone', id: zone.zoneId }], territoryId: territory },
    );
    expect(response.errors).toBeUndefined();
    // The panel maker takes 4 t of the 6 t of wood (by van, 2 km: 85.43 − 11.11 = 74.32): the
    // pooled collection carries the other 2 t, and the 15 t of cardboard (saving 19.05): 4 + 17
    // tonnes, each once. The firms: the wood's two, the collection's three, the guard's two.
    const totals = {
      synergyCount: 1,
      tonnesPerYear: 4,
      avoidedCollectionKgCo2ePerYear: 104.48,
      transportKgCo2ePerYear: 11.11,
      netAvoidedKgCo2ePerYear: 93.37,
      organizationCount: 6,
      collectiveSynergyCount: 2,
      pooledCollectionTonnesPerYear: 17,
      collectionTripsAvoidedPerYear: 16,
      pooledCollectionAvoidedKgCo2ePerYear: 19.05,
      serviceHoursPerYear: 900,
      // The wood pair's 4 t at 60 € of disposal avoided; the members' spend apart, never a
      // saving: the pooled collection's 1480 € and the guard's 14,000 €.
      eurosSynergyCount: 1,
      avoidedDisposalCents: 24_000,
      collectiveSpendSynergyCount: 2,
      pooledDisposalSpendCents: 148_000,
      pooledPurchaseSpendCents: 1_400_000,
    };
    expect(response.data).toEqual({
      _entities: [{ potentialImpact: totals }],
      territoryPotentialImpact: totals,
    });
  });

  it('gives the pool back the tonnes of a B2B synergy once it is dismissed', async () => {
    const woodPair = await service.gql(
      `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 10) { nodes { id } } }`,
      { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
    );
    const [{ id }] = woodPair.data?.synergies.nodes as { id: string }[];
    const dismissed = await service.gql(
      `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) { status } }`,
      { input: { id, to: 'DISMISSED', reasonCode: 'NOT_INTERESTED' } },
    );
    expect(dismissed.errors).toBeUndefined();
    const response = await service.gql(
      `query ($territoryId: ID!) { territoryPotentialImpact(territoryId: $territoryId) {
         synergyCount tonnesPerYear pooledCollectionTonnesPerYear pooledDisposalSpendCents } }`,
      { territoryId: territory },
    );
    // The 6 t of wood are all the round's again: 15 + 6, and their 360 € of disposal spend.
    expect(response.data?.territoryPotentialImpact).toEqual({
      synergyCount: 0,
      tonnesPerYear: 0,
      pooledCollectionTonnesPerYear: 21,
      pooledDisposalSpendCents: 172_000,
    });
    const pooled = pooledBy(await synergies(), 'WASTE_COLLECTION_REUSE') as {
      pooledCollection: { tonnesPerYear: number };
    };
    expect(pooled.pooledCollection.tonnesPerYear).toBe(21);
  });

  it.each([
    ['RecomputeCollectivePools', RecomputeCollectivePools1766300000100],
    ['RecomputeCollectiveSpend', RecomputeCollectiveSpend1766400000000],
  ])('gives a row stored before its pool its impact once %s asks for it', async (_, Migration) => {
    // As a release before pools left the rows: no pool in the rationale, another content hash.
    await service.dataSource.query(
      `UPDATE synergy SET rationale = (rationale::jsonb - 'pooled')::json,
         content_hash = 'stored before pools' WHERE kind = 'COLLECTIVE'`,
    );
    expect(pooledBy(await synergies(), 'SECURITY')).toBeNull();
    const runner = service.dataSource.createQueryRunner();
    try {
      await new Migration().up(runner);
    } finally {
      await runner.release();
    }
    const security = await waitFor(
      async () => pooledBy(await synergies(), 'SECURITY'),
      (impact) => impact !== null && impact !== undefined,
      { timeoutMs: 20_000 },
    );
    expect(security).toMatchObject({ serviceHoursPerYear: 900 });
    const pooled = pooledBy(await synergies(), 'WASTE_COLLECTION_REUSE') as {
      pooledCollection: { tonnesPerYear: number };
    };
    expect(pooled.pooledCollection.tonnesPerYear).toBe(21);
  });
});
