import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventEnvelope, OrganizationSnapshotV1, ZoneSnapshotV1 } from '@symbiose/contracts';
import {
  EventConsumer,
  InboxEvent,
  RedisConnection,
  runMigrations,
  serviceDataSourceOptions,
} from '@symbiose/platform';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  TestDatabase,
  uniqueQueuePrefix,
} from '@symbiose/testing';
import { ReadModelProjection } from '../src/events/read-model.projection';
import { ReplicatedOrganization, ReplicatedZone } from '@symbiose/directory-replica';
import { OrganizationService } from '../src/organization/organization.service';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';

jest.setTimeout(30_000);

const TERRITORY = '3e7a1c55-0b2d-4f6e-9a8c-7d5b3f1e9c20';

/** A time of directory's, some minutes after a fixed instant. */
function at(minutes: number): string {
  return new Date(Date.UTC(2025, 10, 28, 9, minutes)).toISOString();
}

function envelope(type: string, payload: unknown, occurredAt: string): EventEnvelope {
  return { id: randomUUID(), type, version: 1, occurredAt, source: 'directory', payload };
}

function organization(overrides: Partial<OrganizationSnapshotV1> = {}): OrganizationSnapshotV1 {
  return {
    organizationId: randomUUID(),
    siret: '73282932000074',
    name: 'Transports Delmas',
    kind: 'COMPANY',
    nafCode: '49.41A',
    headcount: 42,
    zoneId: randomUUID(),
    territoryId: TERRITORY,
    latitude: 44.4215,
    longitude: 1.4421,
    businessAssociationMember: true,
    status: 'ACTIVE',
    ...overrides,
  };
}

function zone(overrides: Partial<ZoneSnapshotV1> = {}): ZoneSnapshotV1 {
  return {
    zoneId: randomUUID(),
    territoryId: TERRITORY,
    name: 'Cahors Sud',
    kind: 'MIXED',
    latitude: 44.4,
    longitude: 1.45,
    areaKm2: 1.2,
    ...overrides,
  };
}

