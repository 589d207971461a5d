import { Client } from 'pg';
import request from 'supertest';
import {
  bearer,
  GraphQLResponse,
  startTestSystem,
  TEST_TOKEN_SETTINGS,
  TestSystem,
  testToken,
} from '@symbiose/testing';
import { expectClientError } from './support/client-errors';

/**
 * The gateway's limits, through the real gateway in production mode in front of the real
 * subgraphs: each abusive request is refused with a clear error carrying the request id,
 * while an ordinary query still works. Each test speaks as a client of its own (its own bearer
 * token), since the rate limit counts per client.
 */
jest.setTimeout(180_000);

const RATE_LIMIT_MAX = 20;
const BODY_LIMIT_BYTES = 1024 * 1024;
/** The subgraphs' default: room for what the gateway passes on of a client's body. */
const SUBGRAPH_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const SUBGRAPHS = ['directory', 'interviews', 'synergy-engine', 'workshops'];

/** Production refuses the development secret: every service gets this one. */
const PRODUCTION_SECRET = 'a-production-secret-of-the-hardening-suite';

let clientCount = 0;
/** The headers of a new client: an ADMIN of its own, with its own subject. */
async function newClient(): Promise<Record<string, string>> {
  clientCount += 1;
  return bearer(
    await testToken('ADMIN', { subject: `test:client-${clientCount}` }, 3600, {
      ...TEST_TOKEN_SETTINGS,
      AUTH_TOKEN_SECRET: PRODUCTION_SECRET,
    }),
  );
}

type ErrorEntry = NonNullable<GraphQLResponse['errors']>[number];

/**
 * `count` fragments looping territory → zones → territory, each into the next: with two zones
 * in the territory, the answer doubles at each fragment. Eighteen of them, sent straight to an
 * unguarded directory, took it past 4 GB and out of memory.
 */
function fragmentBomb(count: number): string {
  const fragments = Array.from({ length: count }, (_, i) => {
    const next = i + 1 < count ? `...F${i + 1}` : 'name';
    return `fragment F${i} on Territory { name zones { id territory { ${next} } } }`;
  });
  return `{ territories(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')}`;
}

/**
 * Four levels of `Territory.zones`, a list with no page: 124 bytes within every other limit that
 * answered 810,000 zones out of 30 (38 MB, in 18 s).
 */
const NESTED_ZONES = `{ territories(first: 1) { nodes { zones { territory { zones { territory {
  zones { territory { zones { id } } } } } } } } } }`;

/** Offsets no cursor this API gave holds: past any table, past 2^63, negative, not numbers. */
const ABSURD_OFFSETS = ['1e300', String(2n ** 63n), '9'.repeat(40), '-5', 'NaN', '12abc'];

interface ConnectionField {
  name: string;
  /** Its required arguments, all IDs (the fields that need more are left out). */
  requiredIds: string[];
  /** Whether it takes the partner body whose rows it lists, which an admin must name. */
  takesPartner: boolean;
}

const CONNECTIONS_INTROSPECTION = `{ __schema { queryType { fields { name args {
  name defaultValue type { kind name ofType { kind name } } } } } } }`;

interface IntrospectedArgument {
  name: string;
  defaultValue: string | null;
  type: { kind: string; name: string | null; ofType: { kind: string; name: string } | null };
}

/** The fields of Query taking `after` whose required arguments are IDs this suite can give. */
function connectionFieldsOf(body: {
  data: { __schema: { queryType: { fields: { name: string; args: IntrospectedArgument[] }[] } } };
}): ConnectionField[] {
  const fields = body.data.__schema.queryType.fields.filter(({ args }) =>
    args.some((argument) => argument.name === 'after'),
  );
  return fields.flatMap(({ name, args }) => {
    const required = args.filter(
      (argument) => argument.type.kind === 'NON_NULL' && argument.defaultValue === null,
    );
    if (required.some((argument) => argument.type.ofType?.name !== 'ID')) return [];
    return [
      {
        name,
        requiredIds: required.map((argument) => argument.name),
        takesPartner: args.some((argument) => argument.name === 'partnerId'),
      },
    ];
  });
}

