import request from 'supertest';
import { ERROR_REASONS } from '@symbiose/platform';
import { completeSiret } from '@symbiose/sirene';
import {
  bearer,
  GraphQLResponse,
  startTestSystem,
  TestSystem,
  testToken,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';

/**
 * Errors a front end can act on, through the gateway against the built services: NOT_FOUND for
 * what does not exist or is out of reach (the two alike), FORBIDDEN for a role that may never
 * make the call, a reason from the catalogue on every error, the field of a refused variable,
 * one answer for a value given as a literal or as a variable, and messages in French on demand.
 */
jest.setTimeout(300_000);

const UNKNOWN = '5e0c1f3a-9b2d-4c7e-8f1a-2b3c4d5e6f70';

const SYNERGY = `query ($id: ID!) { synergy(id: $id) { id } }`;
const CHANGE_STATUS = `mutation ($input: ChangeSynergyStatusInput!) {
  changeSynergyStatus(input: $input) { id }
}`;
const CREATE_TERRITORY = `mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`;
const RECORD = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`;

/** An error with the id it names blanked, to compare two answers that differ only by it. */
const withoutIds = (response: GraphQLResponse) =>
  response.errors?.map(({ message, path, extensions }) => {
    const { requestId: _requestId, ...rest } = extensions ?? {};
    return { message: message.replace(/[0-9a-f-]{36}/g, '<id>'), path, extensions: rest };
  });

describe('errors a front end can act on', () => {
  let system: TestSystem;
  let facilitatorElsewhere: Record<string, string>;
  let facilitator: Record<string, string>;
  let member: Record<string, string>;
  let synergyId: string;
  /** A firm of Cahors Sud that may declare a need. */
  let firmId: string;

  /** Posts an operation to the gateway and keeps the HTTP status. */
  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const response = await request(system.gatewayUrl)
      .post('/graphql')
      .set(await withAuthorization(headers))
      .send({ query, variables });
    return { status: response.status, body: response.body as GraphQLResponse };
  }

  beforeAll(async () => {
    system = await startTestSystem('errors');
    const cahors = (await system.gql(CREATE_TERRITORY, { name: 'Grand Cahors' })).data
      ?.createTerritory.id;
    const figeac = (await system.gql(CREATE_TERRITORY, { name: 'Grand Figeac' })).data
      ?.createTerritory.id;
    const zoneId = (
      await system.gql(`mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
        input: {
          territoryId: cahors,
          name: 'Cahors Sud',
          kind: 'MIXED',
          latitude: 44.4,
          longitude: 1.45,
        },
      })
    ).data?.createZone.id;
    const firmIds: string[] = [];
    for (const [serial, name, latitude] of [
      ['7200000000001', 'Menuiserie Lacoste', 44.404],
      ['7200000000002', 'Garage Garrigue', 44.44],
    ] as const) {
      const registered = await system.gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            siret: completeSiret(serial),
            name,
            kind: 'COMPANY',
            nafCode: '16.23Z',
            zoneId,
            latitude,
            longitude: 1.451,
          },
        },
      );
      firmIds.push(registered.data?.registerOrganization.id);
    }
    firmId = firmIds[1];
    // Lacoste gives cardboard; Garrigue needs packaging: one B2B synergy in Grand Cahors.
    for (const input of [
      {
        organizationId: firmIds[0],
        kind: 'RESOURCE',
        theme: 'MATERIALS_WASTE',
        categoryCode: 'WASTE_CARDBOARD',
        label: 'Cartons',
        quantity: 250,
        unit: 'kg',
        frequency: 'WEEKLY',
        wasteCode: '15 01 01',
      },
      {
        organizationId: firmIds[1],
        kind: 'NEED',
        theme: 'MATERIALS_WASTE',
        categoryCode: 'MATERIAL_PACKAGING',
        label: 'Calage',
        quantity: 1,
        unit: 't',
        frequency: 'MONTHLY',
      },
    ]) {
      const recorded = await waitFor(
        () => system.gql(RECORD, { input }),
        (response) => response.errors === undefined,
      );
      if (recorded.errors) throw new Error(`not recorded: ${JSON.stringify(recorded.errors)}`);
    }
    const found = await waitFor(
      () => system.gql(`{ synergies(filter: { kind: B2B }) { nodes { id } } }`),
      (response) => response.data?.synergies.nodes.length === 1,
      // The engine's recompute is debounced, and slower on a loaded machine.
      { timeoutMs: 60_000 },
    );
    synergyId = found.data?.synergies.nodes[0]?.id;
    if (!synergyId) throw new Error(`no synergy detected: ${JSON.stringify(found)}`);
    facilitator = bearer(await testToken('FACILITATOR', { territoryIds: [cahors] }));
    facilitatorElsewhere = bearer(await testToken('FACILITATOR', { territoryIds: [figeac] }));
    member = bearer(await testToken('COMPANY_MEMBER', { organizationId: firmIds[0] }));
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe('NOT_FOUND and FORBIDDEN', () => {
    it('answers a synergy of another territory as it answers an unknown id', async () => {
      const elsewhere = await system.gql(SYNERGY, { id: synergyId }, facilitatorElsewhere);
      const unknown = await system.gql(SYNERGY, { id: UNKNOWN }, facilitatorElsewhere);
      expect(elsewhere.data?.synergy ?? null).toBeNull();
      expect(elsewhere.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'UNKNOWN_ID',
        field: 'id',
      });
      expect(withoutIds(elsewhere)).toEqual(withoutIds(unknown));
      // The facilitator of the synergy's territory reads it.
      expect((await system.gql(SYNERGY, { id: synergyId }, facilitator)).data?.synergy).toEqual({
        id: synergyId,
      });
    });

    it('refuses a change naming an unknown or unreachable synergy with NOT_FOUND naming the argument, for every role that may change one', async () => {
      const change = (id: string) => ({ input: { id, to: 'QUALIFIED' } });
      const admin = await system.gql(CHANGE_STATUS, change(UNKNOWN));
      const home = await system.gql(CHANGE_STATUS, change(UNKNOWN), facilitator);
      const elsewhere = await system.gql(CHANGE_STATUS, change(synergyId), facilitatorElsewhere);
      for (const refused of [admin, home, elsewhere]) {
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'UNKNOWN_ID',
          field: 'id',
        });
      }
      expect(withoutIds(home)).toEqual(withoutIds(elsewhere));
      expect(withoutIds(admin)).toEqual(withoutIds(home));
      const status = await system.gql(`query ($id: ID!) { synergy(id: $id) { status } }`, {
        id: synergyId,
      });
      expect(status.data?.synergy.status).toBe('DETECTED');
    });

    it('keeps answering null to an admin asking for an unknown synergy, as the schema says', async () => {
      const response = await system.gql(SYNERGY, { id: UNKNOWN });
      expect(response.errors).toBeUndefined();
      expect(response.data?.synergy).toBeNull();
    });

    it('answers FORBIDDEN where the role may never make the call', async () => {
      const refused = await system.gql(CREATE_TERRITORY, { name: 'Grand Villeneuve' }, member);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ROLE_FORBIDDEN',
      });
      const byFacilitator = await system.gql(
        CHANGE_STATUS,
        {
          input: { id: synergyId, to: 'QUALIFIED' },
        },
        member,
      );
      expect(byFacilitator.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('reasons', () => {
    it.each([
      ['a NUL character', { name: 'Grand\u0000Cahors' }, CREATE_TERRITORY, 'NOT_UNICODE', 'name'],
      ['a lone surrogate', { name: 'Grand \uD800' }, CREATE_TERRITORY, 'NOT_UNICODE', 'name'],
      ['a name too long', { name: 'x'.repeat(201) }, CREATE_TERRITORY, 'TOO_LONG', 'name'],
      ['an id that is no UUID', { id: 'synergy-1' }, SYNERGY, 'NOT_A_UUID', 'id'],
    ])('gives %s its reason and field', async (_case, variables, query, reason, field) => {
      const refused = await system.gql(query, variables);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
        field,
      });
    });

    it('gives errors raised outside the services a reason of the catalogue too', async () => {
      const invalid = await post('{ nope }');
      expect(invalid.body.errors?.[0].extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'INVALID_QUERY',
      });
      const unauthenticated = await post(
        '{ territories { totalCount } }',
        {},
        { authorization: '' },
      );
      expect(unauthenticated.status).toBe(401);
      expect(unauthenticated.body.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'UNAUTHENTICATED',
      });
      const batch = await request(system.gatewayUrl)
        .post('/graphql')
        .set(await withAuthorization())
        .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(batch.body.errors[0].extensions).toMatchObject({
        code: 'BATCHING_NOT_SUPPORTED',
        reason: 'BAD_REQUEST',
      });
      for (const reason of [invalid, unauthenticated].map(
        (response) => response.body.errors?.[0].extensions?.['reason'],
      )) {
        expect(Object.keys(ERROR_REASONS)).toContain(reason);
      }
    });
  });

  describe('variables and literals', () => {
    it('names the variable holding an unknown enum value', async () => {
      const refused = await post(CHANGE_STATUS, { input: { id: synergyId, to: 'LOST' } });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_VALUE',
        field: 'to',
      });
    });

    it('refuses an unknown enum value with the same status, code, reason and field, as a literal or a variable', async () => {
      const variable = await post(CHANGE_STATUS, { input: { id: synergyId, to: 'LOST' } });
      const literal = await post(
        `mutation { changeSynergyStatus(input: { id: "${synergyId}", to: LOST }) { id } }`,
      );
      for (const refused of [literal, variable]) {
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_VALUE',
          field: 'to',
        });
      }
    });

    it('refuses a day that does not exist as a Date, literal or variable, naming its field', async () => {
      const need = `organizationId: "${firmId}", kind: NEED, theme: MATERIALS_WASTE,
        categoryCode: "MATERIAL_PACKAGING", label: "Calage"`;
      const literal = await post(
        `mutation { recordDeclaration(input: { ${need}, availableFrom: "2025-02-30" }) { id } }`,
      );
      const variable = await post(RECORD, {
        input: {
          organizationId: firmId,
          kind: 'NEED',
          theme: 'MATERIALS_WASTE',
          categoryCode: 'MATERIAL_PACKAGING',
          label: 'Calage',
          availableFrom: '2025-02-30',
        },
      });
      for (const refused of [literal, variable]) {
        expect(refused.status).toBe(400);
        expect(refused.body.data).toBeUndefined();
        expect(refused.body.errors?.[0].message).toContain('must be a date, YYYY-MM-DD');
        expect(refused.body.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_VALUE',
          field: 'availableFrom',
        });
      }
    });

    it('refuses first: 1000 with the same status and error, as a literal or as a variable', async () => {
      const literal = await post('{ territories(first: 1000) { totalCount } }');
      const variable = await post(
        'query ($first: Int) { territories(first: $first) { totalCount } }',
        {
          first: 1000,
        },
      );
      for (const refused of [literal, variable]) {
        expect(refused.status).toBe(400);
        expect(refused.body.data).toBeUndefined();
      }
      expect(withoutIds(variable.body)).toEqual(withoutIds(literal.body));
      expect(withoutIds(literal.body)).toEqual([
        {
          message: 'first: must be at most 100 (got 1000)',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'OUT_OF_RANGE',
            field: 'first',
            maximum: 100,
          },
        },
      ]);
    });
  });

  describe('the language of messages', () => {
    const FRENCH = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' };

    it('writes the catalogue’s messages in French when the request asks for it, the reason unchanged', async () => {
      const french = await system.gql(
        SYNERGY,
        { id: synergyId },
        { ...facilitatorElsewhere, ...FRENCH },
      );
      const english = await system.gql(SYNERGY, { id: synergyId }, facilitatorElsewhere);
      expect(french.errors?.[0].message).toBe(`id ${synergyId} ${ERROR_REASONS.UNKNOWN_ID.FR}`);
      expect(english.errors?.[0].message).toBe(`id ${synergyId} ${ERROR_REASONS.UNKNOWN_ID.EN}`);
      const { requestId: _french, ...frenchExtensions } = french.errors?.[0].extensions ?? {};
      const { requestId: _english, ...englishExtensions } = english.errors?.[0].extensions ?? {};
      expect(frenchExtensions).toEqual(englishExtensions);
    });

    it.each([
      [
        'fr',
        { name: 'Grand\u0000Cahors' },
        CREATE_TERRITORY,
        {},
        'name : ne doit pas contenir de caractère NUL (U+0000)',
      ],
      [
        'fr-CA',
        { name: '\uDC00' },
        CREATE_TERRITORY,
        {},
        'name : doit être un texte Unicode bien formé (surrogate isolé U+DC00)',
      ],
      [
        'fr;q=0.8, de',
        { name: 'x'.repeat(201) },
        CREATE_TERRITORY,
        {},
        'name : doit compter au plus 200 caractères',
      ],
      ['fr', { id: 'synergy-1' }, SYNERGY, {}, 'id : doit être un UUID'],
      [
        'fr',
        {},
        '{ territories(first: 1) { nodes { zzz } } }',
        {},
        'Le champ « zzz » n’existe pas sur le type « Territory ».',
      ],
      [
        'fr',
        { name: 'Grand Villeneuve' },
        CREATE_TERRITORY,
        'member',
        'Interdit : COMPANY_MEMBER ne peut pas utiliser Mutation.createTerritory',
      ],
    ])(
      'answers Accept-Language: %s in French',
      async (language, variables, query, caller, message) => {
        const headers = { ...(caller === 'member' ? member : {}), 'accept-language': language };
        const refused = await system.gql(query, variables, headers);
        expect(refused.errors?.[0].message).toBe(message);
      },
    );

    it('answers English when the request prefers another language or names none', async () => {
      for (const language of ['en-GB', 'de, fr;q=0', '']) {
        const refused = await system.gql(
          SYNERGY,
          { id: 'synergy-1' },
          { 'accept-language': language },
        );
        expect(refused.errors?.[0].message).toBe('id: must be a UUID');
      }
    });
  });
});
