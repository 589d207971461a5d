import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection } from 'geojson';
import request from 'supertest';
import { EXPORT_PAGE_SIZE } from '@symbiose/platform';
import { startTestService, TestService } from '@symbiose/service-testing';
import { withAuthorization } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';

/**
 * A zone's organizations export over more than two pages of the database: every organization
 * once, in name then id order, though names repeat across page boundaries.
 */
jest.setTimeout(60_000);

const ORGANIZATIONS = 2 * EXPORT_PAGE_SIZE + 101;
/** Fewer names than organizations: each name is shared, so pages must break ties by id. */
const NAMES = 97;

describe("a zone's organizations, exported page by page", () => {
  let service: TestService;
  let zoneId: string;
  let expectedOrder: string[];
  let locatedOrder: string[];

  beforeAll(async () => {
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'organization-export');
    const territoryId = (
      await service.gql(`mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`)
    ).data?.createTerritory.id;
    zoneId = (
      await service.gql(
        `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        {
          input: {
            territoryId,
            name: 'Cahors Sud',
            kind: 'MIXED',
            latitude: 44.4,
            longitude: 1.45,
          },
        },
      )
    ).data?.createZone.id;
    // Written straight to the table: the subject is reading, not registering.
    await service.dataSource.query(
      `INSERT INTO organization
         (name, kind, territory_id, zone_id, latitude, longitude, authorisations)
       SELECT 'Entreprise ' || (n % $3), 'ASSOCIATION', $1, $2,
              CASE WHEN n % 3 = 0 THEN NULL ELSE 44.4 + n / 100000.0 END,
              CASE WHEN n % 3 = 0 THEN NULL ELSE 1.45 END,
              CASE WHEN n % 5 = 0 THEN ARRAY['2910-B', 'CNAPS_AUTHORISATION'] ELSE '{}' END
         FROM generate_series(1, $4) AS n`,
      [territoryId, zoneId, NAMES, ORGANIZATIONS],
    );
    const rows: { id: string; located: boolean }[] = await service.dataSource.query(
      `SELECT id, latitude IS NOT NULL AS located FROM organization ORDER BY name, id`,
    );
    expectedOrder = rows.map((row) => row.id);
    locatedOrder = rows.filter((row) => row.located).map((row) => row.id);
  });

  afterAll(async () => {
    await service?.stop();
  });

  const download = async (file: string) =>
    request(service.app.getHttpServer())
      .get(`/zones/${zoneId}/${file}`)
      .set(await withAuthorization())
      .responseType('blob');

  it('writes every organization once to the CSV, in name then id order', async () => {
    const response = await download('organizations.csv');
    expect(response.status).toBe(200);
    const rows: { id: string; authorisations: string }[] = parse(String(response.body), {
      columns: true,
    });
    expect(rows.map((row) => row.id)).toEqual(expectedOrder);
    // As the organization import reads them back.
    expect(new Set(rows.map((row) => row.authorisations))).toEqual(
      new Set(['', '2910-B|CNAPS_AUTHORISATION']),
    );
  });

  it('draws every located organization once and counts the others', async () => {
    const text = String((await download('organizations.geojson')).body);
    const collection = check(text) as FeatureCollection;
    expect(collection.features.map((feature) => feature.id)).toEqual(locatedOrder);
    expect(
      collection.features.filter((feature) => feature.properties?.authorisations.length === 2),
    ).not.toHaveLength(0);
    expect(JSON.parse(text).withoutLocation).toBe(ORGANIZATIONS - locatedOrder.length);
  });

  it('writes hostile names so that a spreadsheet shows them and never evaluates them', async () => {
    const territoryId = (
      await service.gql(`mutation { createTerritory(input: { name: "Lot Ouest" }) { id } }`)
    ).data?.createTerritory.id;
    const westZoneId = (
      await service.gql(
        `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        {
          input: {
            territoryId,
            name: 'Zone Ouest',
            kind: 'MIXED',
            latitude: 44.4,
            longitude: -0.5,
          },
        },
      )
    ).data?.createZone.id;
    const names = ['=HYPERLINK("http://x")', '<script>alert(1)</script>', '@SOMME(A1)', '+33 Lot'];
    for (const name of names) {
      const registered = await service.gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            name,
            kind: 'ASSOCIATION',
            zoneId: westZoneId,
            address: { city: '-Cahors' },
            latitude: 44.4,
            longitude: -0.5,
          },
        },
      );
      expect(registered.errors).toBeUndefined();
    }

    const response = await request(service.app.getHttpServer())
      .get(`/zones/${westZoneId}/organizations.csv`)
      .set(await withAuthorization())
      .responseType('blob');
    expect(response.status).toBe(200);
    const rows: { name: string; city: string; longitude: string }[] = parse(String(response.body), {
      columns: true,
    });
    expect(new Set(rows.map((row) => row.name))).toEqual(
      new Set([`'=HYPERLINK("http://x")`, '<script>alert(1)</script>', `'@SOMME(A1)`, `'+33 Lot`]),
    );
    expect(new Set(rows.map((row) => row.city))).toEqual(new Set([`'-Cahors`]));
    // A negative number the export writes as a number stays one.
    expect(new Set(rows.map((row) => row.longitude))).toEqual(new Set(['-0.5']));
  });
});
