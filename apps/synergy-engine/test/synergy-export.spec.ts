import { randomUUID } from 'node:crypto';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection, LineString } from 'geojson';
import request from 'supertest';
import { EXPORT_PAGE_SIZE } from '@symbiose/platform';
import { startTestService, TestService } from '@symbiose/service-testing';
import { withAuthorization } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';

/**
 * A zone's synergies export over more than two pages of the database: every synergy the
 * filter keeps once, best score first then by id, though scores tie across page boundaries,
 * each drawn from its participants' locations.
 */
jest.setTimeout(60_000);

const SYNERGIES = 2 * EXPORT_PAGE_SIZE + 101;
const TERRITORY = randomUUID();
const ZONE = randomUUID();
const SUPPLIER = { id: randomUUID(), position: [1.45, 44.41] };
const CONSUMER = { id: randomUUID(), position: [1.4502, 44.4459] };
/** A consumer the engine has no coordinates for: its synergies cannot be drawn. */
const UNLOCATED = randomUUID();

describe("a zone's synergies, exported page by page", () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-export');
    // Written straight to the read model and the synergies: the subject is reading them.
    await service.dataSource.query(
      `INSERT INTO zone (zone_id, territory_id, name, kind, latitude, longitude, source_occurred_at)
       VALUES ($1, $2, 'Cahors Sud', 'MIXED', 44.4, 1.45, now())`,
      [ZONE, TERRITORY],
    );
    await service.dataSource.query(
      `INSERT INTO organization (organization_id, zone_id, territory_id, name, latitude, longitude,
                                 status, business_association_member, source_occurred_at)
       VALUES ($1, $4, $5, 'Cartonnages', 44.41, 1.45, 'ACTIVE', false, now()),
              ($2, $4, $5, 'Expéditions', 44.4459, 1.4502, 'ACTIVE', false, now()),
              ($3, $4, $5, 'Sans adresse', NULL, NULL, 'ACTIVE', false, now())`,
      [SUPPLIER.id, CONSUMER.id, UNLOCATED, ZONE, TERRITORY],
    );
    // Seven scores for all: ties everywhere. One in ten obsolete; one in five unlocated.
    await service.dataSource.query(
      `INSERT INTO synergy (key, kind, territory_id, zone_ids, organization_ids, category_code,
                            theme, score, participants, rationale, content_hash, obsolete)
       SELECT 'B2B:' || n, 'B2B', $1, ARRAY[$2::uuid], ARRAY[$3::uuid, consumer], 'MATERIAL_PACKAGING',
              'MATERIALS_WASTE', (n % 7) / 10.0,
              jsonb_build_array(
                jsonb_build_object('organizationId', $3::uuid, 'role', 'SUPPLIER', 'declarationIds', '[]'::jsonb),
                jsonb_build_object('organizationId', consumer, 'role', 'CONSUMER', 'declarationIds', '[]'::jsonb)),
              '{}', 'hash', n % 10 = 0
         FROM generate_series(1, $6) AS n,
              LATERAL (SELECT CASE WHEN n % 5 = 0 THEN $5::uuid ELSE $4::uuid END AS consumer) c`,
      [TERRITORY, ZONE, SUPPLIER.id, CONSUMER.id, UNLOCATED, SYNERGIES],
    );
  });

  afterAll(async () => {
    await service?.stop();
  });

  const expectedOrder = async (includeObsolete: boolean) =>
    (await service.dataSource.query(
      `SELECT id, organization_ids[2] = $2 AS unlocated FROM synergy
          WHERE $1 OR NOT obsolete ORDER BY score DESC, id`,
      [includeObsolete, UNLOCATED],
    )) as { id: string; unlocated: boolean }[];

  const download = async (file: string) =>
    request(service.app.getHttpServer())
      .get(`/zones/${ZONE}/${file}`)
      .set(await withAuthorization())
      .responseType('blob');

  it('writes every synergy that is not obsolete once to the CSV, best first', async () => {
    const rows: { id: string }[] = parse(String((await download('synergies.csv')).body), {
      columns: true,
    });
    expect(rows.map((row) => row.id)).toEqual((await expectedOrder(false)).map((row) => row.id));
  });

  it('draws every located synergy once as a line, obsolete ones too when asked', async () => {
    const text = String((await download('synergies.geojson?includeObsolete=true')).body);
    const collection = check(text) as FeatureCollection;
    const expected = await expectedOrder(true);
    expect(collection.features.map((feature) => feature.id)).toEqual(
      expected.filter((row) => !row.unlocated).map((row) => row.id),
    );
    expect((collection.features[0].geometry as LineString).coordinates).toEqual([
      SUPPLIER.position,
      CONSUMER.position,
    ]);
    expect(JSON.parse(text).withoutLocation).toBe(expected.filter((row) => row.unlocated).length);
  });
});
