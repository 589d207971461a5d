import {
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLSchema,
  IntrospectionQuery,
} from 'graphql';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { completeSiret } from '@symbiose/sirene';
import {
  bearer,
  GraphQLResponse,
  postGraphQL,
  startTestSystem,
  TEST_TOKEN_SETTINGS,
  TestSystem,
  testToken,
  waitFor,
  WITHOUT_TOKEN,
} from '@symbiose/testing';
import { Role } from '@symbiose/tokens';
import { MinimalOperation, minimalOperations } from './support/minimal-operations';

/**
 * Who may do what, through the gateway against the built services: tokens
 * refused with the reason, every query and mutation for every role, a
 * company member confined to its own organization, a partner to aggregates.
 */
jest.setTimeout(300_000);

/** The roles, and a facilitator of another territory than the one the data is in. */
type Caller = Role | 'FACILITATOR_ELSEWHERE';
const CALLERS: Caller[] = [
  'ADMIN',
  'FACILITATOR',
  'FACILITATOR_ELSEWHERE',
  'COMPANY_MEMBER',
  'PARTNER',
];
const EVERYONE = CALLERS;
const AGGREGATE_READERS: Caller[] = ['ADMIN', 'FACILITATOR', 'FACILITATOR_ELSEWHERE', 'PARTNER'];
const ADMIN_ONLY: Caller[] = ['ADMIN'];
/** Who may call each query and mutation that is not the facilitators' of its territory (and ADMIN's). */
const NOT_TERRITORY_FACILITATORS: Record<string, Caller[]> = {
  'Query.territories': EVERYONE,
  'Query.territory': EVERYONE,
  'Query.zones': EVERYONE,
  'Query.zone': EVERYONE,
  'Query.assessmentGrid': EVERYONE,
  'Query.interviewGrid': EVERYONE,
  'Query.categories': EVERYONE,
  'Query.wasteCodes': EVERYONE,
  'Query.enumLabels': EVERYONE,
  'Query.needsSummary': AGGREGATE_READERS,
  // The interview grid is the programme's, in every territory.
  'Mutation.publishInterviewGrid': ['ADMIN', 'FACILITATOR', 'FACILITATOR_ELSEWHERE'],
  'Query.wasteFlows': AGGREGATE_READERS,
  // A partner asks for the firms that agreed to be known by it, and no other partner's.
  'Query.sharedOrganizations': ['ADMIN', 'PARTNER'],
  'Query.auditLog': ADMIN_ONLY,
  'Query.apiKeys': ADMIN_ONLY,
  'Mutation.createApiKey': ADMIN_ONLY,
  'Mutation.revokeApiKey': ADMIN_ONLY,
  // A partner reaches its own webhooks only: the matrix's made-up ids name none of them.
  'Query.webhookSubscriptions': ['ADMIN', 'PARTNER'],
  'Query.webhookSubscription': ADMIN_ONLY,
  'Mutation.registerWebhook': ['ADMIN', 'PARTNER'],
  'Mutation.enableWebhook': ADMIN_ONLY,
  'Mutation.disableWebhook': ADMIN_ONLY,
  'Mutation.deleteWebhook': ADMIN_ONLY,
  'Mutation.rotateWebhookSecret': ADMIN_ONLY,
  'Mutation.sendTestEvent': ADMIN_ONLY,
  'Mutation.createTerritory': ADMIN_ONLY,
  'Mutation.createZone': ADMIN_ONLY,
  'Mutation.updateZone': ADMIN_ONLY,
  'Mutation.publishAssessmentGrid': ADMIN_ONLY,
  // A member of one of the synergy's two firms may too: see the introductions below.
  'Mutation.consentToIntroduction': ADMIN_ONLY,
  'Mutation.withdrawIntroductionConsent': ADMIN_ONLY,
};

/**
 * Who may make a call on territory data, as the matrix makes it: the
 * facilitators of the territory when the call names only the zone, the
 * territory or an organization of the data (a call naming a workshop or a
 * synergy that does not exist is in no one's territory); ADMIN always.
 */
const territoryFacilitatorsOf = (operation: MinimalOperation): Caller[] =>
  operation.namesOnlyKnown ? ['ADMIN', 'FACILITATOR'] : ['ADMIN'];

const REGISTER = `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`;
const DECLARATIONS_OF = `query ($id: ID!) { organization(id: $id) { name declarations { nodes { id label } } } }`;

/** Refused because the caller's role may never make the call. */
const isForbidden = (response: GraphQLResponse) =>
  response.errors?.some((error) => error.extensions?.['code'] === 'FORBIDDEN') ?? false;

/** Refused for what the call names: unknown, or out of the caller's reach, which read alike. */
const isOutOfReach = (response: GraphQLResponse) =>
  response.errors?.some(
    (error) =>
      error.extensions?.['code'] === 'NOT_FOUND' && error.extensions?.['reason'] === 'UNKNOWN_ID',
  ) ?? false;

