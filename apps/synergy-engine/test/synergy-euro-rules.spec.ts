import { randomUUID } from 'node:crypto';
import { waitFor } from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import { REFERENCE_PRICES } from '../src/matching/reference-price-data';
import { declarationOf, zoneSnapshot } from './engine-test-events';
import { firmNorthOf } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const EURO_FIELDS = `supplyCost avoidedDisposalCents avoidedPurchaseCents supplierRevenueCents
  annualSavingsCents toConfirm
  figures { figure centsPerUnit origin reference { code value unit publisher url date } }`;

/**
 * The rules that keep a synergy's euros from overstating, against the API: a produced service
 * credited net of its supplier's price, a need's purchase credited once over the resources
 * offered to it, and a reference price standing in for a firm's silence, said so.
 */
describe('the euros of a synergy, no figure overstated', () => {
  let service: TestService;
  let scenario: EngineScenario;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const firm = firmNorthOf(zone.zoneId, territory, '25.62B');
  const [canteen, diner] = [firm('Cantine du Parc', 0), firm('Logistique Sud', 0.4)];
  const [washer, roofA, roofB, roofC] = [
    firm('Blanchisserie du Lot', 1),
    firm('Entrepôt A', 1.2),
    firm('Entrepôt B', 1.4),
    firm('Entrepôt C', 1.6),
  ];
  const [solarFarm, workshop] = [firm('Ombrières du Causse', 2), firm('Atelier Vidal', 2.3)];
  const declaration = (
    organizationId: string,
    kind: 'NEED' | 'RESOURCE',
    categoryCode: string,
    annualQuantity: number,
    canonicalUnit: string,
    economics?: Record<string, number>,
  ) =>
    declarationOf(organizationId, {
      kind,
      categoryCode,
      label: categoryCode,
      annualQuantity,
      canonicalUnit,
      frequency: 'MONTHLY',
      wasteCode: null,
      ...(economics ? { economics } : {}),
    });
  const declarations = [
    // Meals the canteen cooks, 11 € each; the logistician pays 14 € a meal today.
    declaration(
      canteen.organizationId,
      'RESOURCE',
      'SERVICE_INTER_COMPANY_CATERING',
      3000,
      'unit',
      {
        salePriceCentsPerUnit: 1_100,
      },
    ),
    declaration(diner.organizationId, 'NEED', 'SERVICE_INTER_COMPANY_CATERING', 2000, 'unit', {
      purchasePriceCentsPerUnit: 1_400,
    }),
    // One need of 300 m3 of process water at 2.50 €, three roofs of 200 m3 of rainwater each.
    declaration(washer.organizationId, 'NEED', 'WATER_PROCESS', 300, 'm3', {
      purchasePriceCentsPerUnit: 250,
    }),
    ...[roofA, roofB, roofC].map((roof) =>
      declaration(roof.organizationId, 'RESOURCE', 'WATER_RAINWATER', 200, 'm3'),
    ),
    // Electricity whose buyer stated no price: the reference price stands in.
    declaration(solarFarm.organizationId, 'RESOURCE', 'ENERGY_RENEWABLE', 50, 'MWh'),
    declaration(workshop.organizationId, 'NEED', 'ENERGY_ELECTRICITY', 40, 'MWh'),
  ];

  beforeAll(async () => {
    scenario = await startEngineScenario('synergy-euro-rules', {
      zones: [zone],
      organizations: [canteen, diner, washer, roofA, roofB, roofC, solarFarm, workshop],
      declarations: declarations,
    });
    service = scenario.service;
  });

  afterAll(() => scenario?.stop());

  type Node = {
    resourceCategoryCode: string;
    categoryCode: string;
    allocatedQuantity: number | null;
    euros: Record<string, unknown> & { avoidedPurchaseCents: number | null };
  };

  async function synergies(): Promise<Node[]> {
    return waitFor(
      async () => {
        const response = await service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
             nodes { resourceCategoryCode categoryCode allocatedQuantity euros { ${EURO_FIELDS} } } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
        );
        return (response.data?.synergies.nodes ?? []) as Node[];
      },
      (nodes) => nodes.length === 5,
      { timeoutMs: 20_000 },
    );
  }

  const ofNeed = (nodes: Node[], need: string) => nodes.filter((n) => n.categoryCode === need);

  it('credits a produced service’s buyer its price less the supplier’s, and no more', async () => {
    const [meals] = ofNeed(await synergies(), 'SERVICE_INTER_COMPANY_CATERING');
    // 2000 meals: 2000 × (14 − 11) € saved by the logistician; the 22,000 € it pays the canteen
    // are revenue, whose cost of cooking is not known: no saving is claimed for the canteen.
    expect(meals.allocatedQuantity).toBe(2000);
    expect(meals.euros).toEqual({
      supplyCost: 'PRODUCED_SERVICE',
      avoidedDisposalCents: null,
      avoidedPurchaseCents: 600_000,
      supplierRevenueCents: 2_200_000,
      annualSavingsCents: 600_000,
      toConfirm: ['PRODUCTION_COST', 'INVESTMENT', 'TRANSPORT_COST'],
      figures: [
        { figure: 'SALE_PRICE', centsPerUnit: 1_100, origin: 'FIRM', reference: null },
        { figure: 'PURCHASE_PRICE', centsPerUnit: 1_400, origin: 'FIRM', reference: null },
      ],
    });
  });

  it('credits one need’s purchase once over the three resources offered to it', async () => {
    const water = ofNeed(await synergies(), 'WATER_PROCESS');
    // 600 m3 offered to a 300 m3 need: 100 m3 promised by each roof, 100 × 2.50 € each.
    expect(water.map((n) => n.allocatedQuantity)).toEqual([100, 100, 100]);
    expect(water.map((n) => n.euros.avoidedPurchaseCents)).toEqual([25_000, 25_000, 25_000]);
  });

  it('prices a purchase no firm stated at its reference price, and names it', async () => {
    const [electricity] = ofNeed(await synergies(), 'ENERGY_ELECTRICITY');
    const price = REFERENCE_PRICES.ELECTRICITY_FIRMS_CENTS_PER_MWH;
    // 40 MWh at 172 € a MWh, the SDES average of what firms paid in the first half of 2024.
    expect(electricity.euros).toMatchObject({
      supplyCost: 'SUNK',
      avoidedPurchaseCents: 688_000,
      annualSavingsCents: 688_000,
      figures: [
        {
          figure: 'PURCHASE_PRICE',
          centsPerUnit: 17_200,
          origin: 'REFERENCE',
          reference: {
            code: 'ELECTRICITY_FIRMS_CENTS_PER_MWH',
            value: 17_200,
            unit: 'c€/MWh',
            publisher: price.source.publisher,
            url: price.source.url,
            date: '2024-06',
          },
        },
      ],
    });
    expect(electricity.euros.toConfirm).toContain('PURCHASE_PRICE');
  });

  it('adds up each need’s purchase once in the zone’s and territory’s potential', async () => {
    await synergies();
    const fields = `eurosSynergyCount avoidedPurchaseCents avoidedPurchaseAtReferenceCents
      supplierRevenueCents`;
    const response = await service.gql(
      `query ($zone: [_Any!]!, $territoryId: ID!) {
         _entities(representations: $zone) { ... on Zone { potentialImpact { ${fields} } } }
         territoryPotentialImpact(territoryId: $territoryId) { ${fields} } }`,
      { zone: [{ __typename: 'Zone', id: zone.zoneId }], territoryId: territory },
    );
    expect(response.errors).toBeUndefined();
    // 6000 € of meals + 300 m3 × 2.50 € (not 600 m3) + 6880 € of electricity at the reference.
    const totals = {
      eurosSynergyCount: 5,
      avoidedPurchaseCents: 600_000 + 75_000 + 688_000,
      avoidedPurchaseAtReferenceCents: 688_000,
      supplierRevenueCents: 2_200_000,
    };
    expect(response.data).toEqual({
      _entities: [{ potentialImpact: totals }],
      territoryPotentialImpact: totals,
    });
  });
});
