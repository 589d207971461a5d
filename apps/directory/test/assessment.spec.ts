import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { completeSiret } from '@symbiose/sirene';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';
import { findAll, parseXml, withAuthorization } from '@symbiose/testing';
import { handlerOf, ServiceEventHandlers } from '@symbiose/platform';

jest.setTimeout(60_000);

const SMALL_GRID = {
  title: 'Grille de test',
  indicators: [
    {
      key: 'territorial.knowledge',
      dynamic: 'TERRITORIAL',
      labelFr: 'Connaissance',
      labelEn: 'Knowledge',
      kind: 'ENTERED',
      weight: 1,
      scale: ['Nulle', 'Faible', 'Moyenne', 'Bonne', 'Très bonne'].map((label, level) => ({
        level,
        labelFr: label,
        labelEn: label,
      })),
    },
    ...(
      [
        ['economic.establishments', 'ECONOMIC', 'ESTABLISHMENT_COUNT', 10],
        ['economic.productive_share', 'ECONOMIC', 'PRODUCTIVE_SHARE', 100],
        ['environmental.needs', 'ENVIRONMENTAL', 'NEED_COUNT', 10],
        ['environmental.resources', 'ENVIRONMENTAL', 'DECLARED_RESOURCE_TONNES', 100],
        ['social.association_share', 'SOCIAL_ORGANISATIONAL', 'ASSOCIATION_SHARE', 100],
      ] as const
    ).map(([key, dynamic, rule, max]) => ({
      key,
      dynamic,
      labelFr: key,
      labelEn: key,
      kind: 'COMPUTED',
      weight: 1,
      rule,
      normalisation: { min: 0, max },
    })),
  ],
};

const PUBLISH = `mutation ($input: PublishAssessmentGridInput!) {
  publishAssessmentGrid(input: $input) { version indicators { key kind rule weight } }
}`;
const ENTER = `mutation ($input: EnterIndicatorValueInput!) {
  enterIndicatorValue(input: $input) { indicatorKey level justification }
}`;
const ASSESS = `mutation ($zoneId: ID!, $gridVersion: Int!) {
  assessZone(zoneId: $zoneId, gridVersion: $gridVersion) {
    id overallScore gridVersion zone { name }
    dynamicScores { dynamic score }
    indicators { key rawValue score justification }
    strengths { key } weaknesses { key }
  }
}`;
const CHOOSE = `mutation ($territoryId: ID!, $zoneId: ID!, $rationale: String!, $decidedAt: Date!) {
  recordZoneChoice(territoryId: $territoryId, zoneId: $zoneId, rationale: $rationale, decidedAt: $decidedAt) {
    zone { name } rationale decidedAt
  }
}`;
const FIGURES = `query ($id: ID!) { zone(id: $id) { declarationFigures { needCount resourceCount resourceTonnes } } }`;

