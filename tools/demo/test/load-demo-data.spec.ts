import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  createTestDatabase,
  deleteQueueKeys,
  freePort,
  postGraphQL,
  TEST_REDIS_URL,
  TestDatabase,
  uniqueQueuePrefix,
  waitFor,
} from '@symbiose/testing';
import { GATEWAY, RunningSystem, startSystem, SUBGRAPHS } from '../../../tools/system';
import { CAHORS_SUD, generateDemoData } from '../src/cahors-sud';
import { loadDemoData, LoadSummary } from '../src/load-demo-data';

/**
 * The loader against the whole built system, as separate processes on a test database and
 * queue prefix of their own: what it creates must be visible through the gateway, and a
 * second run must create nothing.
 */
jest.setTimeout(180_000);

const SERVICES = [...SUBGRAPHS.map((subgraph) => subgraph.name), GATEWAY.name];

function assertBuilt(): void {
  const missing = SERVICES.filter(
    (name) =>
      !existsSync(path.join(__dirname, '../../../dist/apps', name, 'apps', name, 'src/main.js')),
  );
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.join(', ')}; run \`npm run build\` first (npm test does)`,
    );
  }
}

interface Totals {
  organizations: number;
  zones: Record<string, number>;
}

describe('loading the Cahors Sud demo data through the gateway', () => {
  const data = generateDemoData();
  const firms = data.organizations.filter((organization) => organization.zone === CAHORS_SUD);
  const contacts = data.organizations.filter((organization) => organization.contact).length;
  const queuePrefix = uniqueQueuePrefix('demo-data');
  let database: TestDatabase;
  let system: RunningSystem;
  let firstRun: LoadSummary;
  const gql = (query: string, variables?: Record<string, unknown>) =>
    postGraphQL(system.gatewayUrl, query, variables);

  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase('demo_data');
    const ports = Object.fromEntries(
      await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const)),
    );
    system = await startSystem({
      env: {
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: queuePrefix,
        LOG_LEVEL: 'warn',
      },
      ports,
    });
    firstRun = await loadDemoData(system.gatewayUrl, () => undefined);
  });

  afterAll(async () => {
    await system?.stop();
    await database?.drop();
    await deleteQueueKeys(queuePrefix);
  });

  async function zonesOfGrandCahors(): Promise<{ id: string; name: string; kind: string }[]> {
    const response = await gql(
      `{ territories(first: 100) { nodes { name zones { id name kind } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const territories: { name: string; zones: { id: string; name: string; kind: string }[] }[] =
      response.data?.territories.nodes;
    expect(territories.map((territory) => territory.name)).toEqual(['Grand Cahors']);
    return territories[0].zones;
  }

  async function totals(): Promise<Totals> {
    const count = await gql(`{ organizations(first: 0) { totalCount } }`);
    const zones: Record<string, number> = {};
    for (const zone of await zonesOfGrandCahors()) {
      const response = await gql(`query ($id: ID!) { zone(id: $id) { organizationCount } }`, {
        id: zone.id,
      });
      zones[zone.name] = response.data?.zone.organizationCount;
    }
    return { organizations: count.data?.organizations.totalCount, zones };
  }

  it('creates the territory, its seven zones, every organization and the contacts', () => {
    expect(firstRun).toEqual({
      created: {
        territories: 1,
        zones: 7,
        organizations: data.organizations.length,
        contacts,
      },
      existing: { territories: 0, zones: 0, organizations: 0 },
    });
  });

  it('shows them through the gateway, the firms in Cahors Sud', async () => {
    const zones = await zonesOfGrandCahors();
    expect(zones.map(({ name, kind }) => ({ name, kind }))).toEqual(
      expect.arrayContaining(data.zones.map(({ name, kind }) => ({ name, kind }))),
    );
    expect(await totals()).toEqual({
      organizations: data.organizations.length,
      zones: Object.fromEntries(
        data.zones.map((zone) => [zone.name, zone.name === CAHORS_SUD ? firms.length : 0]),
      ),
    });
  });

  it("records a firm's details and contact, and a body without zone", async () => {
    const query = `query ($siret: String!) {
      organizationBySiret(siret: $siret) {
        name kind headcount businessAssociationMember
        nafActivity { code } address { street postalCode city } zone { name } territory { name }
        contacts { name email consentToContact }
      }
    }`;
    const firm = firms.find((organization) => organization.contact) ?? firms[0];
    const body = data.organizations.find((organization) => organization.kind === 'CONSULTANCY');
    const [firmResponse, bodyResponse] = await Promise.all([
      gql(query, { siret: firm.siret }),
      gql(query, { siret: body?.siret }),
    ]);
    expect(firmResponse.data?.organizationBySiret).toEqual({
      name: firm.name,
      kind: 'COMPANY',
      headcount: firm.headcount,
      businessAssociationMember: firm.businessAssociationMember,
      nafActivity: { code: firm.nafCode },
      address: firm.address,
      zone: { name: CAHORS_SUD },
      territory: { name: 'Grand Cahors' },
      contacts: [
        {
          name: firm.contact?.name,
          email: firm.contact?.email,
          consentToContact: firm.contact?.consentToContact,
        },
      ],
    });
    expect(bodyResponse.data?.organizationBySiret).toMatchObject({
      kind: 'CONSULTANCY',
      zone: null,
      territory: { name: 'Grand Cahors' },
    });
  });

  it("lets the organizations' events reach the synergy engine", async () => {
    const cahorsSud = (await zonesOfGrandCahors()).find((zone) => zone.name === CAHORS_SUD);
    const query = `query ($id: ID!) { zone(id: $id) { matchableOrganizationCount } }`;
    const response = await waitFor(
      () => gql(query, { id: cahorsSud?.id }),
      (result) => result.data?.zone.matchableOrganizationCount === firms.length,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(response.data?.zone.matchableOrganizationCount).toBe(firms.length);
  });

  it('creates nothing on a second run and leaves the totals as they were', async () => {
    const before = await totals();
    const secondRun = await loadDemoData(system.gatewayUrl, () => undefined);
    expect(secondRun).toEqual({
      created: { territories: 0, zones: 0, organizations: 0, contacts: 0 },
      existing: { territories: 1, zones: 7, organizations: data.organizations.length },
    });
    expect(await totals()).toEqual(before);
  });
});

describe('loading the demo data without a gateway', () => {
  it('fails with the operation and the reason', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    await expect(loadDemoData(url, () => undefined)).rejects.toThrow(
      `territories: cannot reach ${url}/graphql (ECONNREFUSED)`,
    );
  });
});
