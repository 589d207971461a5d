import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  DeclarationSnapshotV1,
  EventEnvelope,
  eventQueueName,
  OrganizationSnapshotV1,
  ZoneSnapshotV1,
} from '@symbiose/contracts';
import { BullMqEventPublisher, InboxEvent, RedisConnection } from '@symbiose/platform';
import { findCategory } from '@symbiose/taxonomy';
import { TEST_REDIS_URL, waitFor } from '@symbiose/testing';
import { declarationSnapshot } from '../src/declaration/declaration-snapshot.fixture';

export const ENGINE_QUEUE = eventQueueName('synergy-engine');

/** An event as its producer would publish it, some minutes after a fixed instant. */
export function envelope(type: string, payload: unknown, minutes: number): EventEnvelope {
  const occurredAt = new Date(Date.UTC(2025, 10, 28, 9, minutes)).toISOString();
  const source = type.startsWith('declaration.')
    ? 'interviews'
    : type.startsWith('scenario.')
      ? 'workshops'
      : 'directory';
  return { id: randomUUID(), type, version: 1, occurredAt, source, payload };
}

export function zoneSnapshot(territoryId: string, overrides: Partial<ZoneSnapshotV1> = {}) {
  return {
    zoneId: randomUUID(),
    territoryId,
    name: 'Cahors Sud',
    kind: 'MIXED',
    latitude: 44.4,
    longitude: 1.45,
    areaKm2: null,
    ...overrides,
  } satisfies ZoneSnapshotV1;
}

export function organizationSnapshot(
  zoneId: string | null,
  territoryId: string,
  overrides: Partial<OrganizationSnapshotV1> = {},
): OrganizationSnapshotV1 {
  return {
    organizationId: randomUUID(),
    siret: null,
    name: 'Cartonnages du Quercy',
    kind: 'COMPANY',
    nafCode: '17.21A',
    headcount: 25,
    zoneId,
    territoryId,
    latitude: 44.4189,
    longitude: 1.4502,
    businessAssociationMember: true,
    status: 'ACTIVE',
    ...overrides,
  };
}

export function declarationOf(
  organizationId: string,
  overrides: Partial<DeclarationSnapshotV1> = {},
): DeclarationSnapshotV1 {
  const theme = overrides.categoryCode ? findCategory(overrides.categoryCode)?.theme : undefined;
  return declarationSnapshot({
    declarationId: randomUUID(),
    organizationId,
    interviewId: randomUUID(),
    ...(theme ? { theme } : {}),
    ...overrides,
  });
}

/** A shipper's need of 10 t of packaging a year, monthly: the taker of the tests' cardboard. */
export function packagingNeedOf(organizationId: string): DeclarationSnapshotV1 {
  return declarationOf(organizationId, {
    kind: 'NEED',
    categoryCode: 'MATERIAL_PACKAGING',
    label: 'Calage',
    annualQuantity: 10,
    canonicalUnit: 't',
    frequency: 'MONTHLY',
    wasteCode: null,
  });
}

/** A firm's need of a pooled waste collection: a collective need, with no quantity. */
export function wasteCollectionNeedOf(organizationId: string): DeclarationSnapshotV1 {
  return declarationOf(organizationId, {
    kind: 'NEED',
    categoryCode: 'SERVICE_WASTE_COLLECTION',
    label: 'Collecte mutualisée',
    annualQuantity: null,
    canonicalUnit: null,
    frequency: null,
    wasteCode: null,
  });
}

/** A firm's cardboard waste (15 01 01), with its disposal cost when given. */
export function cardboardOf(
  organizationId: string,
  annualQuantity: number,
  frequency: 'QUARTERLY' | 'MONTHLY',
  disposalCostCentsPerUnit?: number,
): DeclarationSnapshotV1 {
  return declarationOf(organizationId, {
    categoryCode: 'WASTE_CARDBOARD',
    label: 'Cartons',
    annualQuantity,
    canonicalUnit: 't',
    frequency,
    wasteCode: '150101',
    ...(disposalCostCentsPerUnit ? { economics: { disposalCostCentsPerUnit } } : {}),
  });
}

/** Publishes events on the engine's queue and waits until its inbox has handled them. */
export class EngineEventFeed {
  private readonly publisher: BullMqEventPublisher;

  constructor(
    private readonly dataSource: DataSource,
    queuePrefix: string,
  ) {
    this.publisher = new BullMqEventPublisher(new RedisConnection(TEST_REDIS_URL, queuePrefix));
  }

  publish(event: EventEnvelope): Promise<void> {
    return this.publisher.publish(ENGINE_QUEUE, event);
  }

  /** How many of these events the inbox has handled. */
  handledCount(events: EventEnvelope[]): Promise<number> {
    return this.dataSource
      .getRepository(InboxEvent)
      .createQueryBuilder('inbox')
      .where('inbox.eventId IN (:...ids)', { ids: events.map((event) => event.id) })
      .getCount();
  }

  /** Publishes the events in order and waits until the inbox has handled every one. */
  async deliver(...events: EventEnvelope[]): Promise<void> {
    for (const event of events) await this.publish(event);
    const handled = await waitFor(
      () => this.handledCount(events),
      (count) => count === events.length,
      { timeoutMs: 20_000 },
    );
    if (handled !== events.length) throw new Error(`${handled} of ${events.length} events handled`);
  }

  close(): Promise<void> {
    return this.publisher.close();
  }
}
