import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import {
  bearer,
  GraphQLResponse,
  postGraphQL,
  testToken,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import { declarationOf, organizationSnapshot, zoneSnapshot } from './engine-test-events';
import { DEGREES_PER_KM, workedCardboardFlow } from './worked-example';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const OUTCOME_FIELDS = `id synergyId from to quantity unit canonicalQuantity canonicalUnit
  costCents savingsCents jobsCreated jobsKept note recordedBy recordedBySubject`;

const REALISED_FIELDS = `synergyCount outcomeCount firstDay lastDay tonnes netAvoidedKgCo2e
  megawattHours cubicMetres costCents savingsCents jobsCreated jobsKept organizationCount`;

const RECORD = `mutation ($input: RecordSynergyOutcomeInput!) {
  recordSynergyOutcome(input: $input) { ${OUTCOME_FIELDS} } }`;

const PATH_TO_OPERATIONAL = ['QUALIFIED', 'STUDYING', 'SELECTED', 'IMPLEMENTING', 'OPERATIONAL'];

/**
 * The cardboard flow of docs/impact-method.md (10 t a year, 3 km, by van) and a flow of plastic
 * films from that zone to a firm 2 km away in another zone of the territory (2 t a year), once
 * they work: their measured outcomes, and the zone's and territory's realised results beside
 * the potential.
 */
describe('the realised outcomes of operational synergies', () => {
  let service: TestService;
  let scenario: EngineScenario;
  let cardboardSynergy: string;
  let filmSynergy: string;
  let heatSynergy: string;
  const territory = randomUUID();
  const zone = zoneSnapshot(territory);
  const otherZone = zoneSnapshot(territory, { name: 'Cahors Nord' });
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
  const filmTaker = organizationSnapshot(otherZone.zoneId, territory, {
    name: 'Plasturgie du Lot',
    nafCode: '22.29A',
    latitude: 44.43 + 2 * DEGREES_PER_KM,
    longitude: 1.43,
  });
  // Waste heat from a foundry to a greenhouse 300 m away: an exchange of energy, not weighed.
  const foundry = organizationSnapshot(zone.zoneId, territory, {
    name: 'Fonderie de Cahors',
    nafCode: '24.51Z',
    latitude: 44.41,
    longitude: 1.46,
  });
  const greenhouse = organizationSnapshot(zone.zoneId, territory, {
    name: 'Serres du Lot',
    nafCode: '01.13Z',
    latitude: 44.41 + 0.3 * DEGREES_PER_KM,
    longitude: 1.46,
  });
  const declarations = [
    cardboard,
    packagingNeed,
    declarationOf(filmMaker.organizationId, {
      categoryCode: 'WASTE_PLASTIC_FILMS',
      label: 'Films étirables',
      annualQuantity: 3,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
      wasteCode: '150102',
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
    declarationOf(foundry.organizationId, {
      categoryCode: 'ENERGY_WASTE_HEAT',
      label: 'Chaleur des fours',
      annualQuantity: 500,
      canonicalUnit: 'MWh',
      frequency: null,
      wasteCode: null,
    }),
    declarationOf(greenhouse.organizationId, {
      kind: 'NEED',
      categoryCode: 'ENERGY_HEAT',
      label: 'Chauffage des serres',
      annualQuantity: 300,
      canonicalUnit: 'MWh',
      frequency: null,
      wasteCode: null,
    }),
  ];

  beforeAll(async () => {
    scenario = await startEngineScenario('synergy-outcomes', {
      zones: [zone, otherZone, zoneSnapshot(randomUUID(), { name: 'Figeac Ouest' })],
      organizations: [packager, shipper, filmMaker, filmTaker, foundry, greenhouse],
      declarations: declarations,
    });
    service = scenario.service;
    const synergies = await waitFor(
      async () => {
        const response = await service.gql(
          `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
             nodes { id resourceCategoryCode } } }`,
          { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
        );
        return (response.data?.synergies.nodes ?? []) as {
          id: string;
          resourceCategoryCode: string;
        }[];
      },
      (nodes) => nodes.length === 3,
      { timeoutMs: 20_000 },
    );
    const byResource = new Map(synergies.map((s) => [s.resourceCategoryCode, s.id]));
    cardboardSynergy = byResource.get('WASTE_CARDBOARD') as string;
    filmSynergy = byResource.get('WASTE_PLASTIC_FILMS') as string;
    heatSynergy = byResource.get('ENERGY_WASTE_HEAT') as string;
    await makeOperational(cardboardSynergy);
    await makeOperational(heatSynergy);
  });

  afterAll(() => scenario?.stop());

  async function makeOperational(id: string): Promise<void> {
    for (const to of PATH_TO_OPERATIONAL) {
      const response = await service.gql(
        `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) { status } }`,
        { input: { id, to } },
      );
      expect(response.errors).toBeUndefined();
    }
  }

  function record(
    input: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse> {
    return postGraphQL(service.app.getHttpServer(), RECORD, { input }, headers);
  }

  async function storedOutcomes(): Promise<number> {
    const [{ count }]: { count: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS count FROM synergy_outcome`,
    );
    return count;
  }

  const firstQuarter = {
    from: '2026-01-01',
    to: '2026-03-31',
    quantity: 2.5,
    unit: 't',
    costCents: 120_000,
    savingsCents: 310_050,
    jobsCreated: 1,
    note: 'Pesées du transporteur',
  };

  it('records an outcome and reads it back on the synergy', async () => {
    const recorded = await record({
      synergyId: cardboardSynergy,
      ...firstQuarter,
      recordedBy: 'Claire Vidal, animatrice',
    });
    expect(recorded.errors).toBeUndefined();
    const outcome = recorded.data?.recordSynergyOutcome;
    expect(outcome).toEqual({
      id: expect.any(String),
      synergyId: cardboardSynergy,
      from: '2026-01-01',
      to: '2026-03-31',
      quantity: 2.5,
      unit: 't',
      canonicalQuantity: 2.5,
      canonicalUnit: 't',
      costCents: 120_000,
      savingsCents: 310_050,
      jobsCreated: 1,
      jobsKept: 0,
      note: 'Pesées du transporteur',
      recordedBy: 'Claire Vidal, animatrice',
      recordedBySubject: expect.any(String),
    });

    // The second quarter weighed in kilograms: kept as given, converted to tonnes.
    const second = await record({
      synergyId: cardboardSynergy,
      from: '2026-04-01',
      to: '2026-06-30',
      quantity: 2000,
      unit: 'kg',
      jobsKept: 2,
    });
    expect(second.errors).toBeUndefined();

    const read = await service.gql(
      `query ($id: ID!) { synergy(id: $id) { id outcomes { ${OUTCOME_FIELDS} } } }`,
      { id: cardboardSynergy },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.synergy.outcomes).toEqual([
      outcome,
      expect.objectContaining({
        from: '2026-04-01',
        to: '2026-06-30',
        quantity: 2000,
        unit: 'kg',
        canonicalQuantity: 2,
        canonicalUnit: 't',
        costCents: null,
        savingsCents: null,
        jobsCreated: 0,
        jobsKept: 2,
      }),
    ]);
  });

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  it.each([
    [
      'a unit of another dimension',
      { unit: 'MWh' },
      'unit',
      /MWh measures ENERGY.*WASTE_CARDBOARD/,
    ],
    ['an unknown unit', { unit: 'tonnes' }, 'unit', /tonnes is not a unit/],
    ['a quantity without a unit', { unit: null }, 'unit', /required with a quantity/],
    ['a negative quantity', { quantity: -3 }, 'quantity', /above zero/],
    ['negative savings', { savingsCents: -1 }, 'savingsCents', /zero or more/],
    ['negative jobs', { jobsCreated: -1 }, 'jobsCreated', /zero or more/],
    [
      'a period ending before it starts',
      { from: '2026-09-30', to: '2026-07-01' },
      'to',
      /before from/,
    ],
    ['a period ending in the future', { from: '2026-07-01', to: tomorrow }, 'to', /in the future/],
    ['a day that does not exist', { from: '2026-02-30' }, 'from', /YYYY-MM-DD/],
    [
      'a period overlapping a recorded one',
      { from: '2026-03-15', to: '2026-04-15' },
      'from',
      /overlaps the outcome recorded for 2026-01-01 to 2026-03-31/,
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_, change, field, message) => {
    const before = await storedOutcomes();
    const response = await record({
      synergyId: cardboardSynergy,
      ...firstQuarter,
      from: '2026-07-01',
      to: '2026-09-30',
      ...change,
    });
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'BAD_USER_INPUT', field },
    });
    expect(await storedOutcomes()).toBe(before);
  });

  it('refuses an outcome for a synergy that is not OPERATIONAL, and writes nothing', async () => {
    const before = await storedOutcomes();
    const response = await record({ synergyId: filmSynergy, ...firstQuarter });
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/is DETECTED; .* once it is OPERATIONAL/),
      extensions: { code: 'BAD_USER_INPUT', field: 'synergyId' },
    });
    expect(await storedOutcomes()).toBe(before);
  });

  it('measures an exchange of heat in kWh, kept in MWh, and refuses tonnes for it', async () => {
    const before = await storedOutcomes();
    const inTonnes = await record({
      synergyId: heatSynergy,
      from: '2026-01-01',
      to: '2026-03-31',
      quantity: 75,
      unit: 't',
    });
    expect(inTonnes.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/t measures MASS, this category measures ENERGY/),
      extensions: { code: 'BAD_USER_INPUT', field: 'unit' },
    });
    expect(await storedOutcomes()).toBe(before);

    const recorded = await record({
      synergyId: heatSynergy,
      from: '2026-01-01',
      to: '2026-03-31',
      quantity: 75_000,
      unit: 'kWh',
      costCents: 1_500_000,
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordSynergyOutcome).toMatchObject({
      quantity: 75_000,
      unit: 'kWh',
      canonicalQuantity: 75,
      canonicalUnit: 'MWh',
    });
  });

  it('lets the territory’s facilitators record, and no one else’s', async () => {
    const elsewhere = bearer(
      await testToken('FACILITATOR', { subject: 'paul.figeac', territoryIds: [randomUUID()] }),
    );
    const own = bearer(
      await testToken('FACILITATOR', { subject: 'claire.vidal', territoryIds: [territory] }),
    );
    await makeOperational(filmSynergy);
    const before = await storedOutcomes();
    const refused = await record(
      { synergyId: filmSynergy, from: '2026-01-01', to: '2026-06-30', quantity: 1.5, unit: 't' },
      elsewhere,
    );
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'synergyId' },
    });
    expect(await storedOutcomes()).toBe(before);

    const recorded = await record(
      {
        synergyId: filmSynergy,
        from: '2026-01-01',
        to: '2026-06-30',
        quantity: 1500,
        unit: 'kg',
        savingsCents: 45_000,
        jobsKept: 1,
      },
      own,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordSynergyOutcome).toMatchObject({
      canonicalQuantity: 1.5,
      recordedBy: 'claire.vidal',
      recordedBySubject: 'claire.vidal',
    });
  });

  it('reports potential and realised side by side, each synergy once per zone and territory', async () => {
    const potential = 'synergyCount tonnesPerYear netAvoidedKgCo2ePerYear organizationCount';
    const response = await service.gql(
      `query ($zones: [_Any!]!, $territoryId: ID!) {
         _entities(representations: $zones) {
           ... on Zone { potentialImpact { ${potential} } realisedImpact { ${REALISED_FIELDS} } } }
         territoryPotentialImpact(territoryId: $territoryId) { ${potential} }
         territoryRealisedImpact(territoryId: $territoryId) { ${REALISED_FIELDS} } }`,
      {
        zones: [zone, otherZone].map(({ zoneId }) => ({ __typename: 'Zone', id: zoneId })),
        territoryId: territory,
      },
    );
    expect(response.errors).toBeUndefined();
    // Van factor 0.160 × 3.07 ÷ 0.46 = 1.067826 kg CO2 per t·km, collector 20 km.
    // Cardboard, 2.5 + 2 = 4.5 t at 3.9 road km: 4.5 × (20 − 3.9) × 1.067826 = 77.36.
    // Films, 1.5 t at 2.6 road km: 1.5 × (20 − 2.6) × 1.067826 = 27.87.
    // The heat adds its MWh and its cost, no emissions: it has no potential impact either.
    const allSynergies = {
      synergyCount: 3,
      outcomeCount: 4,
      firstDay: '2026-01-01',
      lastDay: '2026-06-30',
      tonnes: 6,
      netAvoidedKgCo2e: 105.23,
      megawattHours: 75,
      cubicMetres: 0,
      costCents: 1_620_000,
      savingsCents: 355_050,
      jobsCreated: 1,
      jobsKept: 3,
      organizationCount: 6,
    };
    // Potential: cardboard 10 t, 171.92; films 2 t, 2 × (20 − 2.6) × 1.067826 = 37.16.
    // The heat exchange is not weighed: no potential impact, its firms are not counted there.
    const bothPotential = {
      synergyCount: 2,
      tonnesPerYear: 12,
      netAvoidedKgCo2ePerYear: 209.08,
      organizationCount: 4,
    };
    expect(response.data).toEqual({
      _entities: [
        { potentialImpact: bothPotential, realisedImpact: allSynergies },
        {
          potentialImpact: {
            synergyCount: 1,
            tonnesPerYear: 2,
            netAvoidedKgCo2ePerYear: 37.16,
            organizationCount: 2,
          },
          realisedImpact: {
            ...allSynergies,
            synergyCount: 1,
            outcomeCount: 1,
            tonnes: 1.5,
            netAvoidedKgCo2e: 27.87,
            megawattHours: 0,
            costCents: 0,
            savingsCents: 45_000,
            jobsCreated: 0,
            jobsKept: 1,
            organizationCount: 2,
          },
        },
      ],
      territoryPotentialImpact: bothPotential,
      territoryRealisedImpact: allSynergies,
    });
  });

  it('exports each synergy’s realised figures beside its potential ones', async () => {
    const csv = await request(service.app.getHttpServer())
      .get(`/zones/${zone.zoneId}/synergies.csv`)
      .set(await withAuthorization())
      .responseType('blob');
    expect(csv.status).toBe(200);
    const rows: Record<string, string>[] = parse(String(csv.body), { columns: true });
    const columns = `resourceCategory tonnesPerYear netAvoidedKgCo2ePerYear realisedFrom realisedTo
      realisedTonnes realisedNetAvoidedKgCo2e realisedMegawattHours realisedCubicMetres
      realisedCostCents realisedSavingsCents realisedJobsCreated realisedJobsKept`.split(/\s+/);
    const pick = (row: Record<string, string>) =>
      Object.fromEntries(columns.map((column) => [column, row[column]]));
    expect(
      rows.map(pick).sort((a, b) => a.resourceCategory.localeCompare(b.resourceCategory)),
    ).toEqual([
      {
        resourceCategory: 'ENERGY_WASTE_HEAT',
        tonnesPerYear: '',
        netAvoidedKgCo2ePerYear: '',
        realisedFrom: '2026-01-01',
        realisedTo: '2026-03-31',
        realisedTonnes: '0',
        realisedNetAvoidedKgCo2e: '0',
        realisedMegawattHours: '75',
        realisedCubicMetres: '0',
        realisedCostCents: '1500000',
        realisedSavingsCents: '0',
        realisedJobsCreated: '0',
        realisedJobsKept: '0',
      },
      {
        resourceCategory: 'WASTE_CARDBOARD',
        tonnesPerYear: '10',
        netAvoidedKgCo2ePerYear: '171.92',
        realisedFrom: '2026-01-01',
        realisedTo: '2026-06-30',
        realisedTonnes: '4.5',
        realisedNetAvoidedKgCo2e: '77.36',
        realisedMegawattHours: '0',
        realisedCubicMetres: '0',
        realisedCostCents: '120000',
        realisedSavingsCents: '310050',
        realisedJobsCreated: '1',
        realisedJobsKept: '2',
      },
      {
        resourceCategory: 'WASTE_PLASTIC_FILMS',
        tonnesPerYear: '2',
        netAvoidedKgCo2ePerYear: '37.16',
        realisedFrom: '2026-01-01',
        realisedTo: '2026-06-30',
        realisedTonnes: '1.5',
        realisedNetAvoidedKgCo2e: '27.87',
        realisedMegawattHours: '0',
        realisedCubicMetres: '0',
        realisedCostCents: '0',
        realisedSavingsCents: '45000',
        realisedJobsCreated: '0',
        realisedJobsKept: '1',
      },
    ]);
  });
});
