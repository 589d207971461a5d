import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventEnvelope, eventQueueName, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { BullMqEventPublisher, InboxEvent, RedisConnection } from '@symbiose/platform';
import { TEST_REDIS_URL, waitFor, withAuthorization } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { OrganizationService } from '../src/organization/organization.service';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';

jest.setTimeout(30_000);

const QUEUE = eventQueueName('synergy-engine');
const TERRITORY = '3e7a1c55-0b2d-4f6e-9a8c-7d5b3f1e9c20';
const CAHORS_SUD = '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c01';
const REGOURD = '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c02';
const EMPTY_ZONE = '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c03';

const MATCHABLE_COUNTS = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Zone { id matchableOrganizationCount }
    }
  }`;

function envelope(type: string, payload: unknown, minutes: number): EventEnvelope {
  const occurredAt = new Date(Date.UTC(2025, 10, 28, 9, minutes)).toISOString();
  return { id: randomUUID(), type, version: 1, occurredAt, source: 'directory', payload };
}

function organization(zoneId: string, overrides: Partial<OrganizationSnapshotV1> = {}) {
  return {
    organizationId: randomUUID(),
    siret: null,
    name: 'Menuiserie Lacoste',
    kind: 'COMPANY',
    nafCode: '16.23Z',
    headcount: 8,
    zoneId,
    territoryId: TERRITORY,
    latitude: 44.42,
    longitude: 1.44,
    businessAssociationMember: false,
    status: 'ACTIVE',
    ...overrides,
  } satisfies OrganizationSnapshotV1;
}

/** How many of the events the service's worker has handled, by its inbox. */
function countHandled(dataSource: DataSource, events: EventEnvelope[]): Promise<number> {
  return dataSource
    .getRepository(InboxEvent)
    .createQueryBuilder('inbox')
    .where('inbox.eventId IN (:...ids)', { ids: events.map((event) => event.id) })
    .getCount();
}

describe('synergy-engine subgraph', () => {
  let service: TestService;
  let app: INestApplication;
  let dataSource: DataSource;
  let published: EventEnvelope[];
  let handled: number;

  beforeAll(async () => {
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-engine');
    ({ app, dataSource } = service);

    const archived = organization(CAHORS_SUD);
    published = [
      envelope('organization.registered', organization(CAHORS_SUD), 0),
      envelope('organization.registered', organization(CAHORS_SUD), 1),
      envelope('organization.registered', archived, 2),
      envelope('organization.archived', { ...archived, status: 'ARCHIVED' }, 30),
      envelope('organization.registered', organization(CAHORS_SUD, { latitude: null }), 3),
      envelope('organization.registered', organization(REGOURD), 4),
    ];
    const publisher = new BullMqEventPublisher(
      new RedisConnection(TEST_REDIS_URL, service.queuePrefix),
    );
    try {
      for (const event of published) await publisher.publish(QUEUE, event);
    } finally {
      await publisher.close();
    }
    handled = await waitFor(
      () => countHandled(dataSource, published),
      (count) => count === published.length,
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

  it('handles each event published on its queue', () => {
    expect(handled).toBe(published.length);
  });

  it('counts the matchable organizations of each zone referenced, in one query', async () => {
    const count = jest.spyOn(app.get(OrganizationService), 'countMatchableByZone');

    const response = await graphql(MATCHABLE_COUNTS, {
      representations: [REGOURD, CAHORS_SUD, EMPTY_ZONE, 'no-uuid'].map((id) => ({
        __typename: 'Zone',
        id,
      })),
    });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data._entities).toEqual([
      { id: REGOURD, matchableOrganizationCount: 1 },
      { id: CAHORS_SUD, matchableOrganizationCount: 2 },
      { id: EMPTY_ZONE, matchableOrganizationCount: 0 },
      { id: 'no-uuid', matchableOrganizationCount: 0 },
    ]);
    expect(count).toHaveBeenCalledTimes(1);
    count.mockRestore();
  });

  it('declares Zone as an entity keyed by id', async () => {
    const response = await graphql('{ _service { sdl } }');

    const sdl: string = response.body.data._service.sdl;
    expect(sdl).toMatch(/type Zone\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/matchableOrganizationCount: Int!/);
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
