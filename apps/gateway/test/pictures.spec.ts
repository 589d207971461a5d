import {
  bearer,
  parseXml,
  startTestSystem,
  TestSystem,
  testToken,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';

/**
 * The charts as pictures a page puts in `<img src>`, through the gateway against the built
 * services: a signed URL, issued by GraphQL only to whoever the chart's access rule lets see it,
 * opens that one picture without an Authorization header until it expires, and nothing else.
 */
jest.setTimeout(180_000);

const PUBLIC_URL = 'https://symbiose.example.org/api';
/** Short, so that a URL can be seen to expire; long enough to fetch it at once on a busy machine. */
const LIFETIME_SECONDS = 5;

const SCHEDULE = `mutation ($input: ScheduleWorkshopInput!) { scheduleWorkshop(input: $input) { id } }`;
const MATRIX_URL = `query ($id: ID!) { workshop(id: $id) { prioritisationMatrixUrl } }`;
const CHART_URL = `query ($id: ID!, $gridVersion: Int) {
  territory(id: $id) { name assessmentChartUrl(gridVersion: $gridVersion) }
}`;

const scale = ['Nulle', 'Faible', 'Moyenne', 'Bonne', 'Très bonne'].map((label, level) => ({
  level,
  labelFr: label,
  labelEn: label,
}));
const GRID = {
  title: 'Grille de démonstration',
  indicators: ['TERRITORIAL', 'ECONOMIC', 'ENVIRONMENTAL', 'SOCIAL_ORGANISATIONAL'].map(
    (dynamic) => ({
      key: `${dynamic.toLowerCase()}.knowledge`,
      dynamic,
      labelFr: 'Connaissance',
      labelEn: 'Knowledge',
      kind: 'ENTERED',
      weight: 1,
      scale,
    }),
  ),
};

describe('pictures by signed URL', () => {
  let system: TestSystem;
  let territoryId: string;
  let otherTerritoryId: string;
  let gridVersion: number;
  const workshops: Record<'matrix' | 'otherMatrix' | 'networking', string> = {
    matrix: '',
    otherMatrix: '',
    networking: '',
  };
  let facilitator: Record<string, string>;

  /** The URL a client got, on the gateway under test (the services build it on PUBLIC_URL). */
  const onGateway = (url: string): string => {
    expect(url.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    return `${system.gatewayUrl}${url.slice(PUBLIC_URL.length)}`;
  };

  const messageOf = async (response: Response): Promise<string> =>
    ((await response.json()) as { message: string }).message;

  /** Fetches a URL as `<img src>` does: no Authorization header. */
  const fetchPicture = (url: string) => fetch(url);

  const matrixUrl = async (workshopId: string): Promise<string> => {
    const response = await system.gql(MATRIX_URL, { id: workshopId }, facilitator);
    expect(response.errors).toBeUndefined();
    return onGateway(response.data?.workshop.prioritisationMatrixUrl);
  };

  beforeAll(async () => {
    system = await startTestSystem('pictures', {
      env: { PUBLIC_URL, PICTURE_URL_LIFETIME_SECONDS: String(LIFETIME_SECONDS) },
    });
    const territory = async (name: string) =>
      (
        await system.gql(
          `mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`,
          { name },
        )
      ).data?.createTerritory.id;
    territoryId = await territory('Grand Cahors');
    otherTerritoryId = await territory('Grand Figeac');
    facilitator = bearer(await testToken('FACILITATOR', { territoryIds: [territoryId] }));
    const zone = await system.gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: { territoryId, name: 'Cahors Sud', kind: 'MIXED', latitude: 44.4, longitude: 1.45 },
      },
    );
    const zoneId = zone.data?.createZone.id;
    const schedule = (kind: string, title: string) =>
      waitFor(
        () =>
          system.gql(SCHEDULE, {
            input: {
              zoneId,
              kind,
              title,
              startsAt: '2023-03-16T09:00:00+01:00',
              endsAt: '2023-03-16T12:00:00+01:00',
            },
          }),
        (response) => response.errors === undefined,
        { timeoutMs: 30_000, intervalMs: 250 },
      ).then((response) => response.data?.scheduleWorkshop.id as string);
    workshops.matrix = await schedule('PRIORITISATION', 'Atelier de priorisation');
    workshops.otherMatrix = await schedule('PRIORITISATION', 'Second atelier');
    workshops.networking = await schedule('NETWORKING', 'Petit-déjeuner des dirigeants');
    const published = await system.gql(
      `mutation ($input: PublishAssessmentGridInput!) { publishAssessmentGrid(input: $input) { version } }`,
      { input: GRID },
    );
    expect(published.errors).toBeUndefined();
    gridVersion = published.data?.publishAssessmentGrid.version;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('gives a facilitator of the territory a URL that shows the matrix without a token', async () => {
    const url = await matrixUrl(workshops.matrix);
    expect(new URL(url).searchParams.get('signature')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const response = await fetchPicture(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const cacheControl = response.headers.get('cache-control') ?? '';
    expect(cacheControl).toMatch(/^private, max-age=\d+$/);
    const maxAge = Number(cacheControl.split('=')[1]);
    expect(maxAge).toBeGreaterThanOrEqual(0);
    expect(maxAge).toBeLessThanOrEqual(LIFETIME_SECONDS);
    const svg = await response.text();
    expect(parseXml(svg).name).toBe('svg');
    expect(svg).toContain('<title>Priorisation – Atelier de priorisation</title>');
  });

  it('gives a URL of the radar chart on the grid asked for, or the latest', async () => {
    const asked = await system.gql(CHART_URL, { id: territoryId, gridVersion }, facilitator);
    expect(asked.errors).toBeUndefined();
    const url = onGateway(asked.data?.territory.assessmentChartUrl);
    expect(new URL(url).searchParams.get('gridVersion')).toBe(String(gridVersion));
    const response = await fetchPicture(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toContain(`Grand Cahors (grille ${gridVersion})`);

    const latest = await system.gql(CHART_URL, { id: territoryId }, facilitator);
    const latestUrl = new URL(onGateway(latest.data?.territory.assessmentChartUrl));
    expect(latestUrl.searchParams.has('gridVersion')).toBe(false);
    expect((await fetchPicture(latestUrl.href)).status).toBe(200);
  });

  it('has no matrix URL for a workshop that is no prioritisation', async () => {
    const response = await system.gql(MATRIX_URL, { id: workshops.networking }, facilitator);
    expect(response.errors).toBeUndefined();
    expect(response.data?.workshop.prioritisationMatrixUrl).toBeNull();
  });

  it('issues no URL to those who may not see the picture', async () => {
    const members = bearer(
      await testToken('COMPANY_MEMBER', { organizationId: '5d9c7a1e-2b4f-4e8a-9c3d-1f2e3a4b5c6d' }),
    );
    const elsewhere = bearer(await testToken('FACILITATOR', { territoryIds: [otherTerritoryId] }));
    // A member's role never reads a matrix; another territory's reads as an unknown workshop.
    for (const [headers, code] of [
      [members, 'FORBIDDEN'],
      [elsewhere, 'NOT_FOUND'],
    ] as const) {
      const matrix = await system.gql(MATRIX_URL, { id: workshops.matrix }, headers);
      expect(matrix.errors?.[0].extensions?.code).toBe(code);
      expect(matrix.data?.workshop ?? null).toBeNull();
      const chart = await system.gql(CHART_URL, { id: territoryId }, headers);
      expect(chart.errors).toBeUndefined();
      expect(chart.data?.territory).toEqual({ name: 'Grand Cahors', assessmentChartUrl: null });
    }
    const own = await system.gql(CHART_URL, { id: otherTerritoryId }, elsewhere);
    expect(own.data?.territory.assessmentChartUrl).toMatch(/^https:/);
  });

  it('opens one picture only: not another workshop’s, nor another chart, nor GraphQL', async () => {
    const url = new URL(await matrixUrl(workshops.matrix));
    const signature = url.searchParams.get('signature')!;

    const other = await fetchPicture(
      `${system.gatewayUrl}/workshops/${workshops.otherMatrix}/prioritisation.svg?signature=${signature}`,
    );
    expect(other.status).toBe(403);
    expect(await messageOf(other)).toBe('picture signature is for another picture');

    const chart = await fetchPicture(
      `${system.gatewayUrl}/territories/${territoryId}/assessment.svg?signature=${signature}`,
    );
    expect(chart.status).toBe(403);

    const asBearer = await system.gql(
      `{ territories(first: 1) { totalCount } }`,
      {},
      bearer(signature),
    );
    expect(asBearer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const routeAsBearer = await fetch(
      `${system.gatewayUrl}/workshops/${workshops.matrix}/prioritisation.svg`,
      { headers: bearer(signature) },
    );
    expect(routeAsBearer.status).toBe(401);
  });

  it('refuses a grid other than the one signed for', async () => {
    const signed = await system.gql(CHART_URL, { id: territoryId, gridVersion }, facilitator);
    const url = new URL(onGateway(signed.data?.territory.assessmentChartUrl));
    url.searchParams.set('gridVersion', String(gridVersion + 1));
    expect((await fetchPicture(url.href)).status).toBe(403);
    url.searchParams.delete('gridVersion');
    expect((await fetchPicture(url.href)).status).toBe(403);
  });

  it('refuses an altered signature, and a picture asked for with no credential at all', async () => {
    const url = new URL(await matrixUrl(workshops.matrix));
    const [header, payload, mac] = url.searchParams.get('signature')!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const widened = Buffer.from(
      JSON.stringify({ ...claims, pic: `/workshops/${workshops.otherMatrix}/prioritisation.svg` }),
    ).toString('base64url');
    for (const signature of [`${header}.${widened}.${mac}`, `${header}.${payload}.${mac}x`]) {
      url.searchParams.set('signature', signature);
      const refused = await fetchPicture(url.href);
      expect(refused.status).toBe(401);
      expect(await messageOf(refused)).toBe('picture signature invalid');
    }
    url.searchParams.delete('signature');
    expect((await fetchPicture(url.href)).status).toBe(401);
  });

  it('refuses a URL once its lifetime has passed', async () => {
    const url = await matrixUrl(workshops.matrix);
    await new Promise((resolve) => setTimeout(resolve, (LIFETIME_SECONDS + 1.5) * 1000));
    const response = await fetchPicture(url);
    expect(response.status).toBe(401);
    expect(await messageOf(response)).toBe('picture signature expired: ask for a new URL');
  });

  it('keeps serving the charts to a bearer token', async () => {
    const matrix = await fetch(
      `${system.gatewayUrl}/workshops/${workshops.matrix}/prioritisation.svg`,
      { headers: facilitator },
    );
    expect(matrix.status).toBe(200);
    expect(matrix.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const chart = await fetch(`${system.gatewayUrl}/territories/${territoryId}/assessment.svg`, {
      headers: await withAuthorization(),
    });
    expect(chart.status).toBe(200);
    const refused = await fetch(
      `${system.gatewayUrl}/territories/${otherTerritoryId}/assessment.svg`,
      { headers: facilitator },
    );
    // Another territory reads as an unknown one.
    expect(refused.status).toBe(404);
  });

  it('never writes a signature to the logs', async () => {
    const url = await matrixUrl(workshops.matrix);
    const signature = new URL(url).searchParams.get('signature')!;
    expect((await fetchPicture(url)).status).toBe(200);
    const logged = await waitFor(
      async () => system.logLines.filter(({ line }) => line.includes(workshops.matrix)),
      (lines) => lines.some(({ line }) => line.includes('signature=[Redacted]')),
    );
    expect(logged.some(({ line }) => line.includes('signature=[Redacted]'))).toBe(true);
    expect(system.logLines.filter(({ line }) => line.includes(signature))).toEqual([]);
  });
});
