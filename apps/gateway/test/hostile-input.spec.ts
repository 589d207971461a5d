import request from 'supertest';
import { completeSiret } from '@symbiose/sirene';
import {
  bearer,
  sireneExtract,
  startTestSystem,
  TestSystem,
  testToken,
  waitFor,
} from '@symbiose/testing';
import { DRIVER_TEXT, expectClientError, expectEveryServiceReady } from './support/client-errors';

/**
 * Hostile input through the gateway and straight to the subgraph that reads it: each answered as
 * the client's error (no 5xx, no INTERNAL_SERVER_ERROR, no driver text), nothing written, every
 * service still ready after it.
 */
jest.setTimeout(180_000);

/** A square of about 1 km² in Cahors Sud, wound counterclockwise. */
const SQUARE = [
  [1.44, 44.42],
  [1.4525, 44.42],
  [1.4525, 44.429],
  [1.44, 44.429],
  [1.44, 44.42],
];

/**
 * A perimeter's JSON with its positions 5,000 lists deep, written by hand: JSON.stringify
 * overflows its stack on such a value (as it did in the gateway passing it on).
 */
const NESTED_5000 = `{"type":"Polygon","coordinates":${'['.repeat(5000)}1.44,44.42${']'.repeat(5000)}}`;

const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });

