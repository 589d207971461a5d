import { completeSiret } from '@symbiose/sirene';
import {
  findAll,
  parseXml,
  startTestSystem,
  TestSystem,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';

/**
 * Zone assessments through the gateway, against the built services: scores worked out by hand,
 * the directory's changes and the interviews' declarations reaching the next assessment and not
 * the stored ones, the radar chart, and bad input.
 */
jest.setTimeout(180_000);

const scale = ['Nulle', 'Faible', 'Moyenne', 'Bonne', 'Très bonne'].map((label, level) => ({
  level,
  labelFr: label,
  labelEn: label,
}));
const computed = (key: string, dynamic: string, rule: string, max: number) => ({
  key,
  dynamic,
  labelFr: key,
  labelEn: key,
  kind: 'COMPUTED',
  weight: 1,
  rule,
  normalisation: { min: 0, max },
});
/** One indicator per dynamic, so that each dynamic scores what its indicator scores. */
const GRID = {
  title: 'Grille de démonstration',
  indicators: [
    {
      key: 'territorial.knowledge',
      dynamic: 'TERRITORIAL',
      labelFr: 'Connaissance',
      labelEn: 'Knowledge',
      kind: 'ENTERED',
      weight: 1,
      scale,
    },
    computed('economic.productive_share', 'ECONOMIC', 'PRODUCTIVE_SHARE', 100),
    computed('environmental.needs', 'ENVIRONMENTAL', 'NEED_COUNT', 10),
    computed('social.association_share', 'SOCIAL_ORGANISATIONAL', 'ASSOCIATION_SHARE', 100),
  ],
};

const ASSESS = `mutation ($zoneId: ID!, $gridVersion: Int!) {
  assessZone(zoneId: $zoneId, gridVersion: $gridVersion) {
    id overallScore dynamicScores { dynamic score } indicators { key rawValue score }
  }
}`;
const ENTER = `mutation ($input: EnterIndicatorValueInput!) { enterIndicatorValue(input: $input) { level } }`;

const scores = (territorial: number, economic: number, environmental: number, social: number) => [
  { dynamic: 'TERRITORIAL', score: territorial },
  { dynamic: 'ECONOMIC', score: economic },
  { dynamic: 'ENVIRONMENTAL', score: environmental },
  { dynamic: 'SOCIAL_ORGANISATIONAL', score: social },
];

describe('zone assessments behind the gateway', () => {
  let system: TestSystem;
  let territoryId: string;
  let cahorsSud: string;
  let regourd: string;
  let figeac: string;
  let gridVersion: number;
  let firstAssessment: string;
  const firms: string[] = [];

  const assess = async (zoneId: string) => {
    const response = await system.gql(ASSESS, { zoneId, gridVersion });
    expect(response.errors).toBeUndefined();
    return response.data?.assessZone;
  };

  beforeAll(async () => {
    system = await startTestSystem('assessment');
    const territory = async (name: string) =>
      (
        await system.gql(
          `mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`,
          { name },
        )
      ).data?.createTerritory.id;
    territoryId = await territory('Grand Cahors');
    const otherTerritory = await territory('Grand Figeac');
    const zone = async (territory: string, name: string) =>
      (
        await system.gql(
          `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
          {
            input: { territoryId: territory, name, kind: 'MIXED', latitude: 44.4, longitude: 1.45 },
          },
        )
      ).data?.createZone.id;
    cahorsSud = await zone(territoryId, 'Cahors Sud');
    regourd = await zone(territoryId, 'Regourd');
    figeac = await zone(otherTerritory, 'Figeac Aéroport');
    for (const [index, nafCode] of ['25.62B', '46.73A'].entries()) {
      const registered = await system.gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            siret: completeSiret(`9${String(index).padStart(12, '0')}`),
            name: `Firme ${index}`,
            kind: 'COMPANY',
            nafCode,
            zoneId: cahorsSud,
          },
        },
      );
      firms.push(registered.data?.registerOrganization.id);
    }
    const published = await system.gql(
      `mutation ($input: PublishAssessmentGridInput!) { publishAssessmentGrid(input: $input) { version } }`,
      { input: GRID },
    );
    gridVersion = published.data?.publishAssessmentGrid.version;
    for (const zoneId of [cahorsSud, regourd]) {
      await system.gql(ENTER, {
        input: {
          zoneId,
          gridVersion,
          indicatorKey: 'territorial.knowledge',
          level: 2,
          justification: 'Connue du service',
        },
      });
    }
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('scores a small zone as worked out by hand', async () => {
    const assessment = await assess(cahorsSud);
    firstAssessment = assessment.id;
    // Knowledge 2 of 4: 50; one productive firm of two (25.62B, not 46.73A): 50; no need: 0; no member: 0.
    expect(assessment.dynamicScores).toEqual(scores(50, 50, 0, 0));
    expect(assessment.overallScore).toBe(25);
  });

  it('scores a firm joining the association on the next assessment, not on the stored one', async () => {
    const joined = await system.gql(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { businessAssociationMember } }`,
      { input: { id: firms[0], businessAssociationMember: true } },
    );
    expect(joined.data?.updateOrganization.businessAssociationMember).toBe(true);
    const assessment = await assess(cahorsSud);
    expect(assessment.indicators[3]).toEqual({
      key: 'social.association_share',
      rawValue: 50,
      score: 50,
    });
    expect(assessment.overallScore).toBe(37.5);

    const history = await system.gql(
      `query ($zoneId: ID!) { zoneAssessments(zoneId: $zoneId) { nodes { id overallScore dynamicScores { dynamic score } } } }`,
      { zoneId: cahorsSud },
    );
    const stored = history.data?.zoneAssessments.nodes.find(
      (node: { id: string }) => node.id === firstAssessment,
    );
    expect(stored).toEqual({
      id: firstAssessment,
      overallScore: 25,
      dynamicScores: scores(50, 50, 0, 0),
    });
  });

  it("counts the needs declared through the interviews service in the directory's figures", async () => {
    const record = () =>
      system.gql(
        `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`,
        {
          input: {
            organizationId: firms[1],
            kind: 'NEED',
            theme: 'SERVICES',
            categoryCode: 'SERVICE_SECURITY_GUARDING',
            label: 'Gardiennage de nuit',
          },
        },
      );
    // The interviews service learns of the firm from the directory's events.
    expect(
      (await waitFor(record, (response) => response.errors === undefined, { timeoutMs: 30_000 }))
        .errors,
    ).toBeUndefined();
    expect((await record()).errors).toBeUndefined();
    const figures = await waitFor(
      async () =>
        (
          await system.gql(
            `query ($id: ID!) { zone(id: $id) { declarationFigures { needCount } } }`,
            { id: cahorsSud },
          )
        ).data?.zone.declarationFigures,
      (value) => value?.needCount === 2,
      { timeoutMs: 30_000 },
    );
    expect(figures).toEqual({ needCount: 2 });
    const assessment = await assess(cahorsSud);
    expect(assessment.dynamicScores).toEqual(scores(50, 50, 20, 50)); // 2 needs of 10
    expect(assessment.overallScore).toBe(42.5);
  });

  it('ranks the zones and draws one polygon per assessed zone', async () => {
    await assess(regourd); // knowledge only: 50, 0, 0, 0
    const compared = await system.gql(
      `query ($territoryId: ID!, $gridVersion: Int!) {
        compareZones(territoryId: $territoryId, gridVersion: $gridVersion) { rank zone { name } assessment { overallScore } }
      }`,
      { territoryId, gridVersion },
    );
    expect(compared.data?.compareZones).toEqual([
      { rank: 1, zone: { name: 'Cahors Sud' }, assessment: { overallScore: 42.5 } },
      { rank: 2, zone: { name: 'Regourd' }, assessment: { overallScore: 12.5 } },
    ]);

    const response = await fetch(
      `${system.gatewayUrl}/territories/${territoryId}/assessment.svg?gridVersion=${gridVersion}`,
      { headers: await withAuthorization() },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = parseXml(await response.text());
    expect(findAll(svg, 'polygon')).toHaveLength(2);
  });

  it.each([
    [
      'a level outside the scale',
      ENTER,
      () => ({
        input: {
          zoneId: regourd,
          gridVersion,
          indicatorKey: 'territorial.knowledge',
          level: 7,
          justification: 'x',
        },
      }),
      'level',
    ],
    [
      'an unknown rule',
      `mutation ($input: PublishAssessmentGridInput!) { publishAssessmentGrid(input: $input) { version } }`,
      () => ({
        input: {
          ...GRID,
          indicators: [...GRID.indicators.slice(0, 3), { ...GRID.indicators[3], rule: 'LUCK' }],
        },
      }),
      'indicators.3.rule',
    ],
    [
      'a zone of another territory',
      `mutation ($t: ID!, $z: ID!) { recordZoneChoice(territoryId: $t, zoneId: $z, rationale: "r", decidedAt: "2024-06-12") { id } }`,
      () => ({ t: territoryId, z: figeac }),
      'zoneId',
    ],
    [
      'a decision in the future',
      `mutation ($t: ID!, $z: ID!) { recordZoneChoice(territoryId: $t, zoneId: $z, rationale: "r", decidedAt: "2999-01-01") { id } }`,
      () => ({ t: territoryId, z: cahorsSud }),
      'decidedAt',
    ],
    [
      'a zone without its entered values',
      ASSESS,
      () => ({ zoneId: figeac, gridVersion }),
      'zoneId',
    ],
  ])('refuses %s, naming the field', async (_case, query, variables, field) => {
    const response = await system.gql(query, variables());
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