describe('directory events projected into the read model', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let consumer: EventConsumer;
  let organizations: OrganizationService;

  beforeAll(async () => {
    database = await createTestDatabase('synergy-projection');
    dataSource = new DataSource(serviceDataSourceOptions(database.url, SYNERGY_DATABASE));
    await dataSource.initialize();
    await runMigrations(dataSource, SYNERGY_DATABASE.schema);
    consumer = new EventConsumer(
      dataSource,
      new RedisConnection(TEST_REDIS_URL, uniqueQueuePrefix('synergy-projection')),
      { service: 'synergy-engine', handlers: new ReadModelProjection().handlers() },
    );
    organizations = new OrganizationService(dataSource.getRepository(ReplicatedOrganization));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  function storedOrganization(organizationId: string) {
    return dataSource.getRepository(ReplicatedOrganization).findOneBy({ organizationId });
  }

  it('stores a registered organization as its snapshot says, as of the event', async () => {
    const snapshot = organization({ nafCode: '25.62B', headcount: null });

    const handled = await consumer.consume(envelope('organization.registered', snapshot, at(0)));

    expect(handled).toBe(true);
    expect(await storedOrganization(snapshot.organizationId)).toMatchObject({
      organizationId: snapshot.organizationId,
      zoneId: snapshot.zoneId,
      territoryId: TERRITORY,
      name: 'Transports Delmas',
      nafCode: '25.62B',
      headcount: null,
      latitude: 44.4215,
      longitude: 1.4421,
      status: 'ACTIVE',
      businessAssociationMember: true,
      sourceOccurredAt: new Date(at(0)),
    });
  });

  it('applies an event delivered twice once: the second delivery changes nothing', async () => {
    const snapshot = organization();
    const registered = envelope('organization.registered', snapshot, at(0));

    expect(await consumer.consume(registered)).toBe(true);
    const first = await storedOrganization(snapshot.organizationId);
    expect(await consumer.consume(registered)).toBe(false);

    const rows = await dataSource
      .getRepository(ReplicatedOrganization)
      .countBy({ organizationId: snapshot.organizationId });
    expect(rows).toBe(1);
    // The upsert stamps updated_at with the time of its transaction: unchanged, it did not run again.
    expect(await storedOrganization(snapshot.organizationId)).toEqual(first);
    expect(await dataSource.getRepository(InboxEvent).countBy({ eventId: registered.id })).toBe(1);
  });

  it('keeps the newer snapshot when an older update arrives after it', async () => {
    const snapshot = organization({ name: 'Delmas' });
    await consumer.consume(envelope('organization.registered', snapshot, at(0)));
    await consumer.consume(
      envelope('organization.updated', { ...snapshot, name: 'Delmas Logistique' }, at(20)),
    );

    const handled = await consumer.consume(
      envelope('organization.updated', { ...snapshot, name: 'Transports Delmas' }, at(10)),
    );

    expect(handled).toBe(true);
    expect(await storedOrganization(snapshot.organizationId)).toMatchObject({
      name: 'Delmas Logistique',
      sourceOccurredAt: new Date(at(20)),
    });
  });

  it('applies an update that is newer than the snapshot stored', async () => {
    const snapshot = organization({ headcount: 10 });
    await consumer.consume(envelope('organization.registered', snapshot, at(0)));

    await consumer.consume(envelope('organization.updated', { ...snapshot, headcount: 12 }, at(5)));

    expect(await storedOrganization(snapshot.organizationId)).toMatchObject({
      headcount: 12,
      sourceOccurredAt: new Date(at(5)),
    });
  });

  it('stores the authorisations an event carries, and replaces them with a newer one', async () => {
    const snapshot = organization({ authorisations: ['2910-B', 'HAZARDOUS_WASTE_RECEPTION'] });
    await consumer.consume(envelope('organization.registered', snapshot, at(0)));
    expect(await storedOrganization(snapshot.organizationId)).toMatchObject({
      authorisations: ['2910-B', 'HAZARDOUS_WASTE_RECEPTION'],
    });

    await consumer.consume(
      envelope('organization.updated', { ...snapshot, authorisations: ['2771'] }, at(5)),
    );

    expect(await storedOrganization(snapshot.organizationId)).toMatchObject({
      authorisations: ['2771'],
    });
  });

  it('applies an event recorded before authorisations existed, with none', async () => {
    const snapshot = organization();
    expect(snapshot).not.toHaveProperty('authorisations');

    expect(await consumer.consume(envelope('organization.registered', snapshot, at(0)))).toBe(true);

    expect(await storedOrganization(snapshot.organizationId)).toMatchObject({
      name: 'Transports Delmas',
      authorisations: [],
    });
  });

  it("stores an import's batch as its single events would, each organization as of its last change", async () => {
    const kept = organization({ name: 'Delmas' });
    const newer = organization({ name: 'Garrigue' });
    await consumer.consume(
      envelope('organization.updated', { ...newer, name: 'Garrigue et Fils' }, at(30)),
    );
    const batch = envelope(
      'organization.imported',
      {
        changes: [
          { type: 'organization.registered', organization: kept },
          { type: 'organization.registered', organization: newer },
          { type: 'organization.updated', organization: { ...kept, headcount: 8 } },
        ],
      },
      at(20),
    );

    expect(await consumer.consume(batch)).toBe(true);
    expect(await consumer.consume(batch)).toBe(false);

    expect(await storedOrganization(kept.organizationId)).toMatchObject({
      name: 'Delmas',
      headcount: 8,
      authorisations: [],
      // The later change of the batch, a millisecond after the batch (singleOrganizationEvents).
      sourceOccurredAt: new Date(Date.parse(at(20)) + 1),
    });
    // A newer event already stored is kept, as against the single event.
    expect(await storedOrganization(newer.organizationId)).toMatchObject({
      name: 'Garrigue et Fils',
      sourceOccurredAt: new Date(at(30)),
    });
  });

  it('stores zones, newest snapshot first whatever the order of delivery', async () => {
    const created = zone({ name: 'Cahors Sud', areaKm2: null });
    await consumer.consume(envelope('zone.created', created, at(0)));
    await consumer.consume(envelope('zone.updated', { ...created, name: 'ZA Cahors Sud' }, at(30)));
    await consumer.consume(envelope('zone.updated', { ...created, name: 'Cahors-Sud' }, at(15)));

    expect(
      await dataSource.getRepository(ReplicatedZone).findOneBy({ zoneId: created.zoneId }),
    ).toMatchObject({
      territoryId: TERRITORY,
      name: 'ZA Cahors Sud',
      kind: 'MIXED',
      areaKm2: null,
      sourceOccurredAt: new Date(at(30)),
    });
  });

  it('counts as matchable the active organizations of a zone that have coordinates', async () => {
    const zoneId = randomUUID();
    const located = organization({ zoneId });
    const alsoLocated = organization({ zoneId });
    const unlocated = organization({ zoneId, latitude: null, longitude: null });
    for (const snapshot of [located, alsoLocated, unlocated]) {
      await consumer.consume(envelope('organization.registered', snapshot, at(0)));
    }
    expect((await organizations.countMatchableByZone([zoneId])).get(zoneId)).toBe(2);

    await consumer.consume(
      envelope('organization.archived', { ...located, status: 'ARCHIVED' }, at(40)),
    );

    expect((await organizations.countMatchableByZone([zoneId])).get(zoneId)).toBe(1);
  });

  it('rejects for good a payload that breaks its contract, and writes nothing', async () => {
    const snapshot = organization({ latitude: 123 });
    const broken = envelope('organization.registered', snapshot, at(0));

    await expect(consumer.consume(broken)).rejects.toThrow(UnrecoverableError);

    expect(await storedOrganization(snapshot.organizationId)).toBeNull();
    expect(await dataSource.getRepository(InboxEvent).countBy({ eventId: broken.id })).toBe(0);
  });
});
