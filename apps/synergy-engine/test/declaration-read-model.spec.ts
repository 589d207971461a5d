import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventEnvelope } from '@symbiose/contracts';
import { RedisConnection } from '@symbiose/platform';
import { TEST_REDIS_URL, waitFor } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { Declaration } from '../src/declaration/declaration.entity';
import { DeclarationService } from '../src/declaration/declaration.service';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import {
  declarationOf,
  EngineEventFeed,
  ENGINE_QUEUE,
  envelope,
  organizationSnapshot,
} from './engine-test-events';

jest.setTimeout(30_000);

const TERRITORY = '3e7a1c55-0b2d-4f6e-9a8c-7d5b3f1e9c20';

describe('declarations read model, fed through the inbox', () => {
  let service: TestService;
  let dataSource: DataSource;
  let declarations: DeclarationService;
  let feed: EngineEventFeed;
  let queue: Queue;

  beforeAll(async () => {
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-declarations');
    dataSource = service.dataSource;
    declarations = service.app.get(DeclarationService);
    feed = new EngineEventFeed(dataSource, service.queuePrefix);
    queue = new Queue(
      ENGINE_QUEUE,
      new RedisConnection(TEST_REDIS_URL, service.queuePrefix).producerOptions(),
    );
  });

  afterAll(async () => {
    await feed?.close();
    await queue?.close();
    await service?.stop();
  });

  const deliver = (...events: EventEnvelope[]) => feed.deliver(...events);
  const handledCount = (events: EventEnvelope[]) => feed.handledCount(events);

  /** Waits for a job to be done with, and returns its state. */
  function settled(jobId: string): Promise<string | undefined> {
    return waitFor(
      async () => (await queue.getJob(jobId))?.getState(),
      (state) => state === 'completed' || state === 'failed',
    );
  }

  function stored(declarationId: string): Promise<Declaration | null> {
    return dataSource.getRepository(Declaration).findOneBy({ declarationId });
  }

  it('stores a recorded declaration as its snapshot says, as of the event', async () => {
    const snapshot = declarationOf(randomUUID());
    const recorded = envelope('declaration.recorded', snapshot, 0);

    await deliver(recorded);

    expect(await stored(snapshot.declarationId)).toEqual({
      declarationId: snapshot.declarationId,
      organizationId: snapshot.organizationId,
      interviewId: snapshot.interviewId,
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_CARDBOARD',
      label: 'Cartons d’emballage',
      annualQuantity: 12.5,
      canonicalUnit: 't',
      frequency: 'WEEKLY',
      wasteCode: '150101',
      hazardous: false,
      authorisedForHazardous: null,
      availableFrom: '2026-01-01',
      availableUntil: null,
      attributes: {},
      economics: null,
      status: 'ACTIVE',
      sourceOccurredAt: new Date(recorded.occurredAt),
      updatedAt: expect.any(Date),
    });
  });

  it('stores the attributes an event carries, and replaces them with those of a newer one', async () => {
    const attributes = {
      storage: 'COVERED' as const,
      material: { family: 'PAPER_CARDBOARD', grade: '1.05' },
      contains: ['FOOD_RESIDUE'],
    };
    const snapshot = declarationOf(randomUUID(), { attributes });
    await deliver(envelope('declaration.recorded', snapshot, 0));

    expect((await stored(snapshot.declarationId))?.attributes).toEqual(attributes);

    await deliver(
      envelope('declaration.updated', { ...snapshot, attributes: { storage: 'OUTDOOR' } }, 10),
    );

    expect((await stored(snapshot.declarationId))?.attributes).toEqual({ storage: 'OUTDOOR' });
  });

  it('accepts an event written before attributes existed, as a declaration without any', async () => {
    const { attributes: _absent, ...snapshot } = declarationOf(randomUUID(), {
      attributes: { storage: 'COVERED' },
    });
    const recorded = envelope('declaration.recorded', snapshot, 0);
    expect(recorded.payload).not.toHaveProperty('attributes');

    await deliver(recorded);

    expect(await stored(snapshot.declarationId)).toMatchObject({
      label: snapshot.label,
      attributes: {},
    });
  });

  it('fails for good an event whose attributes break the contract, and writes nothing', async () => {
    const snapshot = declarationOf(randomUUID(), {
      attributes: { temperatureRange: { minC: 4, maxC: 0 } },
    });
    const broken = envelope('declaration.recorded', snapshot, 0);

    await feed.publish(broken);

    expect(await settled(broken.id)).toBe('failed');
    expect((await queue.getJob(broken.id))?.failedReason).toMatch(
      /attributes\.temperatureRange\.minC/,
    );
    expect(await stored(snapshot.declarationId)).toBeNull();
  });

  it('applies an event delivered twice once: the second delivery changes nothing', async () => {
    const snapshot = declarationOf(randomUUID());
    const recorded = envelope('declaration.recorded', snapshot, 0);
    await deliver(recorded);
    const first = await stored(snapshot.declarationId);

    // Published again, BullMQ keeps the completed job and adds nothing; delivered again
    // under another job id, as after a relay's retry once the job is gone, the inbox skips it.
    await feed.publish(recorded);
    const redelivery = `${recorded.id}-redelivered`;
    await queue.add(recorded.type, recorded, { jobId: redelivery });

    expect(await settled(redelivery)).toBe('completed');
    expect((await queue.getJob(redelivery))?.returnvalue).toBe(false);
    // The upsert stamps updated_at with the time of its transaction: unchanged, it did not run again.
    expect(await stored(snapshot.declarationId)).toEqual(first);
    expect(await handledCount([recorded])).toBe(1);
  });

  it('applies an update that is newer than the row', async () => {
    const snapshot = declarationOf(randomUUID());
    await deliver(envelope('declaration.recorded', snapshot, 0));

    const updated = envelope(
      'declaration.updated',
      { ...snapshot, annualQuantity: 20.5, frequency: 'MONTHLY', availableUntil: '2026-12-31' },
      10,
    );
    await deliver(updated);

    expect(await stored(snapshot.declarationId)).toMatchObject({
      annualQuantity: 20.5,
      frequency: 'MONTHLY',
      availableUntil: '2026-12-31',
      sourceOccurredAt: new Date(updated.occurredAt),
    });
  });

  it('keeps the newer row when an older update arrives after it', async () => {
    const snapshot = declarationOf(randomUUID());
    await deliver(
      envelope('declaration.recorded', snapshot, 0),
      envelope('declaration.updated', { ...snapshot, label: 'Cartons triés' }, 20),
    );
    const newer = await stored(snapshot.declarationId);

    const older = envelope('declaration.updated', { ...snapshot, label: 'Vieux cartons' }, 10);
    await deliver(older);

    expect(await stored(snapshot.declarationId)).toEqual(newer);
    expect(newer?.label).toBe('Cartons triés');
  });

  it('keeps a withdrawn declaration as WITHDRAWN, unmatchable, even when an older update arrives late', async () => {
    const zoneId = randomUUID();
    const owner = organizationSnapshot(zoneId, TERRITORY);
    const snapshot = declarationOf(owner.organizationId);
    await deliver(
      envelope('organization.registered', owner, 0),
      envelope('declaration.recorded', snapshot, 1),
    );
    expect(await declarations.findMatchable({ zoneIds: [zoneId] })).toHaveLength(1);

    await deliver(
      envelope('declaration.withdrawn', { ...snapshot, status: 'WITHDRAWN' }, 30),
      envelope('declaration.updated', { ...snapshot, label: 'Cartons triés' }, 20),
    );

    expect(await stored(snapshot.declarationId)).toMatchObject({
      status: 'WITHDRAWN',
      label: 'Cartons d’emballage',
    });
    expect(await declarations.findMatchable({ zoneIds: [zoneId] })).toEqual([]);
  });

  it('returns the declaration where its organization is, in the shape the matching takes', async () => {
    const zoneId = randomUUID();
    const owner = organizationSnapshot(zoneId, TERRITORY);
    const need = declarationOf(owner.organizationId, {
      kind: 'NEED',
      categoryCode: 'WASTE_SOLVENTS',
      annualQuantity: 0.75,
      wasteCode: '140603',
      hazardous: true,
      authorisedForHazardous: true,
      frequency: null,
      attributes: { use: 'FUEL', contains: ['CHLORINATED_SOLVENTS'] },
    });
    await deliver(
      envelope('organization.registered', owner, 0),
      envelope('declaration.recorded', need, 1),
    );

    expect(await declarations.findMatchable({ zoneIds: [zoneId] })).toEqual([
      {
        id: need.declarationId,
        organizationId: owner.organizationId,
        zoneId,
        territoryId: TERRITORY,
        latitude: 44.4189,
        longitude: 1.4502,
        kind: 'NEED',
        theme: 'MATERIALS_WASTE',
        categoryCode: 'WASTE_SOLVENTS',
        annualQuantity: 0.75,
        canonicalUnit: 't',
        frequency: null,
        wasteCode: '140603',
        hazardous: true,
        authorisedForHazardous: true,
        attributes: { use: 'FUEL', contains: ['CHLORINATED_SOLVENTS'] },
        availableFrom: '2026-01-01',
        availableUntil: null,
        organizationAuthorisations: [],
        economics: null,
      },
    ]);
  });

  it('leaves out the declarations of archived, unlocated or not yet known organizations', async () => {
    const zoneId = randomUUID();
    const active = organizationSnapshot(zoneId, TERRITORY);
    const archived = organizationSnapshot(zoneId, TERRITORY);
    const unlocated = organizationSnapshot(zoneId, TERRITORY, { latitude: null, longitude: null });
    const unknown = organizationSnapshot(zoneId, TERRITORY);
    const owners = [active, archived, unlocated, unknown];
    const declared = owners.map((owner) => declarationOf(owner.organizationId));
    await deliver(
      envelope('organization.registered', active, 0),
      envelope('organization.registered', archived, 0),
      envelope('organization.archived', { ...archived, status: 'ARCHIVED' }, 5),
      envelope('organization.registered', unlocated, 0),
      ...declared.map((snapshot) => envelope('declaration.recorded', snapshot, 1)),
    );

    expect(await matchableIds({ zoneIds: [zoneId] })).toEqual([declared[0].declarationId]);

    // A declaration's event may come before its organization's: it waits for it.
    await deliver(envelope('organization.registered', unknown, 2));

    expect(await matchableIds({ zoneIds: [zoneId] })).toEqual(
      [declared[0].declarationId, declared[3].declarationId].sort(),
    );
  });

  it('moves the declarations of an organization that moves zone', async () => {
    const from = randomUUID();
    const to = randomUUID();
    const owner = organizationSnapshot(from, TERRITORY);
    const declared = [declarationOf(owner.organizationId), declarationOf(owner.organizationId)];
    await deliver(
      envelope('organization.registered', owner, 0),
      ...declared.map((snapshot) => envelope('declaration.recorded', snapshot, 1)),
    );
    const ids = declared.map((snapshot) => snapshot.declarationId).sort();
    expect(await matchableIds({ zoneIds: [from] })).toEqual(ids);

    await deliver(envelope('organization.updated', { ...owner, zoneId: to, latitude: 44.5 }, 10));

    expect(await declarations.findMatchable({ zoneIds: [from] })).toEqual([]);
    const moved = await declarations.findMatchable({ zoneIds: [to] });
    expect(moved.map((row) => row.id)).toEqual(ids);
    expect(moved.every((row) => row.zoneId === to && row.latitude === 44.5)).toBe(true);
  });

  it('filters by territory, zoned or not, and by zones and territory together', async () => {
    const territory = randomUUID();
    const zoneId = randomUUID();
    const zoned = organizationSnapshot(zoneId, territory);
    const outsideZones = organizationSnapshot(null, territory);
    const elsewhere = organizationSnapshot(randomUUID(), randomUUID());
    const declared = [zoned, outsideZones, elsewhere].map((owner) =>
      declarationOf(owner.organizationId),
    );
    await deliver(
      ...[zoned, outsideZones, elsewhere].map((owner) =>
        envelope('organization.registered', owner, 0),
      ),
      ...declared.map((snapshot) => envelope('declaration.recorded', snapshot, 1)),
    );

    expect(await matchableIds({ territoryId: territory })).toEqual(
      [declared[0].declarationId, declared[1].declarationId].sort(),
    );
    expect(await matchableIds({ territoryId: territory, zoneIds: [zoneId] })).toEqual([
      declared[0].declarationId,
    ]);
    expect(await matchableIds({ territoryId: randomUUID(), zoneIds: [zoneId] })).toEqual([]);
    expect(await declarations.findMatchable({ zoneIds: [] })).toEqual([]);
  });

  it('fails for good a payload that breaks its contract, and writes nothing', async () => {
    const snapshot = declarationOf(randomUUID(), { wasteCode: '15 01 01' });
    const broken = envelope('declaration.recorded', snapshot, 0);

    await feed.publish(broken);

    expect(await settled(broken.id)).toBe('failed');
    const job = await queue.getJob(broken.id);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/wasteCode/);
    expect(await stored(snapshot.declarationId)).toBeNull();
    expect(await handledCount([broken])).toBe(0);
  });

  async function matchableIds(filter: Parameters<DeclarationService['findMatchable']>[0]) {
    return (await declarations.findMatchable(filter)).map((row) => row.id);
  }
});
