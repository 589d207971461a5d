import { randomUUID } from 'node:crypto';
import { bearer, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import {
  declarationOf,
  organizationSnapshot,
  packagingNeedOf,
  zoneSnapshot,
} from './engine-test-events';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const TERRITORY = randomUUID();

const OPPORTUNITIES = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Zone {
        id b2bSynergyCount b2bOpportunityCount
        b2bOpportunities {
          id zoneId categoryCode labelFr labelEn supplierCount consumerCount bestScore
          allocatedQuantity unit
          synergies { id score categoryCode }
        }
      }
    }
  }`;

interface OpportunityView {
  id: string;
  zoneId: string;
  categoryCode: string;
  labelFr: string;
  labelEn: string;
  supplierCount: number;
  consumerCount: number;
  bestScore: number;
  allocatedQuantity: number | null;
  unit: string | null;
  synergies: { id: string; score: number; categoryCode: string }[];
}

interface ZoneView {
  id: string;
  b2bSynergyCount: number;
  b2bOpportunityCount: number;
  b2bOpportunities: OpportunityView[];
}

describe("a zone's B2B synergies as opportunities", () => {
  let service: TestService;
  let scenario: EngineScenario;
  const zone = zoneSnapshot(TERRITORY);
  const otherZone = zoneSnapshot(TERRITORY);
  const firm = (name: string, latitude: number) =>
    organizationSnapshot(zone.zoneId, TERRITORY, { name, latitude, longitude: 1.44 });
  // A caterer for three neighbours; two cardboard sources for one packaging need.
  const caterer = firm('Traiteur du Lot', 44.42);
  const diners = [1, 2, 3].map((n) => firm(`Atelier ${n}`, 44.42 + n / 500));
  const cardboardGivers = [1, 2].map((n) => firm(`Négoce ${n}`, 44.425 + n / 500));
  const shipper = firm('Expéditions Lotoises', 44.43);
  const meals = declarationOf(caterer.organizationId, {
    categoryCode: 'SERVICE_INTER_COMPANY_CATERING',
    label: 'Repas du midi',
    annualQuantity: 20_000,
    canonicalUnit: 'unit',
    frequency: 'DAILY',
    wasteCode: null,
  });
  const mealNeeds = diners.map((diner, index) =>
    declarationOf(diner.organizationId, {
      kind: 'NEED',
      categoryCode: 'SERVICE_INTER_COMPANY_CATERING',
      label: 'Repas des salariés',
      annualQuantity: 2_000 * (index + 1),
      canonicalUnit: 'unit',
      frequency: 'DAILY',
      wasteCode: null,
    }),
  );
  const cardboard = cardboardGivers.map((giver) => declarationOf(giver.organizationId));
  const packagingNeed = packagingNeedOf(shipper.organizationId);

  beforeAll(async () => {
    scenario = await startEngineScenario('b2b-opportunities', {
      zones: [zone, otherZone],
      organizations: [caterer, ...diners, ...cardboardGivers, shipper],
      declarations: [meals, ...mealNeeds, ...cardboard, packagingNeed],
    });
    service = scenario.service;
  });

  afterAll(() => scenario?.stop());

  async function zones(...ids: string[]): Promise<ZoneView[]> {
    const response = await service.gql(OPPORTUNITIES, {
      representations: ids.map((id) => ({ __typename: 'Zone', id })),
    });
    expect(response.errors).toBeUndefined();
    return response.data?._entities as ZoneView[];
  }

  async function opportunitiesOnceMatched(): Promise<ZoneView> {
    const [found] = await waitFor(
      () => zones(zone.zoneId),
      ([view]) => view.b2bSynergyCount === 5,
      { timeoutMs: 20_000 },
    );
    return found;
  }

  it('groups the synergies of one need category into one opportunity, best first', async () => {
    const view = await opportunitiesOnceMatched();

    expect(view.b2bOpportunityCount).toBe(2);
    expect(view.b2bOpportunities.map((o) => o.categoryCode).sort()).toEqual([
      'MATERIAL_PACKAGING',
      'SERVICE_INTER_COMPANY_CATERING',
    ]);
    const catering = view.b2bOpportunities.find((o) => o.categoryCode.startsWith('SERVICE'));
    expect(catering).toMatchObject({
      id: `${zone.zoneId}:SERVICE_INTER_COMPANY_CATERING`,
      zoneId: zone.zoneId,
      labelFr: 'Restauration inter-entreprises : 1 fournisseur pour 3 demandeurs',
      labelEn: 'Inter-company catering: 1 supplier for 3 firms in need',
      supplierCount: 1,
      consumerCount: 3,
      // The caterer's 20,000 meals cover the three needs: 2,000 + 4,000 + 6,000.
      allocatedQuantity: 12_000,
      unit: 'unit',
    });
    const scores = catering!.synergies.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(catering!.bestScore).toBe(scores[0]);
    const packaging = view.b2bOpportunities.find((o) => o.categoryCode === 'MATERIAL_PACKAGING');
    expect(packaging).toMatchObject({ supplierCount: 2, consumerCount: 1, unit: 't' });
    // Two sources share the 10 t need between them; they never promise more.
    expect(packaging!.allocatedQuantity).toBeLessThanOrEqual(10);
    expect(packaging!.allocatedQuantity).toBeGreaterThan(9.99);
    const [best, second] = view.b2bOpportunities;
    expect(best.bestScore).toBeGreaterThanOrEqual(second.bestScore);
  });

  it('leaves a dismissed synergy out, and gives a zone without any none', async () => {
    const view = await opportunitiesOnceMatched();
    const catering = view.b2bOpportunities.find((o) => o.categoryCode.startsWith('SERVICE'))!;
    const dismissed = catering.synergies[catering.synergies.length - 1];
    const change = await service.gql(
      `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) { id status } }`,
      { input: { id: dismissed.id, to: 'DISMISSED', reasonCode: 'NOT_INTERESTED' } },
    );
    expect(change.errors).toBeUndefined();

    const [after, empty] = await zones(zone.zoneId, otherZone.zoneId);

    const cateringAfter = after.b2bOpportunities.find((o) => o.categoryCode.startsWith('SERVICE'));
    expect(cateringAfter?.synergies.map((s) => s.id)).not.toContain(dismissed.id);
    expect(cateringAfter).toMatchObject({ consumerCount: 2 });
    expect(empty).toMatchObject({ b2bOpportunityCount: 0, b2bOpportunities: [] });
  });

  it('gives a partner body the count only, and a company member neither', async () => {
    const partner = bearer(await testToken('PARTNER', { partnerId: 'syded-lot' }));
    const member = bearer(
      await testToken('COMPANY_MEMBER', { organizationId: shipper.organizationId }),
    );
    const ask = (field: string, headers: Record<string, string>) =>
      postGraphQL(
        service.app.getHttpServer(),
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Zone { ${field} } } }`,
        { r: [{ __typename: 'Zone', id: zone.zoneId }] },
        headers,
      );

    const partnerCount = await ask('b2bOpportunityCount', partner);
    const partnerList = await ask('b2bOpportunities { id }', partner);
    const memberCount = await ask('b2bOpportunityCount', member);

    expect(partnerCount.errors).toBeUndefined();
    expect(partnerCount.data?._entities).toEqual([{ b2bOpportunityCount: 2 }]);
    expect(partnerList.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(memberCount.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});
