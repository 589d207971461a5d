/**
 * Loads the demo data through the gateway's public GraphQL API, the way a client would, so that
 * it passes the services' own validation and their events reach the other services. Creates
 * only what is missing: territories and zones are matched by name, organizations by SIRET,
 * contacts by name within their organization, interviews by the firm (see
 * load-interview-campaign.ts), zone assessments by zone and grid and the committee's choice by
 * zone (see load-zone-assessments.ts), the programme's workshops and actions by title
 * (see load-programme.ts), so that running it again, even after an interrupted run, ends
 * with the same data.
 */
import { DemoOrganization, DemoZone, generateDemoData } from './cahors-sud';
import { demoLoaderToken } from './demo-loader-token';
import { graphqlClient, Request } from '@symbiose/gateway-client';
import { generateInterviewCampaign } from './interview-campaign';
import { DEFAULT_CAMPAIGN_LOAD_OPTIONS, loadInterviewCampaign } from './load-interview-campaign';
import { DEFAULT_SYNERGY_WAIT, loadProgramme, ProgrammeLoadOptions } from './load-programme';
import {
  AssessmentLoadOptions,
  DEFAULT_ASSESSMENT_LOAD_OPTIONS,
  loadZoneAssessments,
} from './load-zone-assessments';
import { generateProgramme } from './programme';
import { generateZoneAssessments } from './zone-assessments';

export type Log = (message: string) => void;

interface Figures {
  territories: number;
  zones: number;
  organizations: number;
  contacts: number;
  interviews: number;
  declarations: number;
  assessments: number;
  zoneChoices: number;
  workshops: number;
  actions: number;
}

export interface LoadSummary {
  created: Figures;
  /** Already there, so skipped; a skipped interview counts the declarations it holds. */
  existing: Figures;
  /** Interviews an interrupted run left open, cancelled and held again; their declarations. */
  repaired: { interviewsCancelled: number; declarationsWithdrawn: number };
}

export type LoadOptions = AssessmentLoadOptions & ProgrammeLoadOptions;

const DEFAULT_LOAD_OPTIONS: LoadOptions = {
  ...DEFAULT_CAMPAIGN_LOAD_OPTIONS,
  ...DEFAULT_ASSESSMENT_LOAD_OPTIONS,
  synergyWait: DEFAULT_SYNERGY_WAIT,
};

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
  organizationBySiret(siret: $siret) { id contacts { name } }
}`;
const REGISTER_ORGANIZATION = `mutation RegisterOrganization($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id }
}`;
const ADD_CONTACT = `mutation AddContact($input: AddContactInput!) {
  addContact(input: $input) { id }
}`;

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

interface LoadedOrganization {
  id: string;
  contactNames: string[];
}

/** Returns the organization's id and the names of its contacts. */
async function ensureOrganization(
  request: Request,
  organization: DemoOrganization,
  territoryId: string,
  zoneIds: Map<string, string>,
  summary: LoadSummary,
): Promise<LoadedOrganization> {
  const label = `${organization.name} (SIRET ${organization.siret})`;
  const { organizationBySiret } = await request<{
    organizationBySiret: { id: string; contacts: { name: string }[] } | null;
  }>(`organizationBySiret ${label}`, ORGANIZATION_BY_SIRET, { siret: organization.siret });
  if (organizationBySiret) {
    summary.existing.organizations += 1;
    const { id, contacts } = organizationBySiret;
    return { id, contactNames: contacts.map((contact) => contact.name) };
  }
  const { registerOrganization } = await request<{ registerOrganization: { id: string } }>(
    `registerOrganization ${label}`,
    REGISTER_ORGANIZATION,
    { input: registrationInput(organization, territoryId, zoneIds) },
  );
  summary.created.organizations += 1;
  return { id: registerOrganization.id, contactNames: [] };
}

/** Adds the firm's contact unless it has one of that name, even if an earlier run stopped. */
async function ensureContact(
  request: Request,
  organization: DemoOrganization,
  loaded: LoadedOrganization,
  summary: LoadSummary,
): Promise<void> {
  const { contact } = organization;
  if (!contact) return;
  if (loaded.contactNames.includes(contact.name)) {
    summary.existing.contacts += 1;
    return;
  }
  const label = `${organization.name} (SIRET ${organization.siret})`;
  await request(`addContact ${contact.name} to ${label}`, ADD_CONTACT, {
    input: { organizationId: loaded.id, ...contact },
  });
  summary.created.contacts += 1;
}

function emptySummary(): LoadSummary {
  const none = (): Figures => ({
    territories: 0,
    zones: 0,
    organizations: 0,
    contacts: 0,
    interviews: 0,
    declarations: 0,
    assessments: 0,
    zoneChoices: 0,
    workshops: 0,
    actions: 0,
  });
  return {
    created: none(),
    existing: none(),
    repaired: { interviewsCancelled: 0, declarationsWithdrawn: 0 },
  };
}

export async function loadDemoData(
  gatewayUrl: string,
  log: Log,
  options: LoadOptions = DEFAULT_LOAD_OPTIONS,
): Promise<LoadSummary> {
  const data = generateDemoData();
  const campaign = generateInterviewCampaign(data);
  const request = graphqlClient(gatewayUrl, await demoLoaderToken());
  const summary = emptySummary();
  const territory = await ensureTerritory(request, data.territory.name, summary);
  const zoneIds = await ensureZones(request, territory, data.zones, summary);
  log(`territory ${territory.name} and its ${data.zones.length} zones ready`);
  const organizationIds = new Map<string, string>();
  for (const organization of data.organizations) {
    const loaded = await ensureOrganization(request, organization, territory.id, zoneIds, summary);
    await ensureContact(request, organization, loaded, summary);
    organizationIds.set(organization.siret, loaded.id);
  }
  log(`${data.organizations.length} organizations ready`);
  await loadInterviewCampaign(request, campaign, organizationIds, summary, options);
  log(`${campaign.interviews.length} interviews of the ${campaign.zone} campaign ready`);
  const assessments = generateZoneAssessments();
  await loadZoneAssessments(request, assessments, territory.id, zoneIds, summary, options);
  log(`the ${assessments.zones.length} zone assessments and the committee's choice ready`);
  const programme = generateProgramme(data, campaign);
  const programmeZone = zoneIds.get(programme.zone);
  if (!programmeZone) throw new Error(`the programme's zone ${programme.zone} is not loaded`);
  await loadProgramme(request, programme, programmeZone, organizationIds, summary, options);
  log(
    `the programme's ${programme.workshops.length} workshops and ${programme.actions.length} actions ready`,
  );
  return summary;
}
