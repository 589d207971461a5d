import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection, LineString, MultiPoint } from 'geojson';
import { findNafActivity, completeSiret } from '@symbiose/sirene';
import {
  bearer,
  startTestSystem,
  TestSystem,
  testToken,
  waitFor,
  WITHOUT_TOKEN,
  withAuthorization,
} from '@symbiose/testing';

/**
 * A zone's exports and the waste syndicate's flows, through the gateway against the built
 * services: CSV read back, GeoJSON checked against RFC 7946, who may download them, and
 * tonnages worked out by hand on a small territory.
 */
jest.setTimeout(240_000);

const REGISTER = `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`;
const WASTE_FLOWS = `query ($territoryId: ID!, $groupBy: [WasteFlowGrouping!]!, $kind: DeclarationKind) {
  wasteFlows(territoryId: $territoryId, groupBy: $groupBy, kind: $kind) {
    zone { id } wasteCode wasteLabel theme kind annualTonnes hazardousShare declarationCount organizationCount
  }
}`;

interface Firm {
  name: string;
  zone: 'cahorsSud' | 'regourd' | 'figeac';
  nafCode: string;
  latitude?: number;
  longitude?: number;
}

const FIRMS = {
  scierie: {
    name: 'Scierie Léonard',
    zone: 'cahorsSud',
    nafCode: '16.10A',
    latitude: 44.405,
    longitude: 1.451,
  },
  cartonnages: {
    name: 'Cartonnages du Quercy',
    zone: 'cahorsSud',
    nafCode: '17.21A',
    latitude: 44.41,
    longitude: 1.45,
  },
  expeditions: {
    name: 'Expéditions Lotoises',
    zone: 'cahorsSud',
    nafCode: '52.29A',
    latitude: 44.4459,
    longitude: 1.4502,
  },
  garage: { name: 'Garage de l’Église', zone: 'cahorsSud', nafCode: '45.20A' },
  atelier: {
    name: 'Atelier Régourdais',
    zone: 'regourd',
    nafCode: '25.62B',
    latitude: 44.455,
    longitude: 1.45,
  },
  figeacois: {
    name: 'Plasturgie Figeacoise',
    zone: 'figeac',
    nafCode: '22.29A',
    latitude: 44.6,
    longitude: 2.03,
  },
} satisfies Record<string, Firm>;
type FirmKey = keyof typeof FIRMS;

const tonnes = (quantity: number) => ({ quantity, unit: 't', frequency: 'YEARLY' });
/** What each firm declares: resources with and without a mass, one hazardous waste, needs. */
const DECLARATIONS: [FirmKey, Record<string, unknown>][] = [
  [
    'cartonnages',
    {
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_CARDBOARD',
      label: 'Cartons',
      wasteCode: '15 01 01',
      ...tonnes(12),
    },
  ],
  [
    'scierie',
    {
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_WOOD',
      label: 'Palettes',
      wasteCode: '15 01 03',
      ...tonnes(20),
    },
  ],
  [
    'scierie',
    {
      kind: 'RESOURCE',
      theme: 'EQUIPMENT',
      categoryCode: 'EQUIPMENT_HANDLING',
      label: 'Chariot élévateur',
      quantity: 40,
      unit: 'h',
      frequency: 'MONTHLY',
    },
  ],
  [
    'garage',
    {
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_SOLVENTS',
      label: 'Solvants',
      wasteCode: '14 06 03',
      ...tonnes(3),
    },
  ],
  [
    'atelier',
    {
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_SOLVENTS',
      label: 'Solvants',
      wasteCode: '14 06 03',
      ...tonnes(5),
    },
  ],
  [
    'atelier',
    {
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_CARDBOARD',
      label: 'Cartons',
      wasteCode: '15 01 01',
      ...tonnes(4),
    },
  ],
  [
    'figeacois',
    {
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_CARDBOARD',
      label: 'Cartons',
      wasteCode: '15 01 01',
      ...tonnes(100),
    },
  ],
  [
    'expeditions',
    {
      kind: 'NEED',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'MATERIAL_PACKAGING',
      label: 'Calage',
      ...tonnes(10),
    },
  ],
  ...(['scierie', 'expeditions'] as const).map((firm): [FirmKey, Record<string, unknown>] => [
    firm,
    {
      kind: 'NEED',
      theme: 'SERVICES',
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      label: 'Gardiennage de nuit',
    },
  ]),
];
const GRAND_CAHORS_RESOURCES = DECLARATIONS.filter(
  ([firm, declaration]) => firm !== 'figeacois' && declaration.kind === 'RESOURCE',
).length;

