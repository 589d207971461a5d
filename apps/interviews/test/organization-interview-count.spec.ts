import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServiceApp, runMigrations } from '@symbiose/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  TEST_REDIS_URL,
  TestDatabase,
  uniqueQueuePrefix,
} from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { InterviewService } from '../src/interview/interview.service';
import { INTERVIEWS_DATABASE } from '../src/interviews.database';

jest.setTimeout(30_000);

const INTERVIEW_COUNTS = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organization { id interviewCount }
    }
  }`;

const FIRM = '5b0b9a47-1c36-4a8e-9f0e-0d2d7c1b6a01';
const OTHER_FIRM = '5b0b9a47-1c36-4a8e-9f0e-0d2d7c1b6a02';
const FIRM_WITHOUT_INTERVIEW = '5b0b9a47-1c36-4a8e-9f0e-0d2d7c1b6a03';

describe('interviews subgraph', () => {
  let database: TestDatabase;
  const queuePrefix = uniqueQueuePrefix('interviews');
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('interviews');
    process.env.DATABASE_URL = database.url;
    process.env.REDIS_URL = TEST_REDIS_URL;
    process.env.QUEUE_PREFIX = queuePrefix;
    process.env.LOG_LEVEL = 'silent';
    app = await createServiceApp(AppModule);
    dataSource = app.get(DataSource);
    await runMigrations(dataSource, INTERVIEWS_DATABASE.schema);
    await app.listen(0);
    await dataSource.query(
      `INSERT INTO interview (organization_id, status, planned_for) VALUES
         ($1, 'HELD', '2025-03-12'), ($1, 'CANCELLED', NULL), ($2, 'PLANNED', '2025-12-01')`,
      [FIRM, OTHER_FIRM],
    );
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await deleteQueueKeys(queuePrefix);
  });

  function entities(ids: string[]) {
    return request(app.getHttpServer())
      .post('/graphql')
      .send({
        query: INTERVIEW_COUNTS,
        variables: { representations: ids.map((id) => ({ __typename: 'Organization', id })) },
      });
  }

  it('counts the interviews of each organization referenced, in one query', async () => {
    const count = jest.spyOn(app.get(InterviewService), 'countByOrganization');

    const response = await entities([FIRM, OTHER_FIRM, FIRM_WITHOUT_INTERVIEW]);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data._entities).toEqual([
      { id: FIRM, interviewCount: 2 },
      { id: OTHER_FIRM, interviewCount: 1 },
      { id: FIRM_WITHOUT_INTERVIEW, interviewCount: 0 },
    ]);
    expect(count).toHaveBeenCalledTimes(1);
    count.mockRestore();
  });

  it('answers zero for an id that is no UUID, without failing the rest of the batch', async () => {
    const response = await entities(['not-a-uuid', FIRM]);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data._entities).toEqual([
      { id: 'not-a-uuid', interviewCount: 0 },
      { id: FIRM, interviewCount: 2 },
    ]);
  });

  it('lists the interviews of an organization, the next planned first, as references to it', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({
        query: `query ($organizationId: ID!) {
          interviews(organizationId: $organizationId, first: 1) {
            totalCount
            pageInfo { hasNextPage }
            nodes { status plannedFor organization { __typename id } }
          }
        }`,
        variables: { organizationId: FIRM },
      });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.interviews).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [
        {
          status: 'HELD',
          plannedFor: '2025-03-12',
          organization: { __typename: 'Organization', id: FIRM },
        },
      ],
    });
  });

  it('names organizationId when it is no UUID', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ interviews(organizationId: "42") { totalCount } }' });

    expect(response.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'organizationId',
    });
  });

  it('refuses an interview status outside the enumeration', async () => {
    await expect(
      dataSource.query(`INSERT INTO interview (organization_id, status) VALUES ($1, 'POSTPONED')`, [
        FIRM,
      ]),
    ).rejects.toThrow(/check constraint/);
  });

  it('declares Organization as an entity keyed by id', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ _service { sdl } }' });

    const sdl: string = response.body.data._service.sdl;
    expect(sdl).toMatch(/type Organization\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/interviewCount: Int!/);
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
