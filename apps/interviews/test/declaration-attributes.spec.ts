import { randomUUID } from 'node:crypto';
import { declarationAttributesSchema } from '@symbiose/taxonomy';
import {
  declarationEvents,
  GRAND_CAHORS,
  InterviewsTestApp,
  refusalOf,
  startInterviewsApp,
  writtenCounts,
} from './interviews-test-app';

jest.setTimeout(60_000);

const ATTRIBUTES = `attributes {
  temperatureC heatPump medium pressureBar storage temperatureRange { minC maxC }
  material { family polymer grade } wood { treated endOfWaste woodClass }
  potable potableRequired foodContact contains abpCategory chemistry use machineType capacityT
  capacityPersons skill job provider certified licensed requires currentRoute collectorDistanceKm
}`;
const RECORD = `mutation ($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { id categoryCode ${ATTRIBUTES} }
}`;
const UPDATE = `mutation ($input: UpdateDeclarationInput!) {
  updateDeclaration(input: $input) { id label ${ATTRIBUTES} }
}`;
const LIST = `query ($organizationId: ID!) {
  declarations(filter: { organizationId: $organizationId }, first: 100) {
    nodes { id ${ATTRIBUTES} }
  }
}`;

/** Every attribute null, as the API reads a declaration without any. */
const NOT_GIVEN = Object.fromEntries(
  Object.keys(declarationAttributesSchema.shape).map((name) => [name, null]),
);

const FONDERIE = { organizationId: randomUUID(), name: 'Fonderie du Lot' };
const CAHORS_SUD = randomUUID();

const COPPER_OFFCUTS = {
  kind: 'RESOURCE',
  theme: 'MATERIALS_WASTE',
  categoryCode: 'WASTE_METALS',
  label: 'Chutes de câble cuivre',
};
const WASTE_HEAT = {
  kind: 'RESOURCE',
  theme: 'FLUIDS',
  categoryCode: 'ENERGY_WASTE_HEAT',
  label: 'Eau de refroidissement des fours',
};

