import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, TestService } from '@symbiose/service-testing';
import { withAuthorization } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { WORKSHOP_KINDS } from '../src/workshop/workshop-enums';
import { WorkshopService } from '../src/workshop/workshop.service';
import { WORKSHOPS_DATABASE } from '../src/workshops.database';

jest.setTimeout(30_000);

const WORKSHOP_COUNTS = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Zone { id workshopCount }
    }
  }`;

const CAHORS_SUD = '0c1f6a52-8f0e-4d6b-9a51-3c2e1d7b4a01';
const REGOURD = '0c1f6a52-8f0e-4d6b-9a51-3c2e1d7b4a02';
const ZONE_WITHOUT_WORKSHOP = '0c1f6a52-8f0e-4d6b-9a51-3c2e1d7b4a03';
const KIND_CHECK_ZONE = '0c1f6a52-8f0e-4d6b-9a51-3c2e1d7b4a04';

describe('workshops subgraph', () => {
  let service: TestService;
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    service = await startTestService(AppModule, WORKSHOPS_DATABASE.schema, 'workshops');
    ({ app, dataSource } = service);
    await dataSource.query(
      `INSERT INTO workshop (zone_id, kind, title, starts_at, ends_at, status)
       SELECT zone_id::uuid, kind, title, starts_at::timestamptz, starts_at::timestamptz, status
         FROM (VALUES
           ($1, 'AWARENESS_EVENT', 'Réunion de lancement', '2025-02-04T18:00:00+01:00', 'HELD'),
           ($1, 'PRIORITISATION', 'Atelier de priorisation', '2025-04-10T09:00:00+02:00', 'PLANNED'),
           ($1, 'NETWORKING', 'Petit-déjeuner annulé', '2025-03-01T08:30:00+01:00', 'CANCELLED'),
           ($2, 'STEERING_COMMITTEE', 'COPIL', '2025-06-20T14:00:00+02:00', 'PLANNED')
         ) AS listed (zone_id, kind, title, starts_at, status)`,
      [CAHORS_SUD, REGOURD],
    );
  });

  afterAll(async () => {
    await service?.stop();
  });

  async function graphql(query: string, variables: Record<string, unknown> = {}) {
    return request(app.getHttpServer())
      .post('/graphql')
      .set(await withAuthorization())
      .send({ query, variables });
  }

  function zones(ids: string[]) {
    return graphql(WORKSHOP_COUNTS, {
      representations: ids.map((id) => ({ __typename: 'Zone', id })),
    });
  }

  it('counts the workshops of each zone referenced that are not cancelled, in one query', async () => {
    const count = jest.spyOn(app.get(WorkshopService), 'countNotCancelledByZone');

    const response = await zones([CAHORS_SUD, REGOURD, ZONE_WITHOUT_WORKSHOP]);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data._entities).toEqual([
      { id: CAHORS_SUD, workshopCount: 2 },
      { id: REGOURD, workshopCount: 1 },
      { id: ZONE_WITHOUT_WORKSHOP, workshopCount: 0 },
    ]);
    expect(count).toHaveBeenCalledTimes(1);
    count.mockRestore();
  });

  it('answers zero for an id that is no UUID, without failing the rest of the batch', async () => {
    const response = await zones([REGOURD, 'cahors-sud']);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data._entities).toEqual([
      { id: REGOURD, workshopCount: 1 },
      { id: 'cahors-sud', workshopCount: 0 },
    ]);
  });

  it('tells the programme’s held events and their attendances apart from working meetings', async () => {
    const [{ id: launch }] = await dataSource.query(
      `SELECT id FROM workshop WHERE zone_id = $1 AND kind = 'AWARENESS_EVENT'`,
      [CAHORS_SUD],
    );
    const [{ id: prioritisation }] = await dataSource.query(
      `SELECT id FROM workshop WHERE zone_id = $1 AND kind = 'PRIORITISATION'`,
      [CAHORS_SUD],
    );
    await dataSource.query(`UPDATE workshop SET status = 'HELD' WHERE id = $1`, [prioritisation]);
    await dataSource.query(
      `INSERT INTO workshop_attendance (workshop_id, person_name)
       VALUES ($1, 'Anne Delpech'), ($1, 'Paul Bessières'), ($2, 'Anne Delpech')`,
      [launch, prioritisation],
    );

    const response = await graphql(
      `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Zone {
              id
              programmeEventCount
              programmeEventAttendeeCount
              workshopAttendeeCount
            }
          }
        }
      `,
      { representations: [CAHORS_SUD, REGOURD].map((id) => ({ __typename: 'Zone', id })) },
    );

    expect(response.body.errors).toBeUndefined();
    // The cancelled networking breakfast is no event held; the prioritisation is a working meeting.
    expect(response.body.data._entities).toEqual([
      {
        id: CAHORS_SUD,
        programmeEventCount: 1,
        programmeEventAttendeeCount: 2,
        workshopAttendeeCount: 3,
      },
      {
        id: REGOURD,
        programmeEventCount: 0,
        programmeEventAttendeeCount: 0,
        workshopAttendeeCount: 0,
      },
    ]);
    await dataSource.query(`DELETE FROM workshop_attendance`);
    await dataSource.query(`UPDATE workshop SET status = 'PLANNED' WHERE id = $1`, [
      prioritisation,
    ]);
  });

  it('lists the workshops of a zone in the order they start, as references to it', async () => {
    const response = await graphql(
      `
        query ($zoneId: ID!) {
          workshops(zoneId: $zoneId, first: 2) {
            totalCount
            pageInfo {
              hasNextPage
            }
            nodes {
              kind
              title
              startsAt
              status
              zone {
                __typename
                id
              }
            }
          }
        }
      `,
      { zoneId: CAHORS_SUD },
    );

    expect(response.body.errors).toBeUndefined();
    const zone = { __typename: 'Zone', id: CAHORS_SUD };
    expect(response.body.data.workshops).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      nodes: [
        {
          kind: 'AWARENESS_EVENT',
          title: 'Réunion de lancement',
          startsAt: '2025-02-04T17:00:00.000Z',
          status: 'HELD',
          zone,
        },
        {
          kind: 'NETWORKING',
          title: 'Petit-déjeuner annulé',
          startsAt: '2025-03-01T07:30:00.000Z',
          status: 'CANCELLED',
          zone,
        },
      ],
    });
  });

  it('names zoneId when it is no UUID', async () => {
    const response = await graphql('{ workshops(zoneId: "cahors-sud") { totalCount } }');

    expect(response.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'zoneId',
      reason: 'NOT_A_UUID',
    });
  });

  it('stores every kind of workshop the code knows, and no other', async () => {
    for (const kind of WORKSHOP_KINDS) {
      await dataSource.query(
        `INSERT INTO workshop (zone_id, kind, title, starts_at, ends_at) VALUES ($1, $2, 'x', now(), now())`,
        [KIND_CHECK_ZONE, kind],
      );
    }
    await expect(
      dataSource.query(
        `INSERT INTO workshop (zone_id, kind, title, starts_at, ends_at) VALUES ($1, 'PICNIC', 'x', now(), now())`,
        [KIND_CHECK_ZONE],
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('declares Zone as an entity keyed by id', async () => {
    const response = await graphql('{ _service { sdl } }');

    const sdl: string = response.body.data._service.sdl;
    expect(sdl).toMatch(/type Zone\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/workshopCount: Int!/);
  });

  it('is ready when its database and Redis answer', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(200);
    expect(response.body.details).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'up' },
    });
  });
});
