import { randomUUID } from 'node:crypto';
import { bearer, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import { declarationOf, organizationSnapshot, zoneSnapshot } from './engine-test-events';
import { DEGREES_PER_KM, workedCardboardFlow } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const EURO_FIELDS = `avoidedDisposalCents avoidedPurchaseCents supplierRevenueCents
  annualSavingsCents investmentCents paybackYears toConfirm`;

/**
 * The cardboard flow of docs/impact-method.md, whose two firms gave their figures, and a flow of
 * plastic films whose firms gave none: euros at the firms' own figures, and nothing invented.
 */
describe('the euros of a synergy, at the figures its firms gave', () => {
  let service: TestService;
  let scenario: EngineScenario;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const { packager, shipper, cardboard, packagingNeed } = workedCardboardFlow(
    zone.zoneId,
    territory,
  );
  const filmMaker = organizationSnapshot(zone.zoneId, territory, {
    name: 'Films du Causse',
    nafCode: '22.22Z',
    latitude: 44.43,
    longitude: 1.43,
  });
  const filmTaker = organizationSnapshot(zone.zoneId, territory, {
    name: 'Plasturgie du Lot',
    nafCode: '22.29A',
    latitude: 44.43 + 2 * DEGREES_PER_KM,
    longitude: 1.43,
  });
  const declarations = [
    // 90 € a tonne to be rid of it today, 20 € a tonne asked; 500 € for a baler.
    {
      ...cardboard,
      economics: {
        disposalCostCentsPerUnit: 9_000,
        salePriceCentsPerUnit: 2_000,
        investmentCents: 50_000,
      },
    },
    // 850 € a tonne of packaging bought today; 1500 € of racks to store the cardboard.
    {
      ...packagingNeed,
      economics: { purchasePriceCentsPerUnit: 85_000, investmentCents: 150_000 },
    },
    declarationOf(filmMaker.organizationId, {
      categoryCode: 'WASTE_PLASTIC_FILMS',
      label: 'Films étirables',
      annualQuantity: 3,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: '150102',
    }),
    // A second taker of the cardboard, with no figure of its own: the baler serves both.
    declarationOf(filmTaker.organizationId, {
      kind: 'NEED',
      categoryCode: 'WASTE_CARDBOARD',
      label: 'Cartons pour le calage',
      annualQuantity: 2,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: null,
    }),
    declarationOf(filmTaker.organizationId, {
      kind: 'NEED',
      categoryCode: 'WASTE_PLASTIC_FILMS',
      label: 'Films à régénérer',
      annualQuantity: 2,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: null,
    }),
  ];

  beforeAll(async () => {
    scenario = await startEngineScenario('synergy-euros', {
      zones: [zone],
      organizations: [packager, shipper, filmMaker, filmTaker],
      declarations: declarations,
    });
    service = scenario.service;
  });

  afterAll(() => scenario?.stop());

  type Node = {
    id: string;
    resourceCategoryCode: string;
    categoryCode: string;
    euros: Record<string, unknown> | null;
  };

  async function synergies(): Promise<Node[]> {
    return waitFor(
      async () => {
        const response = await service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
             nodes { id resourceCategoryCode categoryCode euros { ${EURO_FIELDS} } } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
        );
        return (response.data?.synergies.nodes ?? []) as Node[];
      },
      (nodes) => nodes.length === 3,
      { timeoutMs: 20_000 },
    );
  }

  const byPair = (nodes: Node[], resource: string, need: string) =>
    nodes.find((node) => node.resourceCategoryCode === resource && node.categoryCode === need)
      ?.euros;

  it('prices the allocated tonnes at the firms’ own figures, with the payback', async () => {
    // 10 t allocated: 10 × 90 € of disposal and 10 × 850 € of packaging no longer paid, 10 ×
    // 20 € to the packager; 2000 € invested over 9400 € a year: 0.2 years.
    expect(byPair(await synergies(), 'WASTE_CARDBOARD', 'MATERIAL_PACKAGING')).toEqual({
      avoidedDisposalCents: 90_000,
      avoidedPurchaseCents: 850_000,
      supplierRevenueCents: 20_000,
      annualSavingsCents: 940_000,
      investmentCents: 200_000,
      paybackYears: 0.2,
      toConfirm: ['TRANSPORT_COST'],
    });
    expect(byPair(await synergies(), 'WASTE_CARDBOARD', 'WASTE_CARDBOARD')).toMatchObject({
      avoidedDisposalCents: 18_000,
      supplierRevenueCents: 4_000,
      investmentCents: 50_000,
      paybackYears: 2.8,
    });
  });

  it('invents no price where the firms gave none', async () => {
    expect(byPair(await synergies(), 'WASTE_PLASTIC_FILMS', 'WASTE_PLASTIC_FILMS')).toEqual({
      avoidedDisposalCents: null,
      avoidedPurchaseCents: null,
      supplierRevenueCents: null,
      annualSavingsCents: null,
      investmentCents: null,
      paybackYears: null,
      toConfirm: ['DISPOSAL_COST', 'SALE_PRICE', 'PURCHASE_PRICE', 'INVESTMENT', 'TRANSPORT_COST'],
    });
  });

  it('shows a firm no euros of the other’s prices before both are introduced', async () => {
    const member = bearer(
      await testToken('COMPANY_MEMBER', { organizationId: packager.organizationId }),
    );
    const nodes = await synergies();
    const { id } = nodes.find((node) => node.categoryCode === 'MATERIAL_PACKAGING') as Node;
    const response = await postGraphQL(
      service.app.getHttpServer(),
      `query ($id: ID!) { synergy(id: $id) { id euros { ${EURO_FIELDS} } } }`,
      { id },
      member,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.synergy).toEqual({ id, euros: null });
  });

  it('adds the figures given to the zone’s and territory’s potential', async () => {
    await synergies();
    const fields = `eurosSynergyCount avoidedDisposalCents avoidedPurchaseCents
      supplierRevenueCents investmentCents`;
    const response = await service.gql(
      `query ($zone: [_Any!]!, $territoryId: ID!) {
         _entities(representations: $zone) { ... on Zone { potentialImpact { ${fields} } } }
         territoryPotentialImpact(territoryId: $territoryId) { ${fields} } }`,
      { zone: [{ __typename: 'Zone', id: zone.zoneId }], territoryId: territory },
    );
    expect(response.errors).toBeUndefined();
    // The second taker's 2 t: 2 × 90 € of disposal, 2 × 20 € to the packager. The baler is in
    // both synergies' investment, and in the totals once: 500 € + 1500 €, not 2500 €.
    const totals = {
      eurosSynergyCount: 2,
      avoidedDisposalCents: 108_000,
      avoidedPurchaseCents: 850_000,
      supplierRevenueCents: 24_000,
      investmentCents: 200_000,
    };
    expect(response.data).toEqual({
      _entities: [{ potentialImpact: totals }],
      territoryPotentialImpact: totals,
    });
  });
});
