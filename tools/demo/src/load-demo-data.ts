/**
 * Loads the demo data through the gateway's public GraphQL API, the way a client would, so that
 * it passes the services' own validation and their events reach the other services. Creates
 * only what is missing: territories and zones are matched by name, organizations by SIRET.
 */
import { DemoOrganization, DemoZone, generateDemoData } from './cahors-sud';

export type Log = (message: string) => void;

export interface LoadSummary {
  created: { territories: number; zones: number; organizations: number; contacts: number };
  existing: { territories: number; zones: number; organizations: number };
}

type Request = <T>(operation: string, query: string, variables?: object) => Promise<T>;

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string }[];
}

interface ExistingTerritory {
  id: string;
  name: string;
  zones: { id: string; name: string }[];
}

interface TerritoryPage {
  territories: {
    nodes: ExistingTerritory[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const REQUEST_TIMEOUT_MS = 30_000;

const TERRITORIES = `query Territories($after: String) {
  territories(first: 100, after: $after) {
    nodes { id name zones { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE_TERRITORY = `mutation CreateTerritory($input: CreateTerritoryInput!) {
  createTerritory(input: $input) { id }
}`;
const CREATE_ZONE = `mutation CreateZone($input: CreateZoneInput!) {
  createZone(input: $input) { id }
}`;
const ORGANIZATION_BY_SIRET = `query OrganizationBySiret($siret: String!) {
  organizationBySiret(siret: $siret) { id }
}`;
const REGISTER_ORGANIZATION = `mutation RegisterOrganization($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id }
}`;
const ADD_CONTACT = `mutation AddContact($input: AddContactInput!) {
  addContact(input: $input) { id }
}`;

/** The system error code of a failed fetch (ECONNREFUSED …), else its message. */
function reason(error: unknown): string {
  // Duck-typed: a fetch error need not be an instance of this realm's Error (Jest's VM).
  const failure = error as { message?: string; cause?: { code?: string } } | undefined;
  return failure?.cause?.code ?? failure?.message ?? String(error);
}

function graphqlClient(gatewayUrl: string): Request {
  const endpoint = `${gatewayUrl.replace(/\/+$/, '')}/graphql`;
  return async <T>(operation: string, query: string, variables: object = {}) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`${operation}: cannot reach ${endpoint} (${reason(error)})`);
    }
    const body = (await response.json().catch(() => null)) as GraphQLBody | null;
    if (body?.errors?.length) {
      throw new Error(`${operation} failed: ${body.errors.map((e) => e.message).join('; ')}`);
    }
    if (!response.ok || !body?.data) {
      throw new Error(`${operation} failed: HTTP ${response.status} without data`);
    }
    return body.data as T;
  };
}

async function findTerritory(request: Request, name: string): Promise<ExistingTerritory | null> {
  // Undefined, not null, before the first page: the API takes `after: null` for a cursor.
  let after: string | undefined;
  for (;;) {
    const page: TerritoryPage = await request('territories', TERRITORIES, { after });
    const found = page.territories.nodes.find((territory) => territory.name === name);
    if (found) return found;
    if (!page.territories.pageInfo.hasNextPage) return null;
    after = page.territories.pageInfo.endCursor ?? undefined;
  }
}

async function ensureTerritory(
  request: Request,
  name: string,
  summary: LoadSummary,
): Promise<ExistingTerritory> {
  const existing = await findTerritory(request, name);
  if (existing) {
    summary.existing.territories += 1;
    return existing;
  }
  const { createTerritory } = await request<{ createTerritory: { id: string } }>(
    'createTerritory',
    CREATE_TERRITORY,
    { input: { name } },
  );
  summary.created.territories += 1;
  return { id: createTerritory.id, name, zones: [] };
}

/** Returns the id of each zone of the data, by name. */
async function ensureZones(
  request: Request,
  territory: ExistingTerritory,
  zones: DemoZone[],
  summary: LoadSummary,
): Promise<Map<string, string>> {
  const ids = new Map(territory.zones.map((zone) => [zone.name, zone.id]));
  for (const zone of zones) {
    if (ids.has(zone.name)) {
      summary.existing.zones += 1;
      continue;
    }
    const input = { territoryId: territory.id, ...zone };
    const { createZone } = await request<{ createZone: { id: string } }>(
      `createZone ${zone.name}`,
      CREATE_ZONE,
      { input },
    );
    ids.set(zone.name, createZone.id);
    summary.created.zones += 1;
  }
  return ids;
}

function registrationInput(
  organization: DemoOrganization,
  territoryId: string,
  zoneIds: Map<string, string>,
) {
  const { zone, contact: _contact, trade: _trade, ...fields } = organization;
  const zoneId = zone === undefined ? undefined : zoneIds.get(zone);
  if (zone !== undefined && zoneId === undefined) {
    throw new Error(`${organization.name} is in zone ${zone}, which the data does not define`);
  }
  return { ...fields, territoryId, zoneId };
}

async function ensureOrganization(
  request: Request,
  organization: DemoOrganization,
  territoryId: string,
  zoneIds: Map<string, string>,
  summary: LoadSummary,
): Promise<void> {
  const label = `${organization.name} (SIRET ${organization.siret})`;
  const { organizationBySiret } = await request<{ organizationBySiret: { id: string } | null }>(
    `organizationBySiret ${label}`,
    ORGANIZATION_BY_SIRET,
    { siret: organization.siret },
  );
  if (organizationBySiret) {
    summary.existing.organizations += 1;
    return;
  }
  const { registerOrganization } = await request<{ registerOrganization: { id: string } }>(
    `registerOrganization ${label}`,
    REGISTER_ORGANIZATION,
    { input: registrationInput(organization, territoryId, zoneIds) },
  );
  summary.created.organizations += 1;
  if (!organization.contact) return;
  await request(`addContact ${organization.contact.name} to ${label}`, ADD_CONTACT, {
    input: { organizationId: registerOrganization.id, ...organization.contact },
  });
  summary.created.contacts += 1;
}

export async function loadDemoData(gatewayUrl: string, log: Log): Promise<LoadSummary> {
  const data = generateDemoData();
  const request = graphqlClient(gatewayUrl);
  const summary: LoadSummary = {
    created: { territories: 0, zones: 0, organizations: 0, contacts: 0 },
    existing: { territories: 0, zones: 0, organizations: 0 },
  };
  const territory = await ensureTerritory(request, data.territory.name, summary);
  const zoneIds = await ensureZones(request, territory, data.zones, summary);
  log(`territory ${territory.name} and its ${data.zones.length} zones ready`);
  for (const organization of data.organizations) {
    await ensureOrganization(request, organization, territory.id, zoneIds, summary);
  }
  log(`${data.organizations.length} organizations ready`);
  return summary;
}
