import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import {
  findAll,
  freePort,
  GraphQLResponse,
  parseXml,
  postGraphQL,
  startTestSystem,
  TestSystem,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';
import { findWasteCode, THEMES } from '@symbiose/taxonomy';
import { CAHORS_SUD, generateDemoData } from '../src/cahors-sud';
import {
  annualQuantityOf,
  CAMPAIGN_NEEDS,
  DeclarationRef,
  generateInterviewCampaign,
  NEEDS_PER_THEME,
  RESOURCES_PER_THEME,
} from '../src/interview-campaign';
import { GRID_V1_QUESTIONS } from '../src/interview-grid-v1';
import { loadDemoData, LoadSummary } from '../src/load-demo-data';
import { CONTRIBUTING_FIRMS, EVENT_ATTENDANCES, generateProgramme } from '../src/programme';
import { generateZoneAssessments } from '../src/zone-assessments';

/**
 * The loader against the whole built system, as separate processes on a test database and
 * queue prefix of their own: what it creates must be visible through the gateway, a second
 * run must create nothing, and a run after an interrupted one must end with the same data.
 */
jest.setTimeout(240_000);

/**
 * Stands between the loader and the gateway and drops the connection on the n-th request of
 * an operation, the way a network failure or a killed process would end a run.
 */
interface CuttingProxy {
  url: string;
  /** Lets `after` requests of the operation through, then cuts every further one. */
  cutAt(operation: string, after: number): void;
  close(): Promise<void>;
}

async function startCuttingProxy(gatewayUrl: string): Promise<CuttingProxy> {
  let cut: { operation: string; after: number; seen: number } | null = null;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const query: string = JSON.parse(body).query ?? '';
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
      if (cut && operation === cut.operation && (cut.seen += 1) > cut.after) {
        request.socket.destroy();
        return;
      }
      fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: request.headers.authorization ?? '',
        },
        body,
      })
        .then(async (upstream) => {
          response.writeHead(upstream.status, { 'content-type': 'application/json' });
          response.end(await upstream.text());
        })
        .catch(() => request.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cutAt: (operation, after) => {
      cut = { operation, after, seen: 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

interface CampaignFigures {
  completedInterviews: number;
  activeNeeds: number;
  summary: {
    needCount: number;
    resourceCount: number;
    byTheme: { theme: string; needCount: number; resourceCount: number }[];
  };
  zone: { needCount: number; resourceCount: number; interviewCount: number };
}

const campaign = generateInterviewCampaign();
const programme = generateProgramme();
const campaignDeclarations = campaign.interviews.flatMap((interview) => interview.declarations);
const campaignResources = campaignDeclarations.filter((d) => d.kind === 'RESOURCE').length;

/** What the campaign must show through the gateway, however many runs it took to load. */
const EXPECTED_FIGURES: CampaignFigures = {
  completedInterviews: campaign.interviews.length,
  activeNeeds: CAMPAIGN_NEEDS,
  summary: {
    needCount: CAMPAIGN_NEEDS,
    resourceCount: campaignResources,
    byTheme: THEMES.map((theme) => ({
      theme,
      needCount: NEEDS_PER_THEME[theme],
      resourceCount: RESOURCES_PER_THEME[theme],
    })),
  },
  zone: {
    needCount: CAMPAIGN_NEEDS,
    resourceCount: campaignResources,
    interviewCount: campaign.interviews.length,
  },
};

async function cahorsSudId(gql: Gql): Promise<string> {
  const response = await gql(`{ territories(first: 100) { nodes { zones { id name } } } }`);
  expect(response.errors).toBeUndefined();
  const zones: { id: string; name: string }[] = response.data?.territories.nodes.flatMap(
    (territory: { zones: { id: string; name: string }[] }) => territory.zones,
  );
  const zone = zones.find(({ name }) => name === CAHORS_SUD);
  if (!zone) throw new Error(`no zone ${CAHORS_SUD}`);
  return zone.id;
}

/** The campaign's figures through the gateway, themes in the order of THEMES. */
async function campaignFigures(gql: Gql, zoneId: string): Promise<CampaignFigures> {
  const response = await gql(
    `query ($zoneId: ID!) {
      interviews(filter: { zoneId: $zoneId, status: COMPLETED }, first: 0) { totalCount }
      declarations(filter: { zoneId: $zoneId, kind: NEED, status: ACTIVE }, first: 0) {
        totalCount
      }
      needsSummary(zoneId: $zoneId) {
        needCount resourceCount byTheme { theme needCount resourceCount }
      }
      zone(id: $zoneId) { needCount resourceCount interviewCount }
    }`,
    { zoneId },
  );
  expect(response.errors).toBeUndefined();
  const { interviews, declarations, needsSummary, zone } = response.data ?? {};
  const byTheme: CampaignFigures['summary']['byTheme'] = needsSummary?.byTheme ?? [];
  const rank = (theme: string) => (THEMES as readonly string[]).indexOf(theme);
  return {
    completedInterviews: interviews?.totalCount,
    activeNeeds: declarations?.totalCount,
    summary: {
      needCount: needsSummary?.needCount,
      resourceCount: needsSummary?.resourceCount,
      byTheme: [...byTheme].sort((a, b) => rank(a.theme) - rank(b.theme)),
    },
    zone,
  };
}

interface Totals {
  organizations: number;
  zones: Record<string, number>;
  campaign?: CampaignFigures;
}

describe('loading the Cahors Sud demo data through the gateway', () => {
  const data = generateDemoData();
  const firms = data.organizations.filter((organization) => organization.zone === CAHORS_SUD);
  const contacts = data.organizations.filter((organization) => organization.contact).length;
  let system: TestSystem;
  let firstRun: LoadSummary | undefined;
  // Kept rather than thrown, so that what does not depend on the whole load is still checked.
  let firstRunError: unknown;
  const gql: Gql = (query, variables) => postGraphQL(system.gatewayUrl, query, variables);

  beforeAll(async () => {
    system = await startTestSystem('demo_data');
    firstRun = await loadDemoData(system.gatewayUrl, () => undefined).catch((error: unknown) => {
      firstRunError = error;
      return undefined;
    });
  });

  afterAll(async () => {
    await system?.stop();
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

  async function totalsWithCampaign(): Promise<Totals> {
    return { ...(await totals()), campaign: await campaignFigures(gql, await cahorsSudId(gql)) };
  }

  it('creates the territory, its zones, the organizations, contacts and interviews', () => {
    expect(firstRunError).toBeUndefined();
    expect(firstRun).toEqual({
      created: {
        territories: 1,
        zones: 7,
        organizations: data.organizations.length,
        contacts,
        interviews: 21,
        declarations: campaignDeclarations.length,
        assessments: 7,
        zoneChoices: 1,
        workshops: programme.workshops.length,
        actions: programme.actions.length,
      },
      existing: {
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
      },
      repaired: { interviewsCancelled: 0, declarationsWithdrawn: 0 },
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

  it("finds the campaign's designed synergies in Cahors Sud, and none of its planted non-matches", async () => {
    const zoneId = await cahorsSudId(gql);
    const organizations = await gql(
      `query ($zoneId: ID!) { organizations(first: 100, filter: { zoneId: $zoneId }) {
         nodes { id siret } } }`,
      { zoneId },
    );
    const idOf = new Map<string, string>(
      organizations.data?.organizations.nodes.map((o: { id: string; siret: string }) => [
        o.siret,
        o.id,
      ]),
    );
    interface Found {
      kind: string;
      categoryCode: string;
      resourceCategoryCode: string | null;
      collectiveNeed: { categoryCodes: string[] } | null;
      participants: { organization: { id: string }; role: string }[];
    }
    const idsOf = (synergy: Found, role: string) =>
      synergy.participants.filter((p) => p.role === role).map((p) => p.organization.id);
    const links = (found: Found[], resource: DeclarationRef, need: DeclarationRef) =>
      found.some(
        (s) =>
          s.kind === 'B2B' &&
          s.resourceCategoryCode === resource.categoryCode &&
          s.categoryCode === need.categoryCode &&
          idsOf(s, 'SUPPLIER')[0] === idOf.get(resource.siret) &&
          idsOf(s, 'CONSUMER')[0] === idOf.get(need.siret),
      );
    const designedFound = (found: Found[]) =>
      campaign.b2bMatches.every(({ resource, need }) => links(found, resource, need)) &&
      campaign.collectiveMatches.every(({ categoryCode, neededBy }) =>
        found.some(
          (s) =>
            s.kind === 'COLLECTIVE' &&
            // A collective need's synergy gathers every category of the need.
            (s.categoryCode === categoryCode ||
              s.collectiveNeed?.categoryCodes.includes(categoryCode)) &&
            neededBy.every((siret) => idsOf(s, 'MEMBER').includes(idOf.get(siret) as string)),
        ),
      );
    const query = `query ($zoneId: ID!, $after: String) {
      recomputeStatus(zoneId: $zoneId) { state }
      synergies(filter: { zoneId: $zoneId }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { kind categoryCode resourceCategoryCode collectiveNeed { categoryCodes }
          participants { organization { id } role } }
      } }`;
    async function allSynergies(): Promise<{ state: string; found: Found[] }> {
      const found: Found[] = [];
      let after: string | null = null;
      let state = '';
      do {
        const page: GraphQLResponse = await gql(query, { zoneId, after });
        expect(page.errors).toBeUndefined();
        state = page.data?.recomputeStatus.state;
        found.push(...(page.data?.synergies.nodes ?? []));
        after = page.data?.synergies.pageInfo.hasNextPage
          ? page.data?.synergies.pageInfo.endCursor
          : null;
      } while (after);
      return { state, found };
    }

    const { found } = await waitFor(
      allSynergies,
      (result) => result.state === 'IDLE' && designedFound(result.found),
      { timeoutMs: 60_000, intervalMs: 1000 },
    );

    expect(designedFound(found)).toBe(true);
    for (const { resource, need } of campaign.nonMatches) {
      expect([resource.siret, need.siret, links(found, resource, need)]).toEqual([
        resource.siret,
        need.siret,
        false,
      ]);
    }
  });

  it("presents Cahors Sud's B2B synergies as opportunities of the programme's order", async () => {
    const zoneId = await cahorsSudId(gql);
    const response = await gql(
      `query ($zoneId: ID!) {
        zone(id: $zoneId) {
          b2bSynergyCount b2bOpportunityCount
          b2bOpportunities { categoryCode consumerCount synergies { id categoryCode } }
        }
        b2b: synergies(filter: { zoneId: $zoneId, kind: B2B }, first: 100) { nodes { id } }
      }`,
      { zoneId },
    );
    expect(response.errors).toBeUndefined();
    const { zone, b2b } = response.data ?? {};
    const opportunities: {
      categoryCode: string;
      synergies: { id: string; categoryCode: string }[];
    }[] = zone.b2bOpportunities;

    // LOT'EC's own diagnostic found 22 B2B potentials: the pairs, grouped by the need they
    // serve, are of that order.
    expect(zone.b2bOpportunityCount).toBeLessThanOrEqual(40);
    expect(zone.b2bOpportunityCount).toBeLessThan(zone.b2bSynergyCount);
    expect(opportunities).toHaveLength(zone.b2bOpportunityCount);
    const grouped = opportunities.flatMap((o) => o.synergies.map((s) => s.id)).sort();
    expect(grouped).toEqual(b2b.nodes.map((s: { id: string }) => s.id).sort());
    for (const opportunity of opportunities) {
      expect(new Set(opportunity.synergies.map((s) => s.categoryCode))).toEqual(
        new Set([opportunity.categoryCode]),
      );
    }
  });

  it("prices the B2B synergies at the firms' own figures, the zone's euros their sum", async () => {
    const zoneId = await cahorsSudId(gql);
    const figures = [
      'avoidedDisposalCents',
      'avoidedPurchaseCents',
      'supplierRevenueCents',
      'investmentCents',
    ] as const;
    type Euros = Record<(typeof figures)[number], number | null>;
    const query = `query ($zoneId: ID!) {
      recomputeStatus(zoneId: $zoneId) { state }
      zone(id: $zoneId) { potentialImpact { eurosSynergyCount ${figures.join(' ')} } }
      synergies(filter: { zoneId: $zoneId, kind: B2B }, first: 100) {
        pageInfo { hasNextPage }
        nodes { status euros { ${figures.join(' ')} } }
      } }`;
    /** What the zone's total should be: each figure over the live synergies that give one. */
    const sumOf = (nodes: { status: string; euros: Euros | null }[]) => {
      const given = nodes.flatMap(({ status, euros }) =>
        status !== 'DISMISSED' && euros && figures.some((f) => euros[f] !== null) ? [euros] : [],
      );
      const total = (figure: (typeof figures)[number]) =>
        given.reduce((sum, euros) => sum + (euros[figure] ?? 0), 0);
      return {
        eurosSynergyCount: given.length,
        ...Object.fromEntries(figures.map((figure) => [figure, total(figure)])),
      };
    };
    const response = await waitFor(
      () => gql(query, { zoneId }),
      ({ data }) =>
        data?.recomputeStatus.state === 'IDLE' &&
        data.zone.potentialImpact.eurosSynergyCount > 0 &&
        isDeepStrictEqual(data.zone.potentialImpact, sumOf(data.synergies.nodes)),
      { timeoutMs: 60_000, intervalMs: 1000 },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.synergies.pageInfo.hasNextPage).toBe(false);
    const totals = response.data?.zone.potentialImpact;
    expect(totals).toEqual(sumOf(response.data?.synergies.nodes));
    for (const figure of figures) expect([figure, totals[figure] > 0]).toEqual([figure, true]);
    // The allocation promises a resource once: its disposal is avoided on its tonnes at most.
    const declaredDisposal = campaignDeclarations.reduce(
      (sum, d) => sum + (d.economics?.disposalCostCentsPerUnit ?? 0) * annualQuantityOf(d),
      0,
    );
    expect(totals.avoidedDisposalCents).toBeLessThanOrEqual(declaredDisposal);
  });

  it('serves version 1 of the grid as the campaign answers it', async () => {
    const response = await gql(`{
      interviewGrid(version: 1) { version sections { theme questions { key answerType choices } } }
    }`);
    expect(response.errors).toBeUndefined();
    const grid = response.data?.interviewGrid;
    expect(grid.version).toBe(campaign.gridVersion);
    const served = grid.sections.flatMap(
      (section: {
        theme: string;
        questions: { key: string; answerType: string; choices: string[] | null }[];
      }) =>
        section.questions.map(({ key, answerType, choices }) => ({
          theme: section.theme,
          key,
          answerType,
          ...(choices ? { choices } : {}),
        })),
    );
    expect(served).toEqual(GRID_V1_QUESTIONS);
  });

  it('shows the campaign through the gateway: 21 interviews, 137 needs, counts per theme', async () => {
    const figures = await campaignFigures(gql, await cahorsSudId(gql));
    expect(figures).toEqual(EXPECTED_FIGURES);
  });

  it("records an interview's dates, answers and notes as the campaign holds them", async () => {
    const [interview] = campaign.interviews;
    const response = await gql(
      `query ($siret: String!) {
        organizationBySiret(siret: $siret) {
          interviews(first: 10) {
            nodes {
              status plannedFor conductedOn interviewer notes gridVersion
              answers { questionKey value }
            }
          }
        }
      }`,
      { siret: interview.siret },
    );
    expect(response.errors).toBeUndefined();
    const byKey = (a: { questionKey: string }, b: { questionKey: string }) =>
      a.questionKey.localeCompare(b.questionKey);
    const [held] = response.data?.organizationBySiret.interviews.nodes ?? [];
    expect({ ...held, answers: [...(held?.answers ?? [])].sort(byKey) }).toEqual({
      status: 'COMPLETED',
      plannedFor: interview.plannedFor,
      conductedOn: interview.conductedOn,
      interviewer: interview.interviewer,
      notes: interview.notes,
      gridVersion: 1,
      answers: [...interview.answers].sort(byKey),
    });
  });

  it('stores the hazardous need as hazardous and not authorised', async () => {
    const interview = campaign.interviews.find((candidate) =>
      candidate.declarations.some((declaration) => declaration.authorisedForHazardous === false),
    );
    const { data: found } = await gql(
      `query ($siret: String!) { organizationBySiret(siret: $siret) { id } }`,
      { siret: interview?.siret },
    );
    const response = await gql(
      `query ($organizationId: ID!) {
        declarations(filter: { organizationId: $organizationId }, first: 100) {
          nodes {
            kind theme categoryCode label quantity unit frequency wasteCode hazardous
            authorisedForHazardous status
          }
        }
      }`,
      { organizationId: found?.organizationBySiret.id },
    );
    expect(response.errors).toBeUndefined();
    const expected = (interview?.declarations ?? []).map((declaration) => ({
      kind: declaration.kind,
      theme: declaration.theme,
      categoryCode: declaration.categoryCode,
      label: declaration.label,
      quantity: declaration.quantity ?? null,
      unit: declaration.unit ?? null,
      frequency: declaration.frequency ?? null,
      wasteCode: declaration.wasteCode ?? null,
      hazardous: !!(declaration.wasteCode && findWasteCode(declaration.wasteCode)?.hazardous),
      authorisedForHazardous: declaration.authorisedForHazardous ?? null,
      status: 'ACTIVE',
    }));
    expect(response.data?.declarations.nodes).toEqual(expected);
    expect(expected).toContainEqual(
      expect.objectContaining({ hazardous: true, authorisedForHazardous: false }),
    );
  });

  it("ranks Cahors Sud first of the seven zones and records the committee's choice", async () => {
    const { data: found } = await gql(`{ territories(first: 100) { nodes { id } } }`);
    const territoryId = found?.territories.nodes[0].id;
    const response = await gql(
      `query ($territoryId: ID!) {
        compareZones(territoryId: $territoryId, gridVersion: 1) {
          rank zone { name } assessment { overallScore dynamicScores { dynamic score } }
        }
        zoneChoices(territoryId: $territoryId) { zone { name } decidedAt }
      }`,
      { territoryId },
    );
    expect(response.errors).toBeUndefined();
    const ranking: { rank: number; zone: { name: string } }[] = response.data?.compareZones;
    expect(ranking.map(({ zone }) => zone.name)).toEqual(
      generateZoneAssessments().zones.map(({ zone }) => zone),
    );
    expect(response.data?.zoneChoices).toEqual([
      { zone: { name: CAHORS_SUD }, decidedAt: generateZoneAssessments().choice.decidedAt },
    ]);
  });

  it("shows the LOT'EC programme on the zone's dashboard in one query", async () => {
    const zoneId = await cahorsSudId(gql);
    const attendances = programme.workshops.reduce((n, w) => n + w.attendees.length, 0);
    // The contributing firms include the interviewed ones, heard of through the interviews' events.
    const response = await waitFor(
      () =>
        gql(
          `query ($zoneId: ID!) {
            zone(id: $zoneId) {
              organizationCount interviewCount needCount
              workshopCount workshopAttendeeCount actionCount contributingOrganizationCount
              programmeEventCount programmeEventAttendeeCount
              collectiveSynergyCount b2bSynergyCount
            }
            collective: synergies(filter: { zoneId: $zoneId, kind: COLLECTIVE }) { totalCount }
            b2b: synergies(filter: { zoneId: $zoneId, kind: B2B }) { totalCount }
            workshops(zoneId: $zoneId, first: 10) {
              nodes { kind title status attendances { personName } decisions { text } }
            }
            actionPlan(zoneId: $zoneId, year: 2023) { groups { carrier actions { title } } }
          }`,
          { zoneId },
        ),
      (result) => result.data?.zone.contributingOrganizationCount === CONTRIBUTING_FIRMS,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.zone).toEqual({
      organizationCount: firms.length,
      interviewCount: 21,
      needCount: CAMPAIGN_NEEDS,
      workshopCount: programme.workshops.length,
      workshopAttendeeCount: attendances,
      actionCount: 44,
      contributingOrganizationCount: 34,
      // LOT'EC's own figures: two events, 55 attendances, apart from the working meetings.
      programmeEventCount: 2,
      programmeEventAttendeeCount: 55,
      // No synergy of the demo is dismissed: the counts are those of the live synergies.
      collectiveSynergyCount: response.data?.collective.totalCount,
      b2bSynergyCount: response.data?.b2b.totalCount,
    });
    expect(response.data?.zone.collectiveSynergyCount).toBeGreaterThanOrEqual(
      campaign.collectiveMatches.length,
    );
    expect(response.data?.zone.b2bSynergyCount).toBeGreaterThanOrEqual(campaign.b2bMatches.length);
    const workshops: { kind: string; status: string; attendances: unknown[] }[] =
      response.data?.workshops.nodes;
    expect(workshops.map(({ kind, status }) => [kind, status])).toEqual([
      ['AWARENESS_EVENT', 'HELD'],
      ['NETWORKING', 'HELD'],
      ['STEERING_COMMITTEE', 'HELD'],
      ['PRIORITISATION', 'HELD'],
      ['FOLLOW_UP_GROUP', 'HELD'],
      ['FOLLOW_UP_GROUP', 'HELD'],
      ['FOLLOW_UP_GROUP', 'HELD'],
    ]);
    const [awareness, networking] = workshops;
    expect(awareness.attendances.length + networking.attendances.length).toBe(
      EVENT_ATTENDANCES.awareness + EVENT_ATTENDANCES.networking,
    );
    expect(EVENT_ATTENDANCES.awareness + EVENT_ATTENDANCES.networking).toBe(55);
    const planned = response.data?.actionPlan.groups.flatMap(
      (group: { actions: unknown[] }) => group.actions,
    );
    expect(planned).toHaveLength(44);
  });

  it('chose the three actions at the prioritisation workshop, as quick wins', async () => {
    const zoneId = await cahorsSudId(gql);
    const { data: found } = await gql(
      `query ($zoneId: ID!) { workshops(zoneId: $zoneId, first: 10) { nodes { id kind } } }`,
      { zoneId },
    );
    const workshop = found?.workshops.nodes.find(
      (node: { kind: string }) => node.kind === 'PRIORITISATION',
    );
    const response = await gql(
      `query ($id: ID!) {
        prioritisation(workshopId: $id) {
          prioritisedCount
          ranking { rank quadrant selected voteCount action { title status } }
        }
      }`,
      { id: workshop.id },
    );
    expect(response.errors).toBeUndefined();
    const { ranking, prioritisedCount } = response.data?.prioritisation ?? {};
    expect(prioritisedCount).toBe(3);
    expect(ranking).toHaveLength(programme.prioritisation.candidates.length);
    expect(
      ranking
        .filter((entry: { selected: boolean }) => entry.selected)
        .map((entry: { action: { title: string; status: string }; quadrant: string }) => [
          entry.action.title,
          entry.action.status,
          entry.quadrant,
        ]),
    ).toEqual(programme.chosen.map((title) => [title, 'PRIORITISED', 'QUICK_WIN']));
    const svg = await fetch(`${system.gatewayUrl}/workshops/${workshop.id}/prioritisation.svg`, {
      headers: await withAuthorization(),
    });
    expect(svg.status).toBe(200);
    expect(findAll(parseXml(await svg.text()), 'circle')).toHaveLength(12);
  });

  it("follows the chosen actions' synergies in their groups, up to the scenario chosen", async () => {
    const zoneId = await cahorsSudId(gql);
    const groups = programme.workshops.filter((workshop) => workshop.followUp);
    const query = `query ($zoneId: ID!, $categoryCode: String!) {
      synergies(filter: { zoneId: $zoneId, kind: COLLECTIVE, categoryCode: $categoryCode }) {
        nodes {
          status history { to changedBy }
          followUpMeetings { title status }
          scenarios { title selectedAt selectedIn { title } }
        }
      }
    }`;
    const followed = (categoryCode: string) =>
      gql(query, { zoneId, categoryCode }).then((response) => {
        expect(response.errors).toBeUndefined();
        return response.data?.synergies.nodes;
      });
    for (const { title, followUp } of groups) {
      const chosen = followUp?.chosen;
      // The engine hears of the choice from the workshops' event, a moment after it is made.
      const [synergy] = await waitFor(
        () => followed(followUp?.categoryCode ?? ''),
        (nodes) => nodes?.[0]?.status === (chosen ? 'SELECTED' : 'STUDYING'),
        { timeoutMs: 30_000, intervalMs: 500 },
      );
      expect(synergy).toEqual({
        status: chosen ? 'SELECTED' : 'STUDYING',
        history: [
          { to: 'QUALIFIED', changedBy: programme.facilitator },
          { to: 'STUDYING', changedBy: programme.facilitator },
          ...(chosen ? [{ to: 'SELECTED', changedBy: expect.any(String) }] : []),
        ],
        followUpMeetings: [{ title, status: 'HELD' }],
        scenarios: followUp?.scenarios.map((scenario) => ({
          title: scenario.title,
          selectedAt: scenario.title === chosen ? expect.any(String) : null,
          selectedIn: scenario.title === chosen ? { title } : null,
        })),
      });
    }
  });

  it('creates nothing on a second run and leaves the totals as they were', async () => {
    const before = await totalsWithCampaign();
    const secondRun = await loadDemoData(system.gatewayUrl, () => undefined);
    expect(secondRun).toEqual({
      created: {
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
      },
      existing: {
        territories: 1,
        zones: 7,
        organizations: data.organizations.length,
        contacts,
        interviews: 21,
        declarations: campaignDeclarations.length,
        assessments: 7,
        zoneChoices: 1,
        workshops: programme.workshops.length,
        actions: programme.actions.length,
      },
      repaired: { interviewsCancelled: 0, declarationsWithdrawn: 0 },
    });
    const after = await totalsWithCampaign();
    expect(after).toEqual(before);
    expect(after.campaign).toEqual(EXPECTED_FIGURES);
  });
});

describe('loading the demo data again after interrupted runs', () => {
  const data = generateDemoData();
  const withContact = data.organizations.filter((organization) => organization.contact);
  /** The run cut at the 10th contact leaves that firm registered without it. */
  const CONTACTS_BEFORE_CUT = 9;
  /** The run cut at the 40th declaration leaves one interview half done. */
  const DECLARATIONS_BEFORE_CUT = 39;
  let own: TestSystem;
  let proxy: CuttingProxy;
  const gql: Gql = (query, variables) => postGraphQL(own.gatewayUrl, query, variables);

  /** Interviews completed before the cut, and the declarations recorded on the open one. */
  function progressAt(recorded: number): { completed: number; onOpen: number } {
    let left = recorded;
    for (const [index, interview] of campaign.interviews.entries()) {
      if (left < interview.declarations.length) return { completed: index, onOpen: left };
      left -= interview.declarations.length;
    }
    throw new Error('the campaign has fewer declarations');
  }

  beforeAll(async () => {
    own = await startTestSystem('demo_data_resume');
    proxy = await startCuttingProxy(own.gatewayUrl);
  });

  afterAll(async () => {
    await proxy?.close();
    await own?.stop();
  });

  it('stops when the connection drops while adding contacts', async () => {
    proxy.cutAt('AddContact', CONTACTS_BEFORE_CUT);
    await expect(loadDemoData(proxy.url, () => undefined)).rejects.toThrow(
      `addContact ${withContact[CONTACTS_BEFORE_CUT].contact?.name}`,
    );
  });

  it('stops again in the middle of an interview, having added the missing contact', async () => {
    proxy.cutAt('RecordDeclaration', DECLARATIONS_BEFORE_CUT);
    await expect(loadDemoData(proxy.url, () => undefined)).rejects.toThrow(
      /recordDeclaration .*cannot reach/,
    );
    const firm = withContact[CONTACTS_BEFORE_CUT];
    const response = await gql(
      `query ($siret: String!) { organizationBySiret(siret: $siret) { contacts { name } } }`,
      { siret: firm.siret },
    );
    expect(response.data?.organizationBySiret.contacts).toEqual([{ name: firm.contact?.name }]);
  });

  it('ends with exactly the campaign once run to the end', async () => {
    const { completed, onOpen } = progressAt(DECLARATIONS_BEFORE_CUT);
    expect(onOpen).toBeGreaterThan(0);
    const held = campaign.interviews.slice(0, completed);
    const heldDeclarations = held.reduce((n, interview) => n + interview.declarations.length, 0);
    const summary = await loadDemoData(own.gatewayUrl, () => undefined);
    expect(summary).toEqual({
      created: {
        territories: 0,
        zones: 0,
        organizations: 0,
        contacts: 0,
        interviews: campaign.interviews.length - completed,
        declarations: campaignDeclarations.length - heldDeclarations,
        assessments: 7,
        zoneChoices: 1,
        workshops: programme.workshops.length,
        actions: programme.actions.length,
      },
      existing: {
        territories: 1,
        zones: 7,
        organizations: data.organizations.length,
        contacts: withContact.length,
        interviews: completed,
        declarations: heldDeclarations,
        assessments: 0,
        zoneChoices: 0,
        workshops: 0,
        actions: 0,
      },
      repaired: { interviewsCancelled: 1, declarationsWithdrawn: onOpen },
    });
    const zoneId = await cahorsSudId(gql);
    expect(await campaignFigures(gql, zoneId)).toEqual(EXPECTED_FIGURES);
    const cancelled = await gql(
      `query ($zoneId: ID!) {
        interviews(filter: { zoneId: $zoneId, status: CANCELLED }, first: 10) {
          nodes { cancellationReason organization { id } }
        }
      }`,
      { zoneId },
    );
    expect(cancelled.data?.interviews.nodes).toEqual([
      { cancellationReason: 'interrupted demo load', organization: expect.any(Object) },
    ]);
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