describe('exports and waste flows behind the gateway', () => {
  let system: TestSystem;
  let territoryId: string;
  const zones: Record<Firm['zone'] | 'empty', string> = {
    cahorsSud: '',
    regourd: '',
    figeac: '',
    empty: '',
  };
  const ids = {} as Record<FirmKey, string>;
  const headers: Record<'FACILITATOR' | 'PARTNER' | 'COMPANY_MEMBER', Record<string, string>> = {
    FACILITATOR: {},
    PARTNER: {},
    COMPANY_MEMBER: {},
  };

  const download = async (path: string, extra: Record<string, string> = headers.FACILITATOR) =>
    fetch(`${system.gatewayUrl}${path}`, { headers: await withAuthorization(extra) });
  /** The message of an HTTP error's JSON body. */
  const messageOf = async (response: Response) =>
    ((await response.json()) as { message: string }).message;

  const wasteFlows = async (
    groupBy: string[],
    caller: Record<string, string> = headers.PARTNER,
    kind?: string,
  ) => system.gql(WASTE_FLOWS, { territoryId, groupBy, kind }, caller);

  beforeAll(async () => {
    system = await startTestSystem('exports');
    const territory = async (name: string) =>
      (
        await system.gql(
          `mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`,
          { name },
        )
      ).data?.createTerritory.id as string;
    territoryId = await territory('Grand Cahors');
    const figeacTerritory = await territory('Grand Figeac');
    const zone = async (territory: string, name: string, latitude: number) =>
      (
        await system.gql(
          `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
          { input: { territoryId: territory, name, kind: 'MIXED', latitude, longitude: 1.45 } },
        )
      ).data?.createZone.id as string;
    zones.cahorsSud = await zone(territoryId, 'Cahors Sud', 44.405);
    zones.regourd = await zone(territoryId, 'Regourd', 44.455);
    zones.empty = await zone(territoryId, 'Zone sans entreprise', 44.5);
    zones.figeac = await zone(figeacTerritory, 'Figeac Aéroport', 44.6);

    for (const [index, [key, firm]] of Object.entries(FIRMS).entries()) {
      const registered = await system.gql(REGISTER, {
        input: {
          siret: completeSiret(`8${String(index).padStart(12, '0')}`),
          name: firm.name,
          kind: 'COMPANY',
          nafCode: firm.nafCode,
          headcount: 10 + index,
          zoneId: zones[firm.zone],
          address: { street: `${index + 1} rue de l’Église`, postalCode: '46000', city: 'Cahors' },
          ...('latitude' in firm ? { latitude: firm.latitude, longitude: firm.longitude } : {}),
        },
      });
      expect(registered.errors).toBeUndefined();
      ids[key as FirmKey] = registered.data?.registerOrganization.id;
    }
    for (const [firm, declaration] of DECLARATIONS) {
      // The interviews service learns of each firm from the directory's events.
      const recorded = await waitFor(
        () => system.gql(RECORD, { input: { organizationId: ids[firm], ...declaration } }),
        (response) => response.errors === undefined,
        { timeoutMs: 30_000 },
      );
      expect(recorded.errors).toBeUndefined();
    }

    headers.FACILITATOR = bearer(await testToken('FACILITATOR', { territoryIds: [territoryId] }));
    headers.PARTNER = bearer(await testToken('PARTNER', { partnerId: 'syded-lot' }));
    headers.COMPANY_MEMBER = bearer(
      await testToken('COMPANY_MEMBER', { organizationId: ids.scierie }),
    );

    // The engine has every declaration, and has found the zone's synergies.
    await waitFor(
      () => wasteFlows(['THEME']),
      (response) =>
        response.data?.wasteFlows.reduce(
          (sum: number, row: { declarationCount: number }) => sum + row.declarationCount,
          0,
        ) === GRAND_CAHORS_RESOURCES,
      { timeoutMs: 60_000 },
    );
    await waitFor(
      async () =>
        (
          await system.gql(
            `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId }, first: 50) { nodes { kind } } }`,
            { zoneId: zones.cahorsSud },
          )
        ).data?.synergies.nodes as { kind: string }[] | undefined,
      (nodes) =>
        nodes?.some((node) => node.kind === 'B2B') === true &&
        nodes.some((node) => node.kind === 'COLLECTIVE'),
      { timeoutMs: 60_000 },
    );
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe("a zone's organizations", () => {
    it('reads back from the CSV, accents intact, with empty coordinates where there are none', async () => {
      const response = await download(`/zones/${zones.cahorsSud}/organizations.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="organizations-${zones.cahorsSud}.csv"`,
      );
      const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
      // By name: Cartonnages, Expéditions, Garage, Scierie.
      expect(rows.map((row) => row.name)).toEqual([
        'Cartonnages du Quercy',
        'Expéditions Lotoises',
        'Garage de l’Église',
        'Scierie Léonard',
      ]);
      const scierie = rows[3];
      expect(scierie).toEqual({
        id: ids.scierie,
        siret: expect.stringMatching(/^8\d{13}$/),
        name: 'Scierie Léonard',
        nafCode: '16.10A',
        nafLabel: findNafActivity('16.10A')?.label,
        headcount: '10',
        street: '1 rue de l’Église',
        postalCode: '46000',
        city: 'Cahors',
        status: 'ACTIVE',
        authorisations: '',
        latitude: '44.405',
        longitude: '1.451',
      });
      expect(rows[2]).toMatchObject({ id: ids.garage, latitude: '', longitude: '' });
    });

    it('draws the located ones as GeoJSON points and counts the others', async () => {
      const response = await download(`/zones/${zones.cahorsSud}/organizations.geojson`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/geo+json');
      const text = await response.text();
      const collection = check(text) as FeatureCollection;
      expect(collection.features.map((feature) => feature.properties?.name)).toEqual([
        'Cartonnages du Quercy',
        'Expéditions Lotoises',
        'Scierie Léonard',
      ]);
      expect(collection.features[2]).toEqual({
        type: 'Feature',
        id: ids.scierie,
        geometry: { type: 'Point', coordinates: [1.451, 44.405] },
        properties: {
          id: ids.scierie,
          siret: expect.any(String),
          name: 'Scierie Léonard',
          nafCode: '16.10A',
          nafLabel: findNafActivity('16.10A')?.label,
          headcount: 10,
          address: { street: '1 rue de l’Église', postalCode: '46000', city: 'Cahors' },
          status: 'ACTIVE',
          authorisations: [],
        },
      });
      expect(JSON.parse(text).withoutLocation).toBe(1);
    });

    it('sends a header row and an empty collection for a zone without organizations', async () => {
      const csv = await download(`/zones/${zones.empty}/organizations.csv`);
      expect(await csv.text()).toBe(
        'id,siret,name,nafCode,nafLabel,headcount,street,postalCode,city,status,authorisations,' +
          'latitude,longitude\n',
      );
      const geojson = await download(`/zones/${zones.empty}/organizations.geojson`);
      expect(check(await geojson.text())).toEqual({
        type: 'FeatureCollection',
        features: [],
        withoutLocation: 0,
      });
    });
  });

  describe("a zone's synergies", () => {
    it('draws a B2B synergy as a line from the supplier to the consumer, and a collective one as points', async () => {
      const response = await download(`/zones/${zones.cahorsSud}/synergies.geojson`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/geo+json');
      const collection = check(await response.text()) as FeatureCollection;
      const exchange = collection.features.find(
        (feature) =>
          feature.properties?.kind === 'B2B' &&
          feature.properties.participants[0].organizationId === ids.cartonnages,
      );
      expect(exchange?.geometry as LineString).toEqual({
        type: 'LineString',
        coordinates: [
          [FIRMS.cartonnages.longitude, FIRMS.cartonnages.latitude],
          [FIRMS.expeditions.longitude, FIRMS.expeditions.latitude],
        ],
      });
      expect(exchange?.properties).toMatchObject({
        theme: 'MATERIALS_WASTE',
        category: 'MATERIAL_PACKAGING',
        resourceCategory: 'WASTE_CARDBOARD',
        status: 'DETECTED',
        obsolete: false,
        participants: [
          { organizationId: ids.cartonnages, role: 'SUPPLIER' },
          { organizationId: ids.expeditions, role: 'CONSUMER' },
        ],
        // The 10 t need is shared by the 12 t offered here and the atelier's 4 t: 10 × 12 ÷ 16.
        tonnesPerYear: 7.5,
        distanceKm: expect.any(Number),
        netAvoidedKgCo2ePerYear: expect.any(Number),
      });
      const guarding = collection.features.find(
        (feature) => feature.properties?.category === 'SERVICE_SECURITY_GUARDING',
      );
      expect(guarding?.properties?.kind).toBe('COLLECTIVE');
      expect((guarding?.geometry as MultiPoint).coordinates).toEqual(
        expect.arrayContaining([
          [FIRMS.scierie.longitude, FIRMS.scierie.latitude],
          [FIRMS.expeditions.longitude, FIRMS.expeditions.latitude],
        ]),
      );
    });

    it('lists the same synergies in the CSV, narrowed by the query string', async () => {
      const all = parse(await (await download(`/zones/${zones.cahorsSud}/synergies.csv`)).text(), {
        columns: true,
      }) as Record<string, string>[];
      expect(all.length).toBeGreaterThanOrEqual(2);
      const exchange = all.find((row) =>
        row.participants.startsWith(`${ids.cartonnages}:SUPPLIER`),
      );
      expect(exchange).toMatchObject({
        kind: 'B2B',
        participants: `${ids.cartonnages}:SUPPLIER ${ids.expeditions}:CONSUMER`,
        obsolete: 'false',
        tonnesPerYear: '7.5',
      });

      const collective = parse(
        await (
          await download(`/zones/${zones.cahorsSud}/synergies.csv?kind=COLLECTIVE&status=DETECTED`)
        ).text(),
        { columns: true },
      ) as Record<string, string>[];
      expect(collective.map((row) => row.kind)).toEqual(['COLLECTIVE']);
      const none = await download(`/zones/${zones.cahorsSud}/synergies.csv?status=OPERATIONAL`);
      expect(await none.text()).toMatch(/^id,kind,theme,[a-zA-Z0-9,]+\n$/);
    });
  });

  describe('refusals', () => {
    const ROUTES = [
      'organizations.csv',
      'organizations.geojson',
      'synergies.csv',
      'synergies.geojson',
    ];

    it.each(ROUTES)(
      '%s: 401 without a token, 403 for partners and company members',
      async (file) => {
        const path = `/zones/${zones.cahorsSud}/${file}`;
        expect((await download(path, WITHOUT_TOKEN)).status).toBe(401);
        expect((await download(path, headers.PARTNER)).status).toBe(403);
        expect((await download(path, headers.COMPANY_MEMBER)).status).toBe(403);
      },
    );

    it.each(ROUTES)('%s: 400 naming a bad zone id, 404 naming an unknown zone', async (file) => {
      const asAdmin = {};
      const bad = await download(`/zones/cahors-sud/${file}`, asAdmin);
      expect(bad.status).toBe(400);
      expect(await messageOf(bad)).toBe('zoneId: must be a UUID');
      const unknown = '0b7d6f0e-1c1a-4b7e-9c55-3f6f1f0e9a11';
      const missing = await download(`/zones/${unknown}/${file}`, asAdmin);
      expect(missing.status).toBe(404);
      expect(await messageOf(missing)).toBe(
        `zoneId ${unknown} names nothing that exists or that you may reach`,
      );
      // A zone a facilitator cannot place in their territories is not theirs to ask about.
      expect((await download(`/zones/${unknown}/${file}`)).status).toBe(404);
    });

    it.each(ROUTES)("%s: 404 for a facilitator of another territory's zone", async (file) => {
      const response = await download(`/zones/${zones.figeac}/${file}`);
      expect(response.status).toBe(404);
      expect(await messageOf(response)).toBe(
        `zoneId ${zones.figeac} names nothing that exists or that you may reach`,
      );
    });

    it('refuses a filter value it does not know, naming the parameter', async () => {
      const response = await download(`/zones/${zones.cahorsSud}/synergies.csv?status=DONE`);
      expect(response.status).toBe(400);
      expect(await messageOf(response)).toMatch(/^status: must be one of DETECTED, /);
      const obsolete = await download(
        `/zones/${zones.cahorsSud}/synergies.geojson?includeObsolete=yes`,
      );
      expect(await messageOf(obsolete)).toBe('includeObsolete: must be one of true, false');
    });
  });

  describe('waste flows', () => {
    const flow = (fields: Record<string, unknown>) => ({
      zone: null,
      wasteCode: null,
      wasteLabel: null,
      theme: null,
      kind: 'RESOURCE',
      ...fields,
    });
    const CARDBOARD = { wasteCode: '150101', wasteLabel: 'emballages en papier/carton' };
    const WOOD = { wasteCode: '150103', wasteLabel: 'emballages en bois' };
    const SOLVENTS = { wasteCode: '140603', wasteLabel: 'autres solvants et mélanges de solvants' };

    it('sums the offered waste by zone: tonnes, hazardous share, declarations and firms', async () => {
      const response = await wasteFlows(['ZONE']);
      expect(response.errors).toBeUndefined();
      const rows = response.data?.wasteFlows;
      const cahorsSud = flow({
        zone: { id: zones.cahorsSud },
        // 12 t cardboard + 20 t wood + 3 t solvents; the forklift hours add no tonne.
        annualTonnes: 35,
        hazardousShare: Number((3 / 35).toFixed(4)),
        declarationCount: 4,
        organizationCount: 3,
      });
      const regourd = flow({
        zone: { id: zones.regourd },
        annualTonnes: 9, // 5 t solvents + 4 t cardboard
        hazardousShare: Number((5 / 9).toFixed(4)),
        declarationCount: 2,
        organizationCount: 1,
      });
      // Rows come in zone id order.
      expect(rows).toEqual(
        zones.cahorsSud < zones.regourd ? [cahorsSud, regourd] : [regourd, cahorsSud],
      );
    });

    it('sums them by waste code and by theme', async () => {
      const byCode = (await wasteFlows(['WASTE_CODE'])).data?.wasteFlows;
      expect(byCode).toEqual([
        flow({
          ...SOLVENTS,
          annualTonnes: 8,
          hazardousShare: 1,
          declarationCount: 2,
          organizationCount: 2,
        }),
        flow({
          ...CARDBOARD,
          annualTonnes: 16,
          hazardousShare: 0,
          declarationCount: 2,
          organizationCount: 2,
        }),
        flow({
          ...WOOD,
          annualTonnes: 20,
          hazardousShare: 0,
          declarationCount: 1,
          organizationCount: 1,
        }),
        flow({ annualTonnes: 0, hazardousShare: null, declarationCount: 1, organizationCount: 1 }),
      ]);
      const byTheme = (await wasteFlows(['THEME'])).data?.wasteFlows;
      expect(byTheme).toEqual([
        flow({
          theme: 'EQUIPMENT',
          annualTonnes: 0,
          hazardousShare: null,
          declarationCount: 1,
          organizationCount: 1,
        }),
        flow({
          theme: 'MATERIALS_WASTE',
          annualTonnes: 44,
          hazardousShare: Number((8 / 44).toFixed(4)),
          declarationCount: 5,
          organizationCount: 4,
        }),
      ]);
    });

    it('combines zone and waste code, and sums needs apart from resources', async () => {
      const combined = (await wasteFlows(['ZONE', 'WASTE_CODE'])).data?.wasteFlows as {
        zone: { id: string };
        wasteCode: string | null;
        annualTonnes: number;
      }[];
      const cell = (zone: string, code: string | null) =>
        combined.find((row) => row.zone.id === zone && row.wasteCode === code)?.annualTonnes;
      expect(combined).toHaveLength(6);
      expect(cell(zones.cahorsSud, '150101')).toBe(12);
      expect(cell(zones.cahorsSud, '150103')).toBe(20);
      expect(cell(zones.cahorsSud, '140603')).toBe(3);
      expect(cell(zones.cahorsSud, null)).toBe(0);
      expect(cell(zones.regourd, '150101')).toBe(4);
      expect(cell(zones.regourd, '140603')).toBe(5);

      const needs = (await wasteFlows(['THEME'], headers.PARTNER, 'NEED')).data?.wasteFlows;
      expect(needs).toEqual([
        flow({
          kind: 'NEED',
          theme: 'MATERIALS_WASTE',
          annualTonnes: 10,
          hazardousShare: 0,
          declarationCount: 1,
          organizationCount: 1,
        }),
        flow({
          kind: 'NEED',
          theme: 'SERVICES',
          annualTonnes: 0,
          hazardousShare: null,
          declarationCount: 2,
          organizationCount: 2,
        }),
      ]);
    });

    it("tells a partner no firm's id or name", async () => {
      const response = await wasteFlows(['ZONE', 'WASTE_CODE', 'THEME']);
      expect(response.errors).toBeUndefined();
      const text = JSON.stringify(response.data);
      for (const key of Object.keys(FIRMS) as FirmKey[]) {
        expect(text).not.toContain(ids[key]);
        expect(text).not.toContain(FIRMS[key].name);
      }
    });

    it('is refused to company members and answered to facilitators', async () => {
      const member = await wasteFlows(['ZONE'], headers.COMPANY_MEMBER);
      expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const facilitator = await wasteFlows(['ZONE'], headers.FACILITATOR);
      expect(facilitator.data?.wasteFlows).toHaveLength(2);
    });

    it.each([
      ['no grouping', () => ({ territoryId, groupBy: [] }), 'groupBy', 'BAD_USER_INPUT'],
      [
        'a grouping twice',
        () => ({ territoryId, groupBy: ['ZONE', 'ZONE'] }),
        'groupBy',
        'BAD_USER_INPUT',
      ],
      [
        'a territory id that is no UUID',
        () => ({ territoryId: 'lot', groupBy: ['ZONE'] }),
        'territoryId',
        'BAD_USER_INPUT',
      ],
      [
        'an unknown territory',
        () => ({ territoryId: '0b7d6f0e-1c1a-4b7e-9c55-3f6f1f0e9a11', groupBy: ['ZONE'] }),
        'territoryId',
        'NOT_FOUND',
      ],
    ])('refuses %s, naming the field', async (_case, variables, field, code) => {
      const response = await system.gql(WASTE_FLOWS, variables(), headers.PARTNER);
      expect(response.errors?.[0].extensions).toMatchObject({ code, field });
    });
  });
});
