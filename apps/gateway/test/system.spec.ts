import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import request from 'supertest';
import { completeSiret } from '@symbiose/sirene';
import {
  postGraphQL,
  SERVICE_NAMES,
  startTestSystem,
  TestSystem,
  waitFor,
} from '@symbiose/testing';
import { SUBGRAPHS } from '@symbiose/system';

/**
 * The whole system as it runs for real: the five built services as separate
 * processes on one test database and queue prefix, driven through the gateway.
 */
jest.setTimeout(180_000);

const CAHORS_SUD = { latitude: 44.4012, longitude: 1.4521 };

let siretSequence = 0;
function nextSiret(): string {
  siretSequence += 1;
  return completeSiret(`4${String(siretSequence).padStart(12, '0')}`);
}

describe('the system behind the gateway', () => {
  let system: TestSystem;
  const gql: TestSystem['gql'] = (query, variables, headers) =>
    system.gql(query, variables, headers);

  let territoryId: string;
  let zoneId: string;
  let otherZoneId: string;

  beforeAll(async () => {
    system = await startTestSystem('system');

    const territory = await gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    territoryId = territory.data?.createTerritory.id;
    const createZone = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`;
    const zone = await gql(createZone, {
      input: { territoryId, name: 'Cahors Sud', kind: 'MIXED', ...CAHORS_SUD },
    });
    zoneId = zone.data?.createZone.id;
    const other = await gql(createZone, {
      input: {
        territoryId,
        name: 'Les Grands Camps',
        kind: 'COMMERCIAL',
        latitude: 44.47,
        longitude: 1.43,
      },
    });
    otherZoneId = other.data?.createZone.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const REGISTER = `
    mutation ($input: RegisterOrganizationInput!) {
      registerOrganization(input: $input) { id siret name status zone { name } nafActivity { label } }
    }`;

  function register(overrides: Record<string, unknown> = {}) {
    return gql(REGISTER, {
      input: {
        siret: nextSiret(),
        name: 'Transports Lacombe',
        kind: 'COMPANY',
        nafCode: '49.41A',
        headcount: 24,
        zoneId,
        ...CAHORS_SUD,
        ...overrides,
      },
    });
  }

  async function organizationCount(): Promise<number> {
    const response = await gql(`{ organizations(first: 0) { totalCount } }`);
    return response.data?.organizations.totalCount;
  }

  describe('composition', () => {
    it('serves one schema composed of the four subgraphs', async () => {
      const response = await gql(`{
        __schema { queryType { fields { name } } }
        zoneType: __type(name: "Zone") { fields { name } }
        organizationType: __type(name: "Organization") { fields { name } }
      }`);
      const names = (fields: { name: string }[]) => fields.map((field) => field.name);
      expect(names(response.data?.__schema.queryType.fields)).toEqual(
        expect.arrayContaining([
          'territories',
          'organizations',
          'interviews',
          'declarations',
          'workshops',
        ]),
      );
      expect(names(response.data?.zoneType.fields)).toEqual(
        expect.arrayContaining([
          'organizationCount',
          'interviewCount',
          'needCount',
          'workshopCount',
          'matchableOrganizationCount',
        ]),
      );
      expect(names(response.data?.organizationType.fields)).toEqual(
        expect.arrayContaining(['siret', 'contacts', 'interviews', 'declarations']),
      );
    });

    it('shows a landing page to a browser outside production', async () => {
      const page = await request(system.gatewayUrl).get('/graphql').set('accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
    });

    it("composes the subgraphs' own SDL without errors", async () => {
      const subgraphs = await Promise.all(
        SUBGRAPHS.map(async ({ name }) => {
          const response = await postGraphQL(system.urls[name], '{ _service { sdl } }');
          return {
            name,
            url: `${system.urls[name]}/graphql`,
            typeDefs: parse(response.data?._service.sdl),
          };
        }),
      );
      const result = composeServices(subgraphs);
      expect(result.errors ?? []).toEqual([]);
    });
  });

  it('answers one query with fields from every subgraph, fed by the events of another', async () => {
    const registered = await register({ name: 'Cahors Robotique', nafCode: '28.99B' });
    expect(registered.errors).toBeUndefined();

    const query = `query ($id: ID!) {
      zone(id: $id) { name territory { name } organizationCount workshopCount matchableOrganizationCount }
    }`;
    // The synergy engine learns of the organization through the outbox, the relay and its queue.
    const response = await waitFor(
      () => gql(query, { id: zoneId }),
      (result) => result.data?.zone.matchableOrganizationCount >= 1,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.zone).toMatchObject({
      name: 'Cahors Sud',
      territory: { name: 'Grand Cahors' },
      workshopCount: 0,
    });
    expect(response.data?.zone.organizationCount).toBe(
      response.data?.zone.matchableOrganizationCount,
    );
  });

  describe('organizations', () => {
    const PAGE = `query ($first: Int, $after: String, $filter: OrganizationFilter) {
      organizations(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id name } }
      }
    }`;
    let filterZoneOrganizations: Record<string, string>;

    beforeAll(async () => {
      const specs = [
        { name: 'Boulangerie du Lot', nafCode: '10.71C', kind: 'COMPANY' },
        { name: 'Lot Logistique', nafCode: '52.10B', kind: 'COMPANY' },
        { name: 'Menuiserie Quercy', nafCode: '16.23Z', kind: 'COMPANY' },
        { name: 'Quercy Numérique', nafCode: '62.01Z', kind: 'COMPANY' },
        { name: 'Syndicat des déchets', nafCode: '38.11Z', kind: 'PUBLIC_BODY' },
      ];
      filterZoneOrganizations = {};
      for (const spec of specs) {
        const response = await register({ ...spec, zoneId: otherZoneId });
        expect(response.errors).toBeUndefined();
        filterZoneOrganizations[spec.name] = response.data?.registerOrganization.id;
      }
    });

    it('pages through a zone in order, with cursors that neither skip nor repeat', async () => {
      const filter = { zoneId: otherZoneId };
      const first = await gql(PAGE, { first: 2, filter });
      const second = await gql(PAGE, {
        first: 2,
        after: first.data?.organizations.pageInfo.endCursor,
        filter,
      });
      const third = await gql(PAGE, {
        first: 2,
        after: second.data?.organizations.pageInfo.endCursor,
        filter,
      });

      const names = [first, second, third].flatMap((page) =>
        page.data?.organizations.edges.map((edge: { node: { name: string } }) => edge.node.name),
      );
      expect(names).toEqual([
        'Boulangerie du Lot',
        'Lot Logistique',
        'Menuiserie Quercy',
        'Quercy Numérique',
        'Syndicat des déchets',
      ]);
      expect(first.data?.organizations).toMatchObject({
        totalCount: 5,
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      expect(third.data?.organizations.pageInfo).toMatchObject({
        hasNextPage: false,
        hasPreviousPage: true,
      });
    });

    it.each([
      [{ kind: 'PUBLIC_BODY' }, ['Syndicat des déchets']],
      [{ nafPrefix: '10' }, ['Boulangerie du Lot']],
      [{ nafPrefix: '62.01' }, ['Quercy Numérique']],
      [{ search: 'quercy' }, ['Menuiserie Quercy', 'Quercy Numérique']],
    ])('filters by %j', async (filter, expected) => {
      const response = await gql(PAGE, { first: 50, filter: { zoneId: otherZoneId, ...filter } });
      const names = response.data?.organizations.edges.map(
        (edge: { node: { name: string } }) => edge.node.name,
      );
      expect(names).toEqual(expected);
    });

    it('filters by status once an organization is archived', async () => {
      const archived = await gql(
        `mutation ($id: ID!) { archiveOrganization(id: $id) { status } }`,
        {
          id: filterZoneOrganizations['Lot Logistique'],
        },
      );
      expect(archived.data?.archiveOrganization.status).toBe('ARCHIVED');

      const active = await gql(PAGE, {
        first: 50,
        filter: { zoneId: otherZoneId, status: 'ACTIVE' },
      });
      const archivedOnly = await gql(PAGE, {
        first: 50,
        filter: { zoneId: otherZoneId, status: 'ARCHIVED' },
      });
      expect(active.data?.organizations.totalCount).toBe(4);
      expect(
        archivedOnly.data?.organizations.edges.map((e: { node: { name: string } }) => e.node.name),
      ).toEqual(['Lot Logistique']);
    });

    it('finds an organization by SIRET, with its NAF label and zone', async () => {
      const siret = nextSiret();
      await register({ siret, name: 'Garage du Causse', nafCode: '45.20A' });
      const response = await gql(
        `query ($siret: String!) { organizationBySiret(siret: $siret) { name nafActivity { code label section } zone { name } } }`,
        { siret },
      );
      expect(response.data?.organizationBySiret).toEqual({
        name: 'Garage du Causse',
        nafActivity: {
          code: '45.20A',
          label: 'Entretien et réparation de véhicules automobiles légers',
          section: 'G',
        },
        zone: { name: 'Cahors Sud' },
      });
    });
  });

  describe('bad input is refused with the field named, and nothing is written', () => {
    it.each([
      ['a SIRET with a wrong key', { siret: '73282932000075' }, 'siret'],
      ['a SIRET too short', { siret: '7328293200007' }, 'siret'],
      ['an unknown NAF code', { nafCode: '99.99Z' }, 'nafCode'],
      ['an empty name', { name: '   ' }, 'name'],
      ['a latitude out of range', { latitude: 91 }, 'latitude'],
      ['a longitude out of range', { longitude: -181 }, 'longitude'],
      ['a latitude without longitude', { longitude: null }, 'longitude'],
      ['a company without SIRET', { siret: null }, 'siret'],
    ])('%s', async (_case, overrides, field) => {
      const before = await organizationCount();
      const response = await register(overrides);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0].message).toMatch(new RegExp(`^${field}: `));
      expect(await organizationCount()).toBe(before);
    });

    it('an unknown zone, answered as not found', async () => {
      const before = await organizationCount();
      const response = await register({ zoneId: '00000000-0000-4000-8000-000000000000' });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'zoneId' });
      expect(await organizationCount()).toBe(before);
    });

    it('a duplicate SIRET', async () => {
      const siret = nextSiret();
      expect((await register({ siret })).errors).toBeUndefined();
      const before = await organizationCount();
      const response = await register({ siret, name: 'Someone else' });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'siret',
      });
      expect(await organizationCount()).toBe(before);
    });

    it('a page size over the maximum', async () => {
      const response = await gql(`{ organizations(first: 101) { totalCount } }`);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      expect(response.data ?? null).toBeNull();
    });

    it('a zone with coordinates out of range or a broken perimeter', async () => {
      const createZone = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`;
      const base = {
        territoryId,
        name: 'Zone X',
        kind: 'INDUSTRIAL',
        latitude: 44.4,
        longitude: 1.4,
      };
      const badLatitude = await gql(createZone, { input: { ...base, latitude: -95 } });
      const badPerimeter = await gql(createZone, {
        input: {
          ...base,
          perimeter: {
            type: 'Polygon',
            coordinates: [
              [
                [1.4, 44.4],
                [1.5, 44.4],
              ],
            ],
          },
        },
      });
      expect(badLatitude.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'latitude',
      });
      expect(badPerimeter.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'perimeter',
      });
      const zones = await gql(`query ($id: ID!) { zones(territoryId: $id) { totalCount } }`, {
        id: territoryId,
      });
      expect(zones.data?.zones.totalCount).toBe(2);
    });
  });

  it("passes the client's request id to the subgraphs' logs", async () => {
    const requestId = `test-request-${Date.now()}`;
    const response = await gql(`{ territories { totalCount } }`, {}, { 'x-request-id': requestId });
    expect(response.headers['x-request-id']).toBe(requestId);
    const directoryLines = await waitFor(
      async () =>
        system.logLines.filter(
          ({ service, line }) => service === 'directory' && line.includes(requestId),
        ),
      (lines) => lines.length > 0,
    );
    expect(directoryLines.length).toBeGreaterThan(0);
  });

  it.each(SERVICE_NAMES)('%s answers health and metrics', async (service) => {
    const url = system.urls[service];
    expect((await request(url).get('/health/live')).status).toBe(200);
    const ready = await request(url).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    const metrics = await request(url).get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('http_request_duration_seconds_bucket');
    expect(metrics.text).toContain(`service="${service}"`);
  });
});