describe('territorial assessment (PostgreSQL)', () => {
  let service: TestService;
  const gql: TestService['gql'] = (query, variables) => service.gql(query, variables);
  let territoryId: string;
  let otherTerritoryId: string;
  let zoneA: string;
  let zoneB: string;
  let otherZone: string;
  const firms: string[] = [];
  let gridVersion: number;

  const count = async (table: string): Promise<number> =>
    (await service.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  /** A refusal naming the field: BAD_USER_INPUT, or NOT_FOUND for an id that names nothing. */
  function expectRefused(
    response: Awaited<ReturnType<TestService['gql']>>,
    field: string,
    code = 'BAD_USER_INPUT',
  ) {
    expect(response.errors?.[0].extensions).toMatchObject({ code, field });
  }

  async function createZone(territory: string, name: string): Promise<string> {
    const response = await gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      { input: { territoryId: territory, name, kind: 'MIXED', latitude: 44.4, longitude: 1.45 } },
    );
    return response.data?.createZone.id;
  }

  /** Applies a declaration event as the consumer would, inside a transaction. */
  async function deliver(
    type: 'declaration.recorded' | 'declaration.withdrawn',
    occurredAt: string,
    payload: Record<string, unknown>,
  ) {
    const handlers = service.app.get(ServiceEventHandlers).handlers();
    await service.dataSource.transaction((manager) =>
      handlerOf(handlers, type)!(
        { id: randomUUID(), type, version: 1, occurredAt, source: 'interviews', payload },
        manager,
      ),
    );
  }

  beforeAll(async () => {
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'assessment');
    const territory = (name: string) =>
      gql(`mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`, { name });
    territoryId = (await territory('Grand Cahors')).data?.createTerritory.id;
    otherTerritoryId = (await territory('Grand Figeac')).data?.createTerritory.id;
    zoneA = await createZone(territoryId, 'Cahors Sud');
    zoneB = await createZone(territoryId, 'Regourd');
    otherZone = await createZone(otherTerritoryId, 'Figeac Aéroport');
    const organizations = [
      ['25.62B', true],
      ['43.22A', false],
      ['46.73A', false],
      ['62.01Z', false],
    ] as const;
    for (const [index, [nafCode, businessAssociationMember]] of organizations.entries()) {
      const response = await gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            siret: completeSiret(`8${String(index).padStart(12, '0')}`),
            name: `Firme ${index}`,
            kind: 'COMPANY',
            nafCode,
            headcount: 10,
            zoneId: zoneA,
            businessAssociationMember,
          },
        },
      );
      firms.push(response.data?.registerOrganization.id);
    }
  });

  afterAll(async () => {
    await service?.stop();
  });

  describe('grids', () => {
    it("serves LOT'EC's grid as version 1", async () => {
      const response = await gql(
        `{ assessmentGrid(version: 1) { version title indicators { key kind scale { level } } } }`,
      );
      expect(response.data?.assessmentGrid.version).toBe(1);
      expect(response.data?.assessmentGrid.indicators).toHaveLength(12);
      expect(response.data?.assessmentGrid.indicators[0]).toEqual({
        key: 'territorial.authority_knowledge',
        kind: 'ENTERED',
        scale: [0, 1, 2, 3, 4].map((level) => ({ level })),
      });
    });

    it('publishes a new version and leaves version 1 as it was', async () => {
      const before = await gql(`{ assessmentGrid(version: 1) { indicators { key } } }`);
      const published = await gql(PUBLISH, { input: SMALL_GRID });
      expect(published.errors).toBeUndefined();
      gridVersion = published.data?.publishAssessmentGrid.version;
      expect(gridVersion).toBe(2);
      expect((await gql(`{ assessmentGrid { version } }`)).data?.assessmentGrid.version).toBe(2);
      expect((await gql(`{ assessmentGrid(version: 1) { indicators { key } } }`)).data).toEqual(
        before.data,
      );
    });

    const withIndicator = (index: number, change: Record<string, unknown>) => ({
      ...SMALL_GRID,
      indicators: SMALL_GRID.indicators.map((indicator, i) =>
        i === index ? { ...indicator, ...change } : indicator,
      ),
    });

    it.each([
      ['a negative weight', withIndicator(1, { weight: -1 }), 'indicators.1.weight'],
      ['an unknown rule', withIndicator(1, { rule: 'HAPPINESS' }), 'indicators.1.rule'],
      [
        'a level outside 0…n',
        withIndicator(0, {
          scale: [
            { level: 0, labelFr: 'a', labelEn: 'a' },
            { level: 5, labelFr: 'b', labelEn: 'b' },
          ],
        }),
        'indicators.0.scale',
      ],
      ['weights all zero in a dynamic', withIndicator(0, { weight: 0 }), 'indicators'],
      [
        'a dynamic without indicators',
        {
          ...SMALL_GRID,
          indicators: SMALL_GRID.indicators.filter((i) => i.dynamic !== 'SOCIAL_ORGANISATIONAL'),
        },
        'indicators',
      ],
    ])('refuses %s, naming the field, and publishes nothing', async (_case, input, field) => {
      expectRefused(await gql(PUBLISH, { input }), field);
      expect(await count('assessment_grid')).toBe(2);
    });
  });

  describe('entered values', () => {
    const input = (change: Record<string, unknown> = {}) => ({
      input: {
        zoneId: zoneA,
        gridVersion,
        indicatorKey: 'territorial.knowledge',
        level: 2,
        justification: 'Zone suivie par le service économique',
        ...change,
      },
    });

    it('keeps every entry; the latest is the one that counts', async () => {
      expect((await gql(ENTER, input())).data?.enterIndicatorValue).toEqual({
        indicatorKey: 'territorial.knowledge',
        level: 2,
        justification: 'Zone suivie par le service économique',
      });
      const latest = await gql(ENTER, input({ level: 3, justification: '  Visites régulières  ' }));
      expect(latest.data?.enterIndicatorValue).toMatchObject({
        level: 3,
        justification: 'Visites régulières',
      });
      expect(await count('entered_indicator_value')).toBe(2);
    });

    it.each([
      ['a level outside the scale', { level: 5 }, 'level'],
      ['a negative level', { level: -1 }, 'level'],
      ['an unknown indicator', { indicatorKey: 'territorial.weather' }, 'indicatorKey'],
      ['a computed indicator', { indicatorKey: 'economic.establishments' }, 'indicatorKey'],
      ['an unknown grid', { gridVersion: 99 }, 'gridVersion'],
      ['a blank justification', { justification: '   ' }, 'justification'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, change, field) => {
      expectRefused(await gql(ENTER, input(change)), field);
      expect(await count('entered_indicator_value')).toBe(2);
    });

    it('answers an unknown zone as not found, and writes nothing', async () => {
      expectRefused(await gql(ENTER, input({ zoneId: randomUUID() })), 'zoneId', 'NOT_FOUND');
      expect(await count('entered_indicator_value')).toBe(2);
    });
  });

  describe('assessments', () => {
    let first: { id: string; overallScore: number };

    it('refuses to assess a zone with an entered indicator left blank, naming it', async () => {
      const response = await gql(ASSESS, { zoneId: zoneB, gridVersion });
      expectRefused(response, 'zoneId');
      expect(response.errors?.[0].message).toContain('territorial.knowledge');
      expect(await count('zone_assessment')).toBe(0);
    });

    it.each([['an unknown grid', () => ({ zoneId: zoneA, gridVersion: 99 }), 'gridVersion']])(
      'refuses %s',
      async (_case, variables, field) => {
        expectRefused(await gql(ASSESS, variables()), field);
      },
    );

    it('answers an unknown zone as not found', async () => {
      const variables = { zoneId: randomUUID(), gridVersion };
      expectRefused(await gql(ASSESS, variables), 'zoneId', 'NOT_FOUND');
    });

    it('scores a small zone as worked out by hand', async () => {
      const response = await gql(ASSESS, { zoneId: zoneA, gridVersion });
      expect(response.errors).toBeUndefined();
      first = response.data?.assessZone;
      expect(response.data?.assessZone).toMatchObject({
        gridVersion,
        zone: { name: 'Cahors Sud' },
        // Knowledge 3 of 4: 75. Four firms of 10: 40; two productive (25.62B, 43.22A): 50.
        // Nothing declared: 0. One member of four: 25.
        dynamicScores: [
          { dynamic: 'TERRITORIAL', score: 75 },
          { dynamic: 'ECONOMIC', score: 45 },
          { dynamic: 'ENVIRONMENTAL', score: 0 },
          { dynamic: 'SOCIAL_ORGANISATIONAL', score: 25 },
        ],
        overallScore: 36.3, // (75 + 45 + 0 + 25) / 4 = 36.25
        strengths: [
          { key: 'territorial.knowledge' },
          { key: 'economic.productive_share' },
          { key: 'economic.establishments' },
        ],
        weaknesses: [
          { key: 'environmental.needs' },
          { key: 'environmental.resources' },
          { key: 'social.association_share' },
        ],
      });
      expect(response.data?.assessZone.indicators[0]).toEqual({
        key: 'territorial.knowledge',
        rawValue: 3,
        score: 75,
        justification: 'Visites régulières',
      });
    });

    it("counts the declarations of the zone's firms, the latest event winning, and follows a firm that moves", async () => {
      const need = (index: number) => ({
        declarationId: `00000000-0000-4000-8000-00000000000${index}`,
        organizationId: firms[0],
        interviewId: null,
        zoneId: null,
        territoryId: null,
        latitude: null,
        longitude: null,
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
        label: 'Gardiennage',
        annualQuantity: null,
        canonicalUnit: null,
        frequency: null,
        wasteCode: null,
        hazardous: false,
        authorisedForHazardous: null,
        availableFrom: null,
        availableUntil: null,
        status: 'ACTIVE',
      });
      const pallets = {
        ...need(9),
        organizationId: firms[1],
        kind: 'RESOURCE',
        theme: 'MATERIALS_WASTE',
        categoryCode: 'WASTE_WOOD',
        annualQuantity: 26,
        canonicalUnit: 't',
      };
      for (const index of [1, 2, 3, 4])
        await deliver('declaration.recorded', '2025-03-04T10:00:00Z', need(index));
      await deliver('declaration.recorded', '2025-03-04T10:00:00Z', pallets);
      await deliver('declaration.withdrawn', '2025-03-05T10:00:00Z', {
        ...need(4),
        status: 'WITHDRAWN',
      });
      // A retry of the recording, delivered after the withdrawal, must not bring it back.
      await deliver('declaration.recorded', '2025-03-04T10:00:00Z', need(4));
      expect((await gql(FIGURES, { id: zoneA })).data?.zone.declarationFigures).toEqual({
        needCount: 3,
        resourceCount: 1,
        resourceTonnes: 26,
      });

      const move = (zoneId: string) =>
        gql(
          `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
          {
            input: { id: firms[1], zoneId },
          },
        );
      await move(zoneB);
      expect((await gql(FIGURES, { id: zoneB })).data?.zone.declarationFigures.resourceTonnes).toBe(
        26,
      );
      expect((await gql(FIGURES, { id: zoneA })).data?.zone.declarationFigures.resourceCount).toBe(
        0,
      );
      await move(zoneA);
    });

    it('scores the change on the next assessment and keeps the earlier one as it was', async () => {
      await gql(
        `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
        {
          input: { id: firms[1], businessAssociationMember: true },
        },
      );
      const second = await gql(ASSESS, { zoneId: zoneA, gridVersion });
      expect(second.data?.assessZone.dynamicScores).toEqual([
        { dynamic: 'TERRITORIAL', score: 75 },
        { dynamic: 'ECONOMIC', score: 45 },
        { dynamic: 'ENVIRONMENTAL', score: 28 }, // 3 needs of 10: 30; 26 t of 100: 26
        { dynamic: 'SOCIAL_ORGANISATIONAL', score: 50 }, // two members of four
      ]);
      expect(second.data?.assessZone.overallScore).toBe(49.5);

      const history = await gql(
        `query ($zoneId: ID!) { zoneAssessments(zoneId: $zoneId, first: 1) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id overallScore }
        } }`,
        { zoneId: zoneA },
      );
      const page = history.data?.zoneAssessments;
      expect(page.totalCount).toBe(2);
      expect(page.nodes).toEqual([{ id: second.data?.assessZone.id, overallScore: 49.5 }]);
      const older = await gql(
        `query ($zoneId: ID!, $after: String) { zoneAssessments(zoneId: $zoneId, first: 5, after: $after) {
          nodes { id overallScore indicators { key rawValue } }
        } }`,
        { zoneId: zoneA, after: page.pageInfo.endCursor },
      );
      const [stored] = older.data?.zoneAssessments.nodes ?? [];
      expect(stored).toMatchObject({ id: first.id, overallScore: 36.3 });
      expect(
        stored.indicators.find((i: { key: string }) => i.key === 'social.association_share')
          .rawValue,
      ).toBe(25);
    });

    it('refuses the assessments of an unknown zone', async () => {
      expectRefused(
        await gql(`query ($id: ID!) { zoneAssessments(zoneId: $id) { totalCount } }`, {
          id: randomUUID(),
        }),
        'zoneId',
        'NOT_FOUND',
      );
    });
  });

  describe('comparison and choice', () => {
    const COMPARE = `query ($territoryId: ID!, $gridVersion: Int!) {
      compareZones(territoryId: $territoryId, gridVersion: $gridVersion) {
        rank zone { name } assessment { overallScore dynamicScores { dynamic score } }
      }
    }`;

    it('ranks the assessed zones of the territory by their latest assessment', async () => {
      await gql(ENTER, {
        input: {
          zoneId: zoneB,
          gridVersion,
          indicatorKey: 'territorial.knowledge',
          level: 4,
          justification: 'Zone historique',
        },
      });
      await gql(ASSESS, { zoneId: zoneB, gridVersion });
      const response = await gql(COMPARE, { territoryId, gridVersion });
      expect(response.data?.compareZones).toEqual([
        {
          rank: 1,
          zone: { name: 'Cahors Sud' },
          assessment: expect.objectContaining({ overallScore: 49.5 }),
        },
        {
          rank: 2,
          zone: { name: 'Regourd' },
          // Knowledge 4: 100; no firm, nothing declared: the other dynamics score 0.
          assessment: {
            overallScore: 25,
            dynamicScores: [
              { dynamic: 'TERRITORIAL', score: 100 },
              { dynamic: 'ECONOMIC', score: 0 },
              { dynamic: 'ENVIRONMENTAL', score: 0 },
              { dynamic: 'SOCIAL_ORGANISATIONAL', score: 0 },
            ],
          },
        },
      ]);
      expect((await gql(COMPARE, { territoryId, gridVersion: 1 })).data?.compareZones).toEqual([]);
    });

    it.each([['an unknown grid', () => ({ territoryId, gridVersion: 99 }), 'gridVersion']])(
      'refuses to compare on %s',
      async (_case, variables, field) => {
        expectRefused(await gql(COMPARE, variables()), field);
      },
    );

    it('answers a comparison on an unknown territory as not found', async () => {
      const variables = { territoryId: randomUUID(), gridVersion };
      expectRefused(await gql(COMPARE, variables), 'territoryId', 'NOT_FOUND');
    });

    it('draws a radar with one polygon per assessed zone', async () => {
      const response = await request(service.app.getHttpServer())
        .get(`/territories/${territoryId}/assessment.svg?gridVersion=${gridVersion}`)
        .set(await withAuthorization());
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const svg = parseXml(Buffer.from(response.body).toString('utf8'));
      expect(findAll(svg, 'polygon').map((polygon) => polygon.attributes['data-name'])).toEqual([
        'Cahors Sud (49.5)',
        'Regourd (25)',
      ]);
    });

    it('answers 404 for an unknown territory or grid, 400 for a malformed one', async () => {
      const admin = await withAuthorization();
      const get = (path: string) => request(service.app.getHttpServer()).get(path).set(admin);
      expect((await get(`/territories/${randomUUID()}/assessment.svg`)).status).toBe(404);
      expect((await get(`/territories/${territoryId}/assessment.svg?gridVersion=99`)).status).toBe(
        404,
      );
      expect((await get(`/territories/${territoryId}/assessment.svg?gridVersion=two`)).status).toBe(
        400,
      );
      expect((await get(`/territories/not-a-uuid/assessment.svg`)).status).toBe(400);
    });

    const choice = (change: Record<string, unknown> = {}) => ({
      territoryId,
      zoneId: zoneA,
      rationale: 'Association d’entreprises, zone connue, mixité des activités, intérêt régional',
      decidedAt: '2024-06-12',
      ...change,
    });

    it('records the committee’s choice and lists the choices of the territory', async () => {
      const recorded = await gql(CHOOSE, choice());
      expect(recorded.data?.recordZoneChoice).toMatchObject({
        zone: { name: 'Cahors Sud' },
        decidedAt: '2024-06-12',
      });
      const listed = await gql(
        `query ($id: ID!) { zoneChoices(territoryId: $id) { zone { name } rationale } }`,
        {
          id: territoryId,
        },
      );
      expect(listed.data?.zoneChoices).toEqual([
        { zone: { name: 'Cahors Sud' }, rationale: choice().rationale },
      ]);
    });

    it.each([
      ['a zone of another territory', () => choice({ zoneId: otherZone }), 'zoneId'],
      ['a blank rationale', () => choice({ rationale: '  ' }), 'rationale'],
      ['a decision in the future', () => choice({ decidedAt: '2999-01-01' }), 'decidedAt'],
      ['a day that does not exist', () => choice({ decidedAt: '2024-02-30' }), 'decidedAt'],
    ])('refuses %s, naming the field, and records nothing', async (_case, variables, field) => {
      expectRefused(await gql(CHOOSE, variables()), field);
      expect(await count('zone_choice')).toBe(1);
    });

    it.each([
      ['an unknown zone', () => choice({ zoneId: randomUUID() }), 'zoneId'],
      ['an unknown territory', () => choice({ territoryId: randomUUID() }), 'territoryId'],
    ])('answers %s as not found, and records nothing', async (_case, variables, field) => {
      expectRefused(await gql(CHOOSE, variables()), field, 'NOT_FOUND');
      expect(await count('zone_choice')).toBe(1);
    });
  });
});