function craftedToken(
  {
    iss = TEST_TOKEN_SETTINGS.AUTH_ISSUER,
    aud = TEST_TOKEN_SETTINGS.AUTH_AUDIENCE,
    ...claims
  }: Record<string, unknown>,
  { secret = TEST_TOKEN_SETTINGS.AUTH_TOKEN_SECRET, expiresAt = '1h' as string | number } = {},
): Promise<string> {
  return new SignJWT({ roles: ['ADMIN'], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('test:crafted')
    .setIssuer(String(iss))
    .setAudience(String(aud))
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('access control', () => {
  let system: TestSystem;
  let supergraph: GraphQLSchema;
  let territoryId: string;
  let zoneId: string;
  const firms: Record<'lacoste' | 'garrigue' | 'matrix', { id: string; declarationId: string }> = {
    lacoste: { id: '', declarationId: '' },
    garrigue: { id: '', declarationId: '' },
    matrix: { id: '', declarationId: '' },
  };
  const tokens = {} as Record<Caller, string>;

  const asRole = (role: Caller, query: string, variables?: Record<string, unknown>) =>
    system.gql(query, variables, bearer(tokens[role]));

  async function registerFirm(name: string, serial: string, label: string, latitude: number) {
    const registered = await system.gql(REGISTER, {
      input: {
        siret: completeSiret(serial),
        name,
        kind: 'COMPANY',
        nafCode: '16.23Z',
        zoneId,
        latitude,
        longitude: 1.451,
      },
    });
    const id = registered.data?.registerOrganization.id as string;
    // The interviews service learns of the firm from the directory's events.
    const recorded = await waitFor(
      () =>
        system.gql(RECORD, {
          input: {
            organizationId: id,
            kind: 'NEED',
            theme: 'SERVICES',
            categoryCode: 'SERVICE_SECURITY_GUARDING',
            label,
          },
        }),
      (response) => response.errors === undefined,
    );
    return { id, declarationId: recorded.data?.recordDeclaration.id as string };
  }

  beforeAll(async () => {
    system = await startTestSystem('access');
    territoryId = (
      await system.gql(`mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`)
    ).data?.createTerritory.id;
    zoneId = (
      await system.gql(`mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
        input: { territoryId, name: 'Cahors Sud', kind: 'MIXED', latitude: 44.4, longitude: 1.45 },
      })
    ).data?.createZone.id;
    firms.lacoste = await registerFirm(
      'Menuiserie Lacoste',
      '7100000000001',
      'Gardiennage Lacoste',
      44.404,
    );
    firms.garrigue = await registerFirm(
      'Garage Garrigue',
      '7100000000002',
      'Gardiennage Garrigue',
      44.44,
    );
    // The matrix's calls change this firm, not those the other tests read.
    firms.matrix = await registerFirm('Scierie Matrice', '7100000000009', 'Gardiennage', 44.42);
    const elsewhere = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Figeac" }) { id } }`,
    );
    tokens.ADMIN = await testToken('ADMIN');
    tokens.FACILITATOR = await testToken('FACILITATOR', { territoryIds: [territoryId] });
    tokens.FACILITATOR_ELSEWHERE = await testToken('FACILITATOR', {
      territoryIds: [elsewhere.data?.createTerritory.id],
    });
    tokens.COMPANY_MEMBER = await testToken('COMPANY_MEMBER', { organizationId: firms.lacoste.id });
    tokens.PARTNER = await testToken('PARTNER', { partnerId: 'syded-lot' });
    const introspection = await system.gql(getIntrospectionQuery());
    supergraph = buildClientSchema(introspection.data as IntrospectionQuery);
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe('tokens', () => {
    const TERRITORIES = '{ territories(first: 1) { totalCount } }';

    it.each([
      ['no Authorization header', async () => WITHOUT_TOKEN, 'missing bearer token'],
      [
        'a header that is no bearer token',
        async () => ({ authorization: 'Basic YWRtaW4=' }),
        'not "Bearer <token>"',
      ],
      [
        'a forged token',
        async () => bearer(await craftedToken({}, { secret: 'x'.repeat(40) })),
        'token signature invalid',
      ],
      [
        'an expired token',
        async () => bearer(await craftedToken({}, { expiresAt: Date.parse('2020-01-01') / 1000 })),
        'token expired',
      ],
      [
        'a token of another issuer',
        async () => bearer(await craftedToken({ iss: 'someone-else' })),
        'token claim iss not accepted',
      ],
      [
        'a token for another audience',
        async () => bearer(await craftedToken({ aud: 'another-api' })),
        'token claim aud not accepted',
      ],
      [
        'a token without roles',
        async () => bearer(await craftedToken({ roles: [] })),
        'token claim roles not accepted',
      ],
      [
        'a facilitator token without territories',
        async () => bearer(await craftedToken({ roles: ['FACILITATOR'] })),
        'token claim territories not accepted',
      ],
    ])('refuses %s with 401 and the reason', async (_case, headers, reason) => {
      const response = await postGraphQL(system.gatewayUrl, TERRITORIES, {}, await headers());
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringContaining(reason),
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      });
    });

    it('answers a valid token', async () => {
      const response = await asRole('PARTNER', TERRITORIES);
      expect(response.errors).toBeUndefined();
      // Grand Cahors, and the other facilitator's Grand Figeac.
      expect(response.data?.territories.totalCount).toBe(2);
    });

    it('leaves a subgraph called directly without a token nothing but its health', async () => {
      for (const url of Object.values(system.urls).filter((url) => url !== system.gatewayUrl)) {
        const refused = await postGraphQL(url, '{ _service { sdl } }', {}, WITHOUT_TOKEN);
        expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
        expect(refused.data ?? null).toBeNull();
        expect((await fetch(`${url}/health/live`)).status).toBe(200);
      }
    });
  });

  describe('the role matrix', () => {
    it('covers every query and mutation of the supergraph, each allowed or denied as the table says', async () => {
      const operations = minimalOperations(supergraph, {
        territoryId,
        zoneId,
        organizationId: firms.matrix.id,
        voterOrganizationId: firms.matrix.id,
      });
      expect(operations.length).toBeGreaterThan(60);
      expect(operations.filter((operation) => operation.namesOnlyKnown).length).toBeGreaterThan(15);
      const outcomes: string[] = [];
      const mismatches: string[] = [];
      for (const operation of operations) {
        const allowed =
          NOT_TERRITORY_FACILITATORS[operation.key] ?? territoryFacilitatorsOf(operation);
        for (const role of CALLERS) {
          const response = await asRole(role, operation.query, operation.variables);
          // ADMIN passes every rule: a NOT_FOUND it gets is the service's, for an unknown id.
          const denied = isForbidden(response) || (role !== 'ADMIN' && isOutOfReach(response));
          if (role === 'FACILITATOR_ELSEWHERE' && allowed.includes('FACILITATOR') && denied) {
            // Another territory's data must read as unknown, never as a matter of role.
            if (!isOutOfReach(response))
              mismatches.push(`${operation.key}: not NOT_FOUND elsewhere`);
          }
          outcomes.push(`${operation.key} ${role} ${denied ? 'denied' : 'allowed'}`);
          if (denied === allowed.includes(role)) {
            mismatches.push(
              `${operation.key} for ${role}: ${denied ? 'denied' : 'allowed'} (${JSON.stringify(response.errors?.[0]?.message)})`,
            );
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(outcomes.filter((outcome) => outcome.endsWith('denied')).length).toBeGreaterThan(100);
    });
  });

  describe('a facilitator', () => {
    const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { name } }`;
    const IN_ZONE = `query ($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount } }`;

    it("works on the data of their token's territories", async () => {
      const home = await asRole('FACILITATOR', ORGANIZATION, { id: firms.lacoste.id });
      expect(home.data?.organization.name).toBe('Menuiserie Lacoste');
      const listed = await asRole('FACILITATOR', IN_ZONE, { filter: { territoryId } });
      expect(listed.data?.organizations.totalCount).toBe(3);
    });

    it('is refused another territory’s firms, zones and lists, with nothing of them', async () => {
      const firm = await asRole('FACILITATOR_ELSEWHERE', ORGANIZATION, { id: firms.lacoste.id });
      expect(isOutOfReach(firm)).toBe(true);
      expect(JSON.stringify(firm.data ?? null)).not.toContain('Lacoste');
      for (const filter of [{ zoneId }, { territoryId }]) {
        expect(isOutOfReach(await asRole('FACILITATOR_ELSEWHERE', IN_ZONE, { filter }))).toBe(true);
      }
    });

    it('names a zone, an organization or a territory to list anything, and is told so', async () => {
      const unscoped = await asRole('FACILITATOR', IN_ZONE, {});
      expect(isForbidden(unscoped)).toBe(true);
      expect(unscoped.errors?.[0]?.message).toContain(
        'a facilitator works on the zones, organizations and territories of their token',
      );
    });
  });

  describe('a company member', () => {
    it("reads its own organization's declarations", async () => {
      const own = await asRole('COMPANY_MEMBER', DECLARATIONS_OF, { id: firms.lacoste.id });
      expect(own.errors).toBeUndefined();
      expect(own.data?.organization.declarations.nodes).toEqual([
        { id: firms.lacoste.declarationId, label: 'Gardiennage Lacoste' },
      ]);
    });

    it("is denied another firm's declarations, by organization id or by filter", async () => {
      const other = await asRole('COMPANY_MEMBER', DECLARATIONS_OF, { id: firms.garrigue.id });
      expect(isOutOfReach(other)).toBe(true);
      expect(JSON.stringify(other.data ?? null)).not.toContain('Gardiennage Garrigue');
      const filtered = await asRole(
        'COMPANY_MEMBER',
        `query ($filter: DeclarationFilter) { declarations(filter: $filter) { nodes { label } } }`,
        { filter: { organizationId: firms.garrigue.id } },
      );
      expect(isOutOfReach(filtered)).toBe(true);
      expect(filtered.data ?? null).toBeNull();
    });

    it('records and withdraws its own declarations, never another firm’s', async () => {
      const input = {
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
        label: 'Rondes',
      };
      const own = await asRole('COMPANY_MEMBER', RECORD, {
        input: { ...input, organizationId: firms.lacoste.id },
      });
      expect(own.errors).toBeUndefined();
      const forOther = await asRole('COMPANY_MEMBER', RECORD, {
        input: { ...input, organizationId: firms.garrigue.id },
      });
      expect(isOutOfReach(forOther)).toBe(true);

      const WITHDRAW = `mutation ($id: ID!) { withdrawDeclaration(id: $id) { status } }`;
      expect(
        isOutOfReach(
          await asRole('COMPANY_MEMBER', WITHDRAW, { id: firms.garrigue.declarationId }),
        ),
      ).toBe(true);
      const withdrawn = await asRole('COMPANY_MEMBER', WITHDRAW, {
        id: own.data?.recordDeclaration.id,
      });
      expect(withdrawn.data?.withdrawDeclaration.status).toBe('WITHDRAWN');
      const garrigue = await system.gql(DECLARATIONS_OF, { id: firms.garrigue.id });
      expect(garrigue.data?.organization.declarations.nodes).toHaveLength(1);
    });
  });

  describe('a partner', () => {
    it("reads a zone's aggregates, which name no firm", async () => {
      const response = await asRole(
        'PARTNER',
        `query ($id: ID!) { zone(id: $id) {
          name organizationCount needCount resourceCount interviewCount
          collectiveSynergyCount b2bSynergyCount synergyCountsByStatus { status count }
          workshopCount actionCount contributingOrganizationCount
        } }`,
        { id: zoneId },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.zone).toMatchObject({ name: 'Cahors Sud', organizationCount: 3 });
      const text = JSON.stringify(response.data);
      for (const identity of [
        'Lacoste',
        'Garrigue',
        'Matrice',
        firms.lacoste.id,
        firms.matrix.id,
      ]) {
        expect(text).not.toContain(identity);
      }
    });

    it("is denied a zone's synergies, field by field", async () => {
      const response = await asRole(
        'PARTNER',
        `query ($id: ID!) { zone(id: $id) { b2bSynergyCount synergies { totalCount } } }`,
        { id: zoneId },
      );
      expect(isForbidden(response)).toBe(true);
      expect(response.errors?.[0]?.path).toEqual(['zone', 'synergies']);
      expect(response.data?.zone).toBeNull();
    });

    it('knows a firm by name once the firm agrees, and no longer when it withdraws', async () => {
      const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { name } }`;
      const SHARED = `{ sharedOrganizations { nodes { name } } }`;
      const SHARE = `mutation ($organizationId: ID!, $partnerId: String!) {
        shareWithPartner(organizationId: $organizationId, partnerId: $partnerId) { sharedWithPartners }
      }`;
      const STOP = `mutation ($organizationId: ID!, $partnerId: String!) {
        stopSharingWithPartner(organizationId: $organizationId, partnerId: $partnerId) { sharedWithPartners }
      }`;
      const otherPartner = bearer(await testToken('PARTNER', { partnerId: 'cci-lot' }));
      const lacoste = { id: firms.lacoste.id };
      expect(isOutOfReach(await asRole('PARTNER', ORGANIZATION, lacoste))).toBe(true);

      const shared = await asRole('COMPANY_MEMBER', SHARE, {
        organizationId: firms.lacoste.id,
        partnerId: 'syded-lot',
      });
      expect(shared.data?.shareWithPartner.sharedWithPartners).toEqual(['syded-lot']);
      expect(
        isOutOfReach(
          await asRole('COMPANY_MEMBER', SHARE, {
            organizationId: firms.garrigue.id,
            partnerId: 'syded-lot',
          }),
        ),
      ).toBe(true);

      expect((await asRole('PARTNER', ORGANIZATION, lacoste)).data?.organization.name).toBe(
        'Menuiserie Lacoste',
      );
      const sharedList = await asRole('PARTNER', SHARED);
      expect(sharedList.errors).toBeUndefined();
      expect(sharedList.data?.sharedOrganizations.nodes).toEqual([{ name: 'Menuiserie Lacoste' }]);
      expect(isOutOfReach(await system.gql(ORGANIZATION, lacoste, otherPartner))).toBe(true);
      expect((await system.gql(SHARED, {}, otherPartner)).data?.sharedOrganizations.nodes).toEqual(
        [],
      );
      expect(
        isOutOfReach(
          await system.gql(
            `{ sharedOrganizations(partnerId: "syded-lot") { totalCount } }`,
            {},
            otherPartner,
          ),
        ),
      ).toBe(true);

      const stopped = await asRole('COMPANY_MEMBER', STOP, {
        organizationId: firms.lacoste.id,
        partnerId: 'syded-lot',
      });
      expect(stopped.data?.stopSharingWithPartner.sharedWithPartners).toEqual([]);
      expect(isOutOfReach(await asRole('PARTNER', ORGANIZATION, lacoste))).toBe(true);
    });

    it('is denied the firms themselves', async () => {
      const response = await asRole('PARTNER', `{ organizations(first: 5) { nodes { name } } }`);
      expect(isForbidden(response)).toBe(true);
      expect(response.data ?? null).toBeNull();
    });
  });
  describe('introductions between the two sides of a B2B synergy', () => {
    const PARTICIPANTS = `query ($id: ID!) { synergy(id: $id) { participants {
      organization { id name } consentedToIntroduction contact { name email }
      anonymous { zoneName activity distanceKm description }
    } } }`;
    const CONSENT = `mutation ($input: ConsentToIntroductionInput!) {
      consentToIntroduction(input: $input) { id }
    }`;
    const WITHDRAW = `mutation ($synergyId: ID!) { withdrawIntroductionConsent(synergyId: $synergyId) { id } }`;
    let synergyId: string;
    let garrigueMember: string;
    let outsider: string;

    const asMember = (
      token: string,
      query: string,
      variables: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) => system.gql(query, variables, { ...bearer(token), ...headers });

    /** The participants as a member sees them: its own side, then the other. */
    async function seenBy(token: string, ownId: string, headers: Record<string, string> = {}) {
      const response = await asMember(token, PARTICIPANTS, { id: synergyId }, headers);
      expect(response.errors).toBeUndefined();
      const participants = response.data?.synergy.participants as {
        organization: { id: string; name: string } | null;
        consentedToIntroduction: boolean;
        contact: { name: string } | null;
        anonymous: { description: string };
      }[];
      const own = participants.find((p) => p.organization?.id === ownId);
      const other = participants.find((p) => p !== own);
      return { own, other };
    }

    beforeAll(async () => {
      // Lacoste gives cardboard; Garrigue, 4 km north, needs packaging.
      for (const input of [
        {
          organizationId: firms.lacoste.id,
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
          organizationId: firms.garrigue.id,
          kind: 'NEED',
          theme: 'MATERIALS_WASTE',
          categoryCode: 'MATERIAL_PACKAGING',
          label: 'Calage',
          quantity: 1,
          unit: 't',
          frequency: 'MONTHLY',
        },
      ]) {
        expect((await system.gql(RECORD, { input })).errors).toBeUndefined();
      }
      const found = await waitFor(
        () => system.gql(`{ synergies(filter: { kind: B2B }) { nodes { id } } }`),
        (response) => response.data?.synergies.nodes.length === 1,
      );
      synergyId = found.data?.synergies.nodes[0].id;
      garrigueMember = await testToken('COMPANY_MEMBER', { organizationId: firms.garrigue.id });
      const third = await registerFirm('Imprimerie Vayssade', '7100000000003', 'Rondes', 44.41);
      outsider = await testToken('COMPANY_MEMBER', { organizationId: third.id });
    });

    it('shows a member its own side and the other side anonymised: zone, activity, distance', async () => {
      const { own, other } = await seenBy(tokens.COMPANY_MEMBER, firms.lacoste.id);
      expect(own?.organization?.name).toBe('Menuiserie Lacoste');
      expect(other).toMatchObject({
        organization: null,
        contact: null,
        consentedToIntroduction: false,
      });
      expect(other?.anonymous).toEqual({
        zoneName: 'Cahors Sud',
        activity: 'Manufacturing',
        distanceKm: 4,
        description: 'a firm in Cahors Sud, Manufacturing, 4 km away',
      });
      expect(JSON.stringify(other)).not.toContain('Garrigue');
    });

    const FIGURES = `query ($id: ID!) { synergy(id: $id) {
      distanceKm score rationale impact { greatCircleKm roadKm transportKgCo2ePerYear }
      participants { role declarationIds }
      explanation {
        summaryFr terms { name value weight labelFr facts { name numberValue } }
        rules { rule verdict textFr } steps { rule }
      }
    } }`;
    interface Figures {
      distanceKm: number;
      score: number;
      rationale: {
        summaryFr: string;
        terms: { distanceDecay: { value: number; distanceKm: number } };
        rules: { rule: string; verdict: string; textFr: string }[];
      };
      impact: { greatCircleKm: number; roadKm: number };
      participants: { role: string; declarationIds: string[] }[];
      explanation: {
        summaryFr: string;
        terms: {
          name: string;
          value: number | null;
          weight: number;
          labelFr: string;
          facts: { name: string; numberValue: number | null }[];
        }[];
        rules: { rule: string; verdict: string; textFr: string }[];
        steps: { rule: string }[];
      };
    }
    const figuresOf = async (token: string): Promise<Figures> => {
      const response = await asMember(token, FIGURES, { id: synergyId });
      expect(response.errors).toBeUndefined();
      return response.data?.synergy;
    };
    const facilitatorFigures = async (): Promise<Figures> => {
      const response = await asRole('FACILITATOR', FIGURES, { id: synergyId });
      expect(response.errors).toBeUndefined();
      return response.data?.synergy;
    };

    it('gives a member no distance finer than whole km, nor the other side’s rows, before the introduction', async () => {
      const exact = await facilitatorFigures();
      const seen = await figuresOf(tokens.COMPANY_MEMBER);
      // The two firms are 4 km apart to the metre: the unit spec of the rounding takes finer cases.
      const wholeKm = Math.max(1, Math.round(exact.distanceKm));
      expect(seen.distanceKm).toBe(wholeKm);
      expect(seen.score).toBe(Math.round(exact.score * 100) / 100);
      expect(seen.rationale.terms.distanceDecay).toMatchObject({
        value: Math.round(exact.rationale.terms.distanceDecay.value * 100) / 100,
        distanceKm: wholeKm,
      });
      expect(seen.rationale.summaryFr).toContain(`à ${wholeKm},0 km`);
      // The typed explanation tells the same rounded figures as the rationale.
      expect(seen.explanation.summaryFr).toBe(seen.rationale.summaryFr);
      expect(seen.explanation.terms.find(({ name }) => name === 'DISTANCE_DECAY')).toEqual({
        name: 'DISTANCE_DECAY',
        value: seen.rationale.terms.distanceDecay.value,
        weight: expect.any(Number),
        labelFr: 'Proximité',
        facts: [{ name: 'distanceKm', numberValue: wholeKm }],
      });
      expect(exact.explanation.terms.map(({ name }) => name)).toEqual([
        'COMPATIBILITY',
        'QUANTITY_COVERAGE',
        'DISTANCE_DECAY',
        'FREQUENCY_FIT',
      ]);
      expect(exact.explanation.terms.find(({ name }) => name === 'DISTANCE_DECAY')?.facts).toEqual([
        { name: 'distanceKm', numberValue: exact.distanceKm },
      ]);
      // The rationale's rules, each with its words; the steps are those that ask for one.
      expect(exact.explanation.rules).toEqual(
        exact.rationale.rules.map(({ rule, verdict, textFr }) => ({ rule, verdict, textFr })),
      );
      expect(exact.explanation.steps).toEqual(
        exact.explanation.rules
          .filter(({ verdict }) => verdict === 'STEP_REQUIRED')
          .map(({ rule }) => ({ rule })),
      );
      expect(seen.impact.greatCircleKm).toBe(wholeKm);
      expect(seen.impact.roadKm / seen.impact.greatCircleKm).toBeCloseTo(
        exact.impact.roadKm / exact.impact.greatCircleKm,
        2,
      );
      // Lacoste supplies: its own declaration stays, the consumer's is withheld.
      expect(seen.participants).toEqual([
        { role: 'SUPPLIER', declarationIds: exact.participants[0].declarationIds },
        { role: 'CONSUMER', declarationIds: [] },
      ]);
      expect(exact.participants[1].declarationIds).toHaveLength(1);
    });

    it('describes the other side in French to a request that prefers French', async () => {
      const { other } = await seenBy(tokens.COMPANY_MEMBER, firms.lacoste.id, {
        'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5',
      });
      expect(other?.anonymous).toEqual({
        zoneName: 'Cahors Sud',
        activity: 'Industrie manufacturière',
        distanceKm: 4,
        description: 'une entreprise de Cahors Sud, Industrie manufacturière, à 4 km',
      });
    });

    it('keeps both sides anonymous while only one has consented', async () => {
      const consented = await asMember(tokens.COMPANY_MEMBER, CONSENT, {
        input: { synergyId, contactName: 'Paul Lacoste', contactEmail: 'paul@lacoste.example' },
      });
      expect(consented.errors).toBeUndefined();
      const { own, other } = await seenBy(garrigueMember, firms.garrigue.id);
      expect(other).toMatchObject({
        organization: null,
        contact: null,
        consentedToIntroduction: true,
      });
      expect(own?.consentedToIntroduction).toBe(false);
    });

    it('introduces both sides once both have consented, each with the contact the other gave', async () => {
      const consented = await asMember(garrigueMember, CONSENT, {
        input: { synergyId, contactName: 'Marie Garrigue' },
      });
      expect(consented.errors).toBeUndefined();
      const lacosteView = await seenBy(tokens.COMPANY_MEMBER, firms.lacoste.id);
      expect(lacosteView.other).toMatchObject({
        organization: { id: firms.garrigue.id, name: 'Garage Garrigue' },
        contact: { name: 'Marie Garrigue', email: null },
      });
      const garrigueView = await seenBy(garrigueMember, firms.garrigue.id);
      expect(garrigueView.other).toMatchObject({
        organization: { name: 'Menuiserie Lacoste' },
        contact: { name: 'Paul Lacoste', email: 'paul@lacoste.example' },
      });
    });

    it('gives both sides the exact figures once they are introduced', async () => {
      const exact = await facilitatorFigures();
      expect(await figuresOf(tokens.COMPANY_MEMBER)).toEqual(exact);
      expect(await figuresOf(garrigueMember)).toEqual(exact);
    });

    it('hides both sides again when a consent is withdrawn', async () => {
      expect((await asMember(garrigueMember, WITHDRAW, { synergyId })).errors).toBeUndefined();
      const { other } = await seenBy(tokens.COMPANY_MEMBER, firms.lacoste.id);
      expect(other).toMatchObject({
        organization: null,
        contact: null,
        consentedToIntroduction: false,
      });
    });

    it('refuses a firm outside the synergy, and a consent without a contact', async () => {
      expect(isOutOfReach(await asMember(outsider, PARTICIPANTS, { id: synergyId }))).toBe(true);
      expect(
        isOutOfReach(await asMember(outsider, CONSENT, { input: { synergyId, contactName: 'X' } })),
      ).toBe(true);
      const blank = await asMember(garrigueMember, CONSENT, {
        input: { synergyId, contactName: '  ' },
      });
      expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(blank.errors?.[0]?.message).toContain('contactName');
    });

    it('counts the zone’s synergies by status for a partner, naming no firm', async () => {
      const response = await asRole(
        'PARTNER',
        `query ($id: ID!) { zone(id: $id) {
          collectiveSynergyCount b2bSynergyCount synergyCountsByStatus { status count }
        } }`,
        { id: zoneId },
      );
      expect(response.errors).toBeUndefined();
      const zone = response.data?.zone;
      expect(zone.b2bSynergyCount).toBe(1);
      expect(zone.synergyCountsByStatus).toEqual([
        { status: 'DETECTED', count: zone.collectiveSynergyCount + zone.b2bSynergyCount },
      ]);
    });

    it('shows a facilitator every participant', async () => {
      const response = await asRole('FACILITATOR', PARTICIPANTS, { id: synergyId });
      const names = response.data?.synergy.participants.map(
        (p: { organization: { name: string } }) => p.organization.name,
      );
      expect(names.sort()).toEqual(['Garage Garrigue', 'Menuiserie Lacoste']);
    });
  });
  describe('the audit log', () => {
    const AUDIT = `query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) {
      totalCount nodes { service subject roles operation entityType entityId outcome requestId at }
    } }`;

    it('records every mutation, allowed or not, with who, what, on which entity and how it ended', async () => {
      const subject = 'test:audited-member';
      const member = bearer(
        await testToken('COMPANY_MEMBER', { subject, organizationId: firms.garrigue.id }),
      );
      const input = {
        organizationId: firms.garrigue.id,
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
        label: 'Rondes de nuit',
      };
      const recorded = await system.gql(RECORD, { input }, member);
      const declarationId = recorded.data?.recordDeclaration.id;
      expect(declarationId).toBeDefined();
      const denied = await system.gql(
        RECORD,
        { input: { ...input, organizationId: firms.lacoste.id } },
        member,
      );
      expect(isOutOfReach(denied)).toBe(true);
      const refused = await system.gql(RECORD, { input: { ...input, label: '' } }, member);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

      const log = await waitFor(
        () => system.gql(AUDIT, { filter: { subject } }),
        (response) => response.data?.auditLog.totalCount === 3,
      );
      const entries = log.data?.auditLog.nodes;
      expect(entries.map((entry: { outcome: string }) => entry.outcome).sort()).toEqual([
        'BAD_USER_INPUT',
        'NOT_FOUND',
        'SUCCESS',
      ]);
      expect(
        entries.find((entry: { outcome: string }) => entry.outcome === 'SUCCESS'),
      ).toMatchObject({
        service: 'interviews',
        subject,
        roles: ['COMPANY_MEMBER'],
        operation: 'recordDeclaration',
        entityType: 'Declaration',
        entityId: declarationId,
        requestId: expect.any(String),
      });
      expect(
        entries.find((entry: { outcome: string }) => entry.outcome === 'NOT_FOUND'),
      ).toMatchObject({
        operation: 'recordDeclaration',
        entityId: firms.lacoste.id,
      });
      const byEntity = await system.gql(AUDIT, { filter: { entityId: declarationId } });
      expect(byEntity.data?.auditLog.totalCount).toBe(1);
    });

    it('keeps the services’ error logs for errors that are theirs, not the refusals of clients', () => {
      const errorLines = system.logLines.filter(({ line }) => line.includes('"level":50'));
      expect(
        errorLines.filter(({ line }) => /Forbidden:|BAD_USER_INPUT|input\./.test(line)),
      ).toEqual([]);
    });

    it('is for admins alone', async () => {
      expect(isForbidden(await asRole('FACILITATOR', AUDIT, {}))).toBe(true);
    });
  });
  describe('partner API keys', () => {
    const CREATE = `mutation ($input: CreateApiKeyInput!) {
      createApiKey(input: $input) { secret apiKey { id partnerId name keyPrefix expiresAt revokedAt } }
    }`;
    const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`;
    const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

    /** Exchanges a key at the gateway, as a partner system does. */
    const exchange = (apiKey: unknown) =>
      fetch(`${system.gatewayUrl}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey }),
      });

    async function createKey(name: string) {
      const created = await system.gql(CREATE, {
        input: { partnerId: 'syded-lot', name, expiresAt: inAMonth() },
      });
      expect(created.errors).toBeUndefined();
      return created.data?.createApiKey as {
        secret: string;
        apiKey: { id: string; keyPrefix: string };
      };
    }

    it('shows a key once, keeps only its hash, and exchanges it for a partner token', async () => {
      const { secret, apiKey } = await createKey('SYDED import');
      expect(secret).toMatch(/^symb_[A-Za-z0-9_-]{43}$/);
      expect(secret.startsWith(apiKey.keyPrefix)).toBe(true);
      const listed = await system.gql(`{ apiKeys(partnerId: "syded-lot") { nodes { id name } } }`);
      expect(JSON.stringify(listed.data)).not.toContain(secret);
      const client = new Client({ connectionString: system.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query(
          `SELECT key_hash FROM directory.api_key WHERE id = $1`,
          [apiKey.id],
        );
        expect(rows[0].key_hash).not.toContain(secret.slice(5));
      } finally {
        await client.end();
      }

      const response = await exchange(secret);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { access_token: string };
      expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
      const partner = bearer(body.access_token);
      const aggregates = await system.gql(
        `query ($id: ID!) { zone(id: $id) { needCount } }`,
        { id: zoneId },
        partner,
      );
      expect(aggregates.errors).toBeUndefined();
      expect(isForbidden(await system.gql(`{ organizations { totalCount } }`, {}, partner))).toBe(
        true,
      );
    });

    it('refuses an unknown key, a revoked one and an expired one with 401, and a missing one with 400', async () => {
      expect((await exchange('symb_not-a-key')).status).toBe(401);
      expect((await exchange(undefined)).status).toBe(400);

      const { secret, apiKey } = await createKey('to revoke');
      const revoked = await system.gql(REVOKE, { id: apiKey.id });
      expect(revoked.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
      const refused = await exchange(secret);
      expect(refused.status).toBe(401);
      expect(await refused.text()).toContain('API key revoked');

      const expiring = await createKey('to expire');
      const client = new Client({ connectionString: system.databaseUrl });
      await client.connect();
      try {
        await client.query(
          `UPDATE directory.api_key SET expires_at = now() - interval '1 second' WHERE id = $1`,
          [expiring.apiKey.id],
        );
      } finally {
        await client.end();
      }
      const expired = await exchange(expiring.secret);
      expect(expired.status).toBe(401);
      expect(await expired.text()).toContain('API key expired');
    });

    it('refuses a key that would never expire, or a partner id that is no slug', async () => {
      const far = await system.gql(CREATE, {
        input: { partnerId: 'syded-lot', name: 'forever', expiresAt: '2099-01-01T00:00:00Z' },
      });
      expect(far.errors?.[0]?.message).toContain('input.expiresAt');
      const badPartner = await system.gql(CREATE, {
        input: { partnerId: 'SYDED Lot', name: 'x', expiresAt: inAMonth() },
      });
      expect(badPartner.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(badPartner.errors?.[0]?.message).toContain('partnerId');
    });
  });
});
