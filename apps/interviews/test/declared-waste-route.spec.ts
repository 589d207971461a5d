import { randomUUID } from 'node:crypto';
import {
  declarationEvents,
  GRAND_CAHORS,
  InterviewsTestApp,
  refusalOf,
  startInterviewsApp,
  writtenCounts,
} from './interviews-test-app';

jest.setTimeout(60_000);

const RECORD = `mutation ($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { id attributes { currentRoute collectorDistanceKm } }
}`;
const UPDATE = `mutation ($input: UpdateDeclarationInput!) {
  updateDeclaration(input: $input) { id attributes { currentRoute collectorDistanceKm } }
}`;

const ELECTRICIAN = { organizationId: randomUUID(), name: 'Électricité Cadurcienne' };

const COPPER_SCRAP = {
  kind: 'RESOURCE',
  theme: 'MATERIALS_WASTE',
  categoryCode: 'WASTE_METALS',
  label: 'Chutes de câbles cuivre',
  quantity: 2,
  unit: 't',
  frequency: 'QUARTERLY',
  wasteCode: '170401',
};
const PALLETS = {
  kind: 'RESOURCE',
  theme: 'MATERIALS_WASTE',
  categoryCode: 'MATERIAL_PALLETS',
  label: 'Palettes Europe',
};

/** Where a waste goes today and how far its collector is, as the interview records them. */
describe('a waste’s route and collector today, declared in the interview (PostgreSQL)', () => {
  let t: InterviewsTestApp;

  const record = (declaration: Record<string, unknown>, attributes?: unknown) =>
    t.gql(RECORD, {
      input: { organizationId: ELECTRICIAN.organizationId, ...declaration, attributes },
    });

  beforeAll(async () => {
    t = await startInterviewsApp('declared-waste-route');
    await t.projectOrganization('organization.registered', {
      ...ELECTRICIAN,
      zoneId: randomUUID(),
      territoryId: GRAND_CAHORS,
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('records both on a waste, reads them back and sends them to the engine', async () => {
    const today = { currentRoute: 'RESIDUAL_DISPOSAL', collectorDistanceKm: 45 };

    const response = await record(COPPER_SCRAP, today);

    expect(response.errors).toBeUndefined();
    const { id, attributes } = response.data!.recordDeclaration;
    expect(attributes).toEqual(today);
    const [row] = await t.dataSource.query('SELECT attributes FROM declaration WHERE id = $1', [
      id,
    ]);
    expect(row.attributes).toEqual(today);
    expect(await declarationEvents(t.dataSource, id)).toEqual([
      {
        type: 'declaration.recorded',
        payload: expect.objectContaining({ categoryCode: 'WASTE_METALS', attributes: today }),
      },
    ]);
  });

  it('reads a waste without them as not given, and clears them on an update without them', async () => {
    const without = await record(COPPER_SCRAP);
    expect(without.data?.recordDeclaration.attributes).toEqual({
      currentRoute: null,
      collectorDistanceKm: null,
    });

    const declared = await record(COPPER_SCRAP, { currentRoute: 'SORTED_RECYCLING' });
    const id = declared.data?.recordDeclaration.id;
    const cleared = await t.gql(UPDATE, { input: { id, attributes: { currentRoute: null } } });

    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.updateDeclaration.attributes).toEqual({
      currentRoute: null,
      collectorDistanceKm: null,
    });
    const events = await declarationEvents(t.dataSource, id);
    expect(events.map(({ payload }) => (payload as { attributes: unknown }).attributes)).toEqual([
      { currentRoute: 'SORTED_RECYCLING' },
      {},
    ]);
  });

  it('labels each route in French and English', async () => {
    const response = await t.gql(
      `{ __type(name: "WasteRoute") { enumValues { name description } } }`,
    );

    expect(response.data?.__type.enumValues).toEqual([
      {
        name: 'SORTED_RECYCLING',
        description: 'Trié à la source et recyclé / Sorted at source and recycled',
      },
      {
        name: 'SORTED_BIOWASTE',
        description: expect.stringContaining('Biodéchet trié à la source'),
      },
      {
        name: 'RESIDUAL_DISPOSAL',
        description:
          'Avec les ordures résiduelles : incinération ou enfouissement / With the residual waste: incineration or landfill',
      },
      { name: 'OTHER_COLLECTION', description: expect.stringContaining('Une autre filière') },
    ]);
  });

  describe('refusals, with nothing written', () => {
    it.each([
      {
        refused: 'a distance of zero',
        declaration: COPPER_SCRAP,
        attributes: { collectorDistanceKm: 0 },
        field: 'attributes.collectorDistanceKm',
        reason: '>0',
      },
      {
        refused: 'a negative distance',
        declaration: COPPER_SCRAP,
        attributes: { currentRoute: 'RESIDUAL_DISPOSAL', collectorDistanceKm: -12 },
        field: 'attributes.collectorDistanceKm',
        reason: '>0',
      },
      {
        refused: 'a distance beyond 1000 km',
        declaration: COPPER_SCRAP,
        attributes: { collectorDistanceKm: 1500 },
        field: 'attributes.collectorDistanceKm',
        reason: '<=1000',
      },
      {
        refused: 'a route on a material that is no waste',
        declaration: PALLETS,
        attributes: { currentRoute: 'SORTED_RECYCLING' },
        field: 'attributes.currentRoute',
        reason: 'applies to a waste only, and category MATERIAL_PALLETS is no waste',
      },
      {
        refused: 'a collector distance on a material that is no waste',
        declaration: PALLETS,
        attributes: { collectorDistanceKm: 8 },
        field: 'attributes.collectorDistanceKm',
        reason: 'applies to a waste only',
      },
    ])('refuses $refused, naming $field', async ({ declaration, attributes, field, reason }) => {
      const before = await writtenCounts(t.dataSource);

      const response = await record(declaration, attributes);

      expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0].message).toContain(`${field}: `);
      expect(response.errors?.[0].message).toContain(reason);
      expect(response.data).toBeNull();
      expect(await writtenCounts(t.dataSource)).toEqual(before);
    });

    it('refuses a route outside the list by the schema, naming it', async () => {
      const before = await writtenCounts(t.dataSource);

      const response = await record(COPPER_SCRAP, { currentRoute: 'LANDFILL' });

      expect(refusalOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0].message).toMatch(/currentRoute/);
      expect(response.errors?.[0].message).toMatch(/"LANDFILL" does not exist in "WasteRoute"/);
      expect(await writtenCounts(t.dataSource)).toEqual(before);
    });
  });
});