/** A thousand aliases of `__typename`, which every schema has. */
const TYPENAME_FLOOD = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('the hardened gateway', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem('hardening', {
      env: { AUTH_TOKEN_SECRET: PRODUCTION_SECRET },
      gatewayEnv: {
        NODE_ENV: 'production',
        RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
        RATE_LIMIT_WINDOW_MS: '600000',
      },
    });
    const created = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
      {},
      await newClient(),
    );
    expect(created.errors).toBeUndefined();
  });

  afterAll(async () => {
    await system?.stop();
  });

  /** Sends an operation as a new client; the request id it got is in its headers. */
  const gql = async (query: string, variables: Record<string, unknown> = {}) =>
    system.gql(query, variables, await newClient());

  /** Every error names the request, as the response header does. */
  function expectRequestIds(response: GraphQLResponse): void {
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors ?? []) {
      expect(error.extensions?.['requestId']).toBe(response.headers['x-request-id']);
    }
  }

  it('still answers an ordinary query', async () => {
    const response = await gql(`{ territories(first: 10) { totalCount nodes { name } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.territories).toEqual({
      totalCount: 1,
      nodes: [{ name: 'Grand Cahors' }],
    });
  });

  it('refuses a query nested deeper than the depth limit, naming the limit and the depth', async () => {
    const response = await gql(`{
      territories(first: 1) { nodes { zones { territory { zones { territory {
        zones { territory { zones { territory { name } } } } } } } } } }
    }`);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]).toEqual(
      expect.objectContaining({
        message: 'Query depth limit of 10 exceeded, found 11.',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' }),
      }),
    );
    expectRequestIds(response);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from(
      { length: 100 },
      (_, i) => `a${i}: territories(first: 1) { totalCount }`,
    );
    const response = await gql(`{ ${aliases.join(' ')} }`);
    expect(response.data).toBeUndefined();
    const error = response.errors?.find((e: ErrorEntry) => e.extensions?.['limit'] === 'aliases');
    expect(error).toEqual(
      expect.objectContaining({
        message: 'Aliases limit of 15 exceeded, found 100.',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }),
      }),
    );
    expectRequestIds(response);
  });

  it('refuses a query whose pages within pages cost too much', async () => {
    const response = await gql(`{
      organizations(first: 100) { nodes { interviews(first: 100) { nodes { id declarations { id } } } } }
    }`);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].message).toMatch(/^Query Cost limit of 50000 exceeded, found \d+/);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
    });
    expectRequestIds(response);
  });

  it('refuses first: 100000, naming first and the maximum page size', async () => {
    const literal = await gql(`{ territories(first: 100000) { totalCount } }`);
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]).toEqual({
      message: 'first: must be at most 100 (got 100000)',
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
    });
    expectRequestIds(literal);

    // As a variable, the gateway refuses it the same way, before anything runs.
    const variable = await gql(
      `query ($first: Int) { territories(first: $first) { totalCount } }`,
      {
        first: 100_000,
      },
    );
    expect(variable.data).toBeUndefined();
    expect(variable.errors?.[0]).toEqual({
      message: 'first: must be at most 100 (got 100000)',
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
    });
    expectRequestIds(variable);
  });

  it('refuses a batch of 100 operations', async () => {
    const batch = Array.from({ length: 100 }, () => ({
      query: '{ territories(first: 1) { totalCount } }',
    }));
    const response = await request(system.gatewayUrl)
      .post('/graphql')
      .set(await newClient())
      .send(batch);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'Batched operations are not accepted: send one operation per request (got 100)',
        extensions: {
          code: 'BATCHING_NOT_SUPPORTED',
          reason: 'BAD_REQUEST',
          requestId: response.headers['x-request-id'],
        },
      },
    ]);
  });

  it('refuses a body over the size limit with HTTP 413, and takes one under it', async () => {
    const post = async (padding: string) =>
      request(system.gatewayUrl)
        .post('/graphql')
        .set(await newClient())
        .set('content-type', 'application/json')
        .send(JSON.stringify({ query: '{ __typename }', variables: { padding } }));
    // Half a megabyte: over body-parser's default of 100 kB, under the gateway's limit.
    const under = await post('x'.repeat(BODY_LIMIT_BYTES / 2));
    expect(under.status).toBe(200);
    expect(under.body).toEqual({ data: { __typename: 'Query' } });

    const response = await post('x'.repeat(BODY_LIMIT_BYTES + 1));
    expect(response.status).toBe(413);
    expect(response.body.errors).toEqual([
      {
        message: expect.stringMatching(
          new RegExp(`^Request body too large: at most ${BODY_LIMIT_BYTES} bytes \\(got \\d+\\)$`),
        ),
        extensions: {
          code: 'REQUEST_TOO_LARGE',
          reason: 'REQUEST_TOO_LARGE',
          requestId: response.headers['x-request-id'],
        },
      },
    ]);
  });

  it('limits each client to its own number of requests, with HTTP 429 and Retry-After past it', async () => {
    const client = await newClient();
    const query = { query: '{ territories(first: 1) { totalCount } }' };
    for (let i = 0; i < RATE_LIMIT_MAX; i += 1) {
      const allowed = await request(system.gatewayUrl).post('/graphql').set(client).send(query);
      expect(allowed.status).toBe(200);
    }
    const refused = await request(system.gatewayUrl).post('/graphql').set(client).send(query);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused.body.errors).toEqual([
      {
        message: `Too many requests: at most ${RATE_LIMIT_MAX} per 600 s for each client; retry after ${retryAfter} s`,
        extensions: {
          code: 'RATE_LIMITED',
          reason: 'RATE_LIMITED',
          requestId: refused.headers['x-request-id'],
        },
      },
    ]);

    // The charts the gateway relays count too.
    const chart = await request(system.gatewayUrl)
      .get(`/workshops/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/prioritisation.svg`)
      .set(client);
    expect(chart.status).toBe(429);

    // Another client, behind the same IP, is not held back by the first one's requests.
    const other = await request(system.gatewayUrl)
      .post('/graphql')
      .set(await newClient())
      .send(query);
    expect(other.status).toBe(200);
  });

  it('refuses introspection in production', async () => {
    const response = await gql(`{ __schema { queryType { name } } }`);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].message).toMatch(/introspection is not allowed/);
    expectRequestIds(response);
  });

  it('suggests no field names in production', async () => {
    const response = await gql(`{ territorie(first: 1) { totalCount } }`);
    expect(response.errors?.[0].message).toBe('Cannot query field "territorie" on type "Query".');
    expectRequestIds(response);
  });

  it('shows no landing page in production', async () => {
    const response = await request(system.gatewayUrl)
      .get('/graphql')
      .set(await newClient())
      .set('accept', 'text/html');
    expect(response.headers['content-type'] ?? '').not.toMatch(/text\/html/);
  });

  it('refuses a GET operation without a CSRF preflight header', async () => {
    const response = await request(system.gatewayUrl)
      .get('/graphql')
      .query({ query: '{ territories(first: 1) { totalCount } }' })
      .set(await newClient());
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Cross-Site Request Forgery/),
      extensions: { code: 'BAD_REQUEST', requestId: response.headers['x-request-id'] },
    });
  });

  describe('at the gateway and at each subgraph alike', () => {
    const TARGETS = ['gateway', ...SUBGRAPHS];

    /** The territory, and the first of its zones, that calls naming one name. */
    let territoryId: string;
    let zoneId: string;

    beforeAll(async () => {
      const territories = await gql(`{ territories(first: 1) { nodes { id } } }`);
      territoryId = territories.data?.territories.nodes[0].id as string;
      for (const name of ['Cahors Sud', 'Les Grands Camps']) {
        const zone = await gql(
          `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
          { input: { territoryId, name, kind: 'MIXED', latitude: 44.42, longitude: 1.44 } },
        );
        expect(zone.errors).toBeUndefined();
        zoneId ??= zone.data?.createZone.id as string;
      }
    });

    /** Posts a query straight to a service's port, as a client with a valid token. */
    async function postTo(service: string, query: string) {
      return request(system.urls[service])
        .post('/graphql')
        .set(await newClient())
        .send({ query });
    }

    /**
     * The refusal of a limit: HTTP 400 and QUERY_TOO_COMPLEX errors, one naming the limit (the
     * gateway may name its cost limit too).
     */
    function expectRefusedBy(response: request.Response, limit: string, message: string): void {
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      const errors: ErrorEntry[] = response.body.errors ?? [];
      expect(errors.map((error) => error.extensions?.['code'])).toEqual(
        errors.map(() => 'QUERY_TOO_COMPLEX'),
      );
      expect(errors.find((error) => error.extensions?.['limit'] === limit)?.message).toBe(message);
    }

    async function expectEveryServiceReady(): Promise<void> {
      for (const service of TARGETS) {
        const ready = await request(system.urls[service]).get('/health/ready');
        expect({ service, status: ready.status }).toEqual({ service, status: 200 });
      }
    }

    it.each(TARGETS)('%s stops a bomb of 600 fragments at its token limit', async (service) => {
      const response = await postTo(service, fragmentBomb(600));
      expectRefusedBy(response, 'tokens', 'Query token limit of 5000 exceeded.');
      await expectEveryServiceReady();
    });

    it.each(TARGETS)(
      '%s counts 1,000 aliases of __typename against its alias limit',
      async (service) => {
        const response = await postTo(service, TYPENAME_FLOOD);
        expectRefusedBy(response, 'aliases', 'Aliases limit of 15 exceeded, found 1000.');
        await expectEveryServiceReady();
      },
    );

    it.each(['gateway', 'directory'])(
      '%s refuses a bomb short enough to parse by its depth',
      async (service) => {
        const response = await postTo(service, fragmentBomb(18));
        expectRefusedBy(response, 'depth', 'Query depth limit of 10 exceeded, found 39.');
        await expectEveryServiceReady();
      },
    );

    it.each(['gateway', 'directory'])(
      '%s refuses zones within territories within zones, lists with no page, by their cost',
      async (service) => {
        const response = await postTo(service, NESTED_ZONES);
        expectRefusedBy(response, 'cost', 'Query Cost limit of 50000 exceeded, found 513684.');
        await expectEveryServiceReady();
      },
    );

    describe('a cursor holding an absurd offset', () => {
      /** The root connections of each subgraph (those taking `after`), as it describes them. */
      const connections = new Map<string, ConnectionField[]>();

      beforeAll(async () => {
        for (const service of SUBGRAPHS) {
          const response = await postTo(service, CONNECTIONS_INTROSPECTION);
          connections.set(service, connectionFieldsOf(response.body));
        }
        connections.set('gateway', [...connections.values()].flat());
      });

      /** A call of `field` after the cursor `$after`, its required arguments this suite's ids. */
      function afterCall(field: ConnectionField) {
        const ids = field.requiredIds.map(
          (name) => `${name}: "${name === 'territoryId' ? territoryId : zoneId}"`,
        );
        const partner = field.takesPartner ? ['partnerId: "syded"'] : [];
        const args = [...ids, ...partner, 'after: $after'].join(', ');
        return `query ($after: String) { ${field.name}(${args}) { __typename } }`;
      }

      it.each(TARGETS)('is BAD_USER_INPUT on after at %s, on every connection', async (service) => {
        const fields = connections.get(service) ?? [];
        expect(fields.length).toBeGreaterThan(0);
        for (const field of fields) {
          for (const offset of ABSURD_OFFSETS) {
            const after = Buffer.from(`offset:${offset}`).toString('base64url');
            const response = await request(system.urls[service])
              .post('/graphql')
              .set(await newClient())
              .send({ query: afterCall(field), variables: { after } });
            expectClientError(response);
            expect({ field: field.name, offset, error: response.body.errors[0] }).toMatchObject({
              field: field.name,
              offset,
              error: {
                message: 'after: is not a cursor this API gave',
                extensions: { code: 'BAD_USER_INPUT', field: 'after' },
              },
            });
          }
        }
        await expectEveryServiceReady();
      });
    });

    it.each(SUBGRAPHS)(
      "%s answers forged entity representations as the client's error, never a crash",
      async (service) => {
        const entities = async (representations: unknown[]) =>
          (
            await request(system.urls[service])
              .post('/graphql')
              .set(await newClient())
              .send({
                query: `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
                variables: { r: representations },
              })
          ).body;
        const uuid = '6f1c1c1c-1c1c-4c1c-8c1c-1c1c1c1c1c1c';
        for (const [forged, problem] of [
          [{ __typename: 'Organization' }, '#0: id must be a string'],
          [{ __typename: 'Organization', id: { in: [uuid] } }, '#0: id must be a string'],
          [{ id: uuid }, '#0: __typename must be a string'],
          [{ __typename: 'Nothing', id: uuid }, '#0: no entity type is named Nothing'],
        ] as const) {
          const { errors } = await entities([forged]);
          expect(errors?.[0]).toMatchObject({
            message: `representations: ${problem}`,
            extensions: { code: 'BAD_USER_INPUT', field: 'representations' },
          });
        }
        // An id no zone can have finds none where zones are resolved; elsewhere it is a stub.
        const { data, errors } = await entities([{ __typename: 'Zone', id: 'cahors-sud' }]);
        expect(errors).toBeUndefined();
        expect(data._entities).toEqual(service === 'directory' ? [null] : [{ __typename: 'Zone' }]);
        await expectEveryServiceReady();
      },
    );

    it("still answers the gateway's query plans, their entity fetches included", async () => {
      // zones come from the directory, synergies from the engine by `_entities`, their
      // organizations from the directory again.
      const response = await gql(`{
        territories(first: 1) { nodes { zones { name synergies(first: 10) { totalCount } } } }
      }`);
      expect(response.errors).toBeUndefined();
      expect(response.data?.territories.nodes[0].zones).toEqual([
        { name: 'Cahors Sud', synergies: { totalCount: 0 } },
        { name: 'Les Grands Camps', synergies: { totalCount: 0 } },
      ]);
    });

    it.each(SUBGRAPHS)('%s refuses a body over its limit with HTTP 413', async (service) => {
      const response = await request(system.urls[service])
        .post('/graphql')
        .set(await newClient())
        .set('content-type', 'application/json')
        .send(
          JSON.stringify({
            query: '{ __typename }',
            variables: { padding: 'x'.repeat(SUBGRAPH_BODY_LIMIT_BYTES) },
          }),
        );
      expect(response.status).toBe(413);
      expect(response.body.errors).toEqual([
        {
          message: expect.stringMatching(
            `^Request body too large: at most ${SUBGRAPH_BODY_LIMIT_BYTES} bytes`,
          ),
          extensions: expect.objectContaining({ code: 'REQUEST_TOO_LARGE' }),
        },
      ]);
    });

    it('passes a client body under its limit on to the subgraph that reads it', async () => {
      // Half a megabyte of name: over body-parser's default of 100 kB, which the subgraphs kept.
      const response = await gql(
        `mutation ($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }`,
        { input: { name: 'x'.repeat(BODY_LIMIT_BYTES / 2) } },
      );
      expect(response.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'name' }),
        }),
      ]);
    });
  });

  it('masks an internal error: a generic message, no SQL, no stack, and the request id', async () => {
    // The directory's territory table is taken away for the call: its insert fails inside.
    const database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
    await database.query('ALTER TABLE directory.territory RENAME TO territory_away');
    let response: GraphQLResponse;
    try {
      response = await gql(
        `mutation ($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }`,
        { input: { name: 'Grand Cahors' } },
      );
    } finally {
      await database.query('ALTER TABLE directory.territory_away RENAME TO territory');
      await database.end();
    }
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors ?? [];
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: response.headers['x-request-id'],
    });
    expect(JSON.stringify(response.errors)).not.toMatch(/territory_away|relation|INSERT|at .*\.js/);
    // It was the database that failed, as the directory's log says.
    expect(
      system.logLines.some(
        ({ service, line }) =>
          service === 'directory' &&
          line.includes(response.headers['x-request-id']) &&
          line.includes('QueryFailedError'),
      ),
    ).toBe(true);
  });
});