/** Perimeters no zone can have, as JSON, and the words that say why. */
const HOSTILE_PERIMETERS: [string, string, RegExp][] = [
  [
    'bow tie',
    JSON.stringify(
      polygon([
        [1.44, 44.42],
        [1.45, 44.43],
        [1.45, 44.42],
        [1.44, 44.43],
        [1.44, 44.42],
      ]),
    ),
    /^perimeter: must not cross itself \(its edges cross at \[/,
  ],
  [
    'flat',
    JSON.stringify(
      polygon([
        [1.44, 44.42],
        [1.45, 44.42],
        [1.46, 44.42],
        [1.44, 44.42],
      ]),
    ),
    /^perimeter: encloses no area$/,
  ],
  ['open', JSON.stringify(polygon(SQUARE.slice(0, -1))), /^perimeter: ring 0 is not closed/],
  [
    'hole outside',
    JSON.stringify(
      polygon(
        SQUARE,
        SQUARE.map(([x, y]) => [x / 2 + 1, y]),
      ),
    ),
    /^perimeter: ring 1 \(a hole\) lies outside ring 0$/,
  ],
  [
    'a point',
    JSON.stringify({ type: 'Point', coordinates: [1.44, 44.42] }),
    // Refused as a Perimeter while the variables are read, in graphql-js's words.
    /at "input\.perimeter"; must be a GeoJSON Polygon or MultiPolygon/,
  ],
  ['nested', NESTED_5000, /^perimeter: nests deeper than/],
];

/** `count` fragments on Query, each spreading the next: a stack as deep as the chain. */
function fragmentChain(count: number): string {
  const fragments = Array.from({ length: count }, (_, i) =>
    i + 1 < count
      ? `fragment F${i} on Query { ...F${i + 1} }`
      : `fragment F${i} on Query { __typename }`,
  );
  return `{ ...F0 } ${fragments.join(' ')}`;
}

/** Requests Apollo Server itself refuses, before any resolver: each must be a 400 saying why. */
const MALFORMED_REQUESTS: [string, Record<string, unknown>][] = [
  [
    'two operations without an operationName',
    { query: 'query A { __typename } query B { __typename }' },
  ],
  ['an unknown operationName', { query: 'query A { __typename }', operationName: 'B' }],
  [
    'a persisted query whose hash is not its text',
    {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    },
  ],
  ['2,000 chained fragments', { query: fragmentChain(2000) }],
  ['a query that is not a string', { query: { kind: 'Document' } }],
  ['variables that are not an object', { query: '{ __typename }', variables: [1] }],
];

describe('hostile input', () => {
  let system: TestSystem;
  let admin: Record<string, string>;
  let territoryId: string;

  beforeAll(async () => {
    system = await startTestSystem('hostile-input');
    admin = bearer(await testToken('ADMIN'));
    const created = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    territoryId = created.data?.createTerritory.id as string;
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe("Apollo Server's own refusals", () => {
    it.each(['gateway', 'directory', 'interviews', 'synergy-engine', 'workshops'])(
      'are HTTP 400 with a code and a message at %s',
      async (service) => {
        const answers = [];
        for (const [name, body] of MALFORMED_REQUESTS) {
          const response = await request(system.urls[service])
            .post('/graphql')
            .set(admin)
            .send(body);
          const [error] = response.body.errors ?? [];
          answers.push({
            name,
            status: response.status,
            message: error?.message,
            code: error?.extensions?.code,
          });
        }
        expect(answers).toEqual(
          MALFORMED_REQUESTS.map(([name]) => ({
            name,
            status: 400,
            message: expect.not.stringMatching(DRIVER_TEXT),
            code: expect.stringMatching(/^(?!INTERNAL_SERVER_ERROR)[A-Z_]+$/),
          })),
        );
        await expectEveryServiceReady(system.urls);
      },
    );

    it('relays a form body to POST /auth/token as the directory reads it', async () => {
      const response = await request(system.gatewayUrl)
        .post('/auth/token')
        .type('form')
        .send({ apiKey: 'not-a-key' });
      expect(response.status).toBe(401);
      expect(response.text).not.toMatch(DRIVER_TEXT);
      await expectEveryServiceReady(system.urls);
    });
  });

  describe('an import with a NUL byte in one cell', () => {
    const IMPORT = `query ($id: ID!) {
      organizationImport(id: $id) {
        status accepted rejected failure errors(first: 10) { nodes { line column reason } }
      }
    }`;

    it.each(['gateway', 'directory'])(
      'rejects that row at %s, naming its column, and imports the others',
      async (service) => {
        const serial = service === 'gateway' ? '41' : '42';
        const rows = [1, 2, 3].map((index) => ({
          siret: completeSiret(`${serial}0000000000${index}`),
          denominationUniteLegale:
            index === 2 ? 'SCIERIE\u0000 DU LOT' : `FIRME ${serial}-${index}`,
        }));
        const uploaded = await request(system.urls[service])
          .post(`/imports/organizations?territoryId=${territoryId}`)
          .set(admin)
          .set('content-type', 'text/csv')
          .send(sireneExtract(rows, ';'));
        expect(uploaded.status).toBe(202);
        const finished = await waitFor(
          () => system.gql(IMPORT, { id: uploaded.body.importId }, admin),
          (answer) => ['SUCCEEDED', 'FAILED'].includes(answer.data?.organizationImport?.status),
          { timeoutMs: 60_000, intervalMs: 250 },
        );
        expect(finished.data?.organizationImport).toEqual({
          status: 'SUCCEEDED',
          accepted: 2,
          rejected: 1,
          failure: null,
          errors: {
            nodes: [
              {
                line: 3,
                column: 'denominationUniteLegale',
                reason: 'must not contain a NUL character (U+0000)',
              },
            ],
          },
        });
        expect(JSON.stringify(finished.data)).not.toMatch(DRIVER_TEXT);
        await expectEveryServiceReady(system.urls);
      },
    );
  });

  describe('a zone perimeter', () => {
    const CREATE_ZONE = `mutation ($input: CreateZoneInput!) {
      createZone(input: $input) { id areaKm2 perimeter }
    }`;

    /** Posts createZone with a perimeter given as JSON text, set in the body as it is. */
    function createZone(service: string, name: string, perimeterJson: string) {
      const input = { territoryId, name, kind: 'MIXED', latitude: 44.42, longitude: 1.44 };
      const body = JSON.stringify({ query: CREATE_ZONE, variables: { input } });
      return request(system.urls[service])
        .post('/graphql')
        .set(admin)
        .set('content-type', 'application/json')
        .send(body.replace(/}}}$/, `,"perimeter":${perimeterJson}}}}`));
    }

    async function zoneNames(): Promise<string[]> {
      const response = await system.gql(
        `query ($id: ID!) { territory(id: $id) { zones { name } } }`,
        { id: territoryId },
        admin,
      );
      return (response.data?.territory.zones ?? []).map((zone: { name: string }) => zone.name);
    }

    it.each(['gateway', 'directory'])(
      "is the client's error at %s, BAD_USER_INPUT on perimeter, and nothing is written",
      async (service) => {
        for (const [name, perimeter, problem] of HOSTILE_PERIMETERS) {
          const response = await createZone(service, `${service} ${name}`, perimeter);
          expectClientError(response);
          expect({ name, error: response.body.errors[0] }).toMatchObject({
            name,
            error: {
              message: expect.stringMatching(problem),
              extensions: { code: 'BAD_USER_INPUT', field: 'perimeter' },
            },
          });
        }
        expect((await zoneNames()).filter((name) => name.startsWith(service))).toEqual([]);
        await expectEveryServiceReady(system.urls);
      },
    );

    it('takes a perimeter wound clockwise, and stores it wound as RFC 7946 asks', async () => {
      const clockwise = JSON.stringify(polygon([...SQUARE].reverse()));
      const response = await createZone('gateway', 'Wound clockwise', clockwise);
      expect(response.body.errors).toBeUndefined();
      const zone = response.body.data.createZone;
      expect(zone.perimeter).toEqual(polygon(SQUARE));
      expect(zone.areaKm2).toBeCloseTo(0.99, 1);
    });
  });
});