describe('declaration attributes (PostgreSQL)', () => {
  let t: InterviewsTestApp;

  const record = (declaration: Record<string, unknown>, attributes?: unknown) =>
    t.gql(RECORD, {
      input: { organizationId: FONDERIE.organizationId, ...declaration, attributes },
    });

  async function recorded(declaration: Record<string, unknown>, attributes?: unknown) {
    const response = await record(declaration, attributes);
    expect(response.errors).toBeUndefined();
    return response.data?.recordDeclaration;
  }

  const eventsOf = (declarationId: string) => declarationEvents(t.dataSource, declarationId);
  const written = () => writtenCounts(t.dataSource);

  async function storedAttributes(id: string): Promise<unknown> {
    const [row] = await t.dataSource.query('SELECT attributes FROM declaration WHERE id = $1', [
      id,
    ]);
    return row.attributes;
  }

  beforeAll(async () => {
    t = await startInterviewsApp('declaration-attributes');
    await t.projectOrganization('organization.registered', {
      ...FONDERIE,
      zoneId: CAHORS_SUD,
      territoryId: GRAND_CAHORS,
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('records the attributes given, reads them back and puts them in the event', async () => {
    const declaration = await recorded(COPPER_OFFCUTS, {
      material: { family: 'COPPER', grade: 'Cu-ETP' },
      contains: ['PVC_SHEATH'],
      foodContact: null,
    });

    const attributes = {
      material: { family: 'COPPER', grade: 'Cu-ETP' },
      contains: ['PVC_SHEATH'],
    };
    expect(declaration.attributes).toEqual({
      ...NOT_GIVEN,
      material: { family: 'COPPER', polymer: null, grade: 'Cu-ETP' },
      contains: ['PVC_SHEATH'],
    });
    const listed = await t.gql(LIST, { organizationId: FONDERIE.organizationId });
    expect(
      listed.data?.declarations.nodes.find((node: { id: string }) => node.id === declaration.id),
    ).toEqual({ id: declaration.id, attributes: declaration.attributes });
    expect(await storedAttributes(declaration.id)).toEqual(attributes);
    const [event] = await eventsOf(declaration.id);
    expect(event).toEqual({
      type: 'declaration.recorded',
      payload: expect.objectContaining({ categoryCode: 'WASTE_METALS', attributes }),
    });
  });

  it('records a declaration without attributes as one with none: an empty object', async () => {
    const declaration = await recorded(WASTE_HEAT);

    expect(declaration.attributes).toEqual(NOT_GIVEN);
    expect(await storedAttributes(declaration.id)).toEqual({});
    expect((await eventsOf(declaration.id))[0].payload).toMatchObject({ attributes: {} });
  });

  it('keeps the attributes on an update without them, replaces them on one with them, clears them on null', async () => {
    const { id } = await recorded(WASTE_HEAT, { temperatureC: 28, medium: 'WATER' });

    const relabelled = await t.gql(UPDATE, { input: { id, label: 'Eau tiède des fours' } });
    expect(relabelled.errors).toBeUndefined();
    expect(relabelled.data?.updateDeclaration.attributes).toMatchObject({
      temperatureC: 28,
      medium: 'WATER',
    });

    const replaced = await t.gql(UPDATE, {
      input: { id, attributes: { temperatureC: 85, medium: 'HOT_WATER', pressureBar: 3 } },
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data?.updateDeclaration.attributes).toEqual({
      ...NOT_GIVEN,
      temperatureC: 85,
      medium: 'HOT_WATER',
      pressureBar: 3,
    });

    const same = await t.gql(UPDATE, {
      input: { id, attributes: { pressureBar: 3, medium: 'HOT_WATER', temperatureC: 85 } },
    });
    expect(same.errors).toBeUndefined();

    const cleared = await t.gql(UPDATE, { input: { id, attributes: null } });
    expect(cleared.data?.updateDeclaration.attributes).toEqual(NOT_GIVEN);

    const events = await eventsOf(id);
    // The same attributes in another order change nothing, and emit nothing.
    expect(events.map(({ type, payload }) => ({ type, payload }))).toEqual([
      {
        type: 'declaration.recorded',
        payload: expect.objectContaining({ attributes: { temperatureC: 28, medium: 'WATER' } }),
      },
      {
        type: 'declaration.updated',
        payload: expect.objectContaining({
          label: 'Eau tiède des fours',
          attributes: { temperatureC: 28, medium: 'WATER' },
        }),
      },
      {
        type: 'declaration.updated',
        payload: expect.objectContaining({
          attributes: { temperatureC: 85, medium: 'HOT_WATER', pressureBar: 3 },
        }),
      },
      { type: 'declaration.updated', payload: expect.objectContaining({ attributes: {} }) },
    ]);
  });

  describe('refusals', () => {
    const REFUSALS: {
      refused: string;
      declaration: Record<string, unknown>;
      attributes: Record<string, unknown>;
      field: string;
      reason: string;
    }[] = [
      {
        refused: 'an attribute of another theme',
        declaration: COPPER_OFFCUTS,
        attributes: { machineType: 'FORKLIFT' },
        field: 'attributes.machineType',
        reason: 'does not apply to category WASTE_METALS (theme MATERIALS_WASTE)',
      },
      {
        refused: 'a temperature range whose minimum is above its maximum',
        declaration: { ...COPPER_OFFCUTS, categoryCode: 'WASTE_ORGANIC_FOOD', label: 'Biodéchets' },
        attributes: { storage: 'REFRIGERATED', temperatureRange: { minC: 4, maxC: 0 } },
        field: 'attributes.temperatureRange.minC',
        reason: 'must not be above maxC',
      },
      {
        refused: 'a code that is not upper case',
        declaration: COPPER_OFFCUTS,
        attributes: { material: { family: 'cuivre' } },
        field: 'attributes.material.family',
        reason: 'upper-case code',
      },
      {
        refused: 'a category of animal by-products outside 1 to 3',
        declaration: { ...COPPER_OFFCUTS, categoryCode: 'WASTE_ORGANIC_FOOD', label: 'Biodéchets' },
        attributes: { abpCategory: 4 },
        field: 'attributes.abpCategory',
        reason: '3',
      },
    ];

    it.each(REFUSALS)('refuses $refused, naming $field, and writes nothing', async (refusal) => {
      const before = await written();

      const response = await record(refusal.declaration, refusal.attributes);

      expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: refusal.field });
      expect(response.errors?.[0].message).toContain(`${refusal.field}: `);
      expect(response.errors?.[0].message).toContain(refusal.reason);
      expect(response.data).toBeNull();
      expect(await written()).toEqual(before);
    });

    it('refuses an unknown attribute by the schema, naming it, and writes nothing', async () => {
      const before = await written();

      const response = await record(COPPER_OFFCUTS, { alloy: 'CuZn' });

      expect(refusalOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0].message).toMatch(
        /"alloy" is not defined by type "DeclarationAttributesInput"/,
      );
      expect(await written()).toEqual(before);
    });

    it('refuses a bad update of the attributes and keeps the stored ones', async () => {
      const { id } = await recorded(COPPER_OFFCUTS, { material: { family: 'COPPER' } });
      const before = { attributes: await storedAttributes(id), written: await written() };

      const response = await t.gql(UPDATE, {
        input: { id, label: 'Chutes', attributes: { skill: 'WELDER' } },
      });

      expect(refusalOf(response)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'attributes.skill',
      });
      expect({ attributes: await storedAttributes(id), written: await written() }).toEqual(before);
    });
  });

  it('names every attribute of the schema in the input and in the output', async () => {
    const response = await t.gql(`{
      input: __type(name: "DeclarationAttributesInput") { inputFields { name } }
      output: __type(name: "DeclarationAttributes") { fields { name } }
    }`);

    const names = Object.keys(declarationAttributesSchema.shape).sort();
    const input = response.data?.input.inputFields.map((field: { name: string }) => field.name);
    const output = response.data?.output.fields.map((field: { name: string }) => field.name);
    expect(input.sort()).toEqual(names);
    expect(output.sort()).toEqual(names);
  });
});
