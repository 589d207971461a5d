import { randomUUID } from 'node:crypto';
import { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import {
  DeclarationSnapshotV1,
  EventEnvelope,
  OrganizationSnapshotV1,
  SynergySnapshotV1,
} from '@symbiose/contracts';
import { OutboxService } from '@symbiose/platform';
import {
  ALL_CATEGORIES,
  canonicalUnitOf,
  findWasteCode,
  FREQUENCIES,
  type DeclarationKind,
} from '@symbiose/taxonomy';
import { seededRandom, waitFor } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { DeclarationService } from '../src/declaration/declaration.service';
import { matchDeclarations } from '../src/matching';
import { OrganizationService } from '../src/organization/organization.service';
import { RecomputeRequests } from '../src/recompute/recompute-requests';
import { RecomputeOutcome, ZoneRecomputeService } from '../src/recompute/zone-recompute.service';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { contentOfSynergy } from '../src/synergy/synergy-content';
import {
  declarationOf,
  EngineEventFeed,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

jest.setTimeout(300_000);

const TERRITORY = randomUUID();

/**
 * Categories from several B2B clusters, pools and trades: cardboard and packaging, wood, pallets
 * and heat, waste collected by a pooled collection and by collectors' trade, guarding and
 * cleaning (pooled, and supplied by trade), training and recruitment.
 */
const CATEGORIES = [
  'WASTE_CARDBOARD',
  'WASTE_PAPER',
  'MATERIAL_PACKAGING',
  'WASTE_WOOD',
  'MATERIAL_PALLETS',
  'ENERGY_WASTE_HEAT',
  'ENERGY_HEAT',
  'SERVICE_WASTE_COLLECTION',
  'SERVICE_WASTE_REUSE',
  'SERVICE_SECURITY_GUARDING',
  'SERVICE_CLEANING',
  'HR_TRAINING',
  'HR_RECRUITMENT',
].map((code) => ALL_CATEGORIES.find((category) => category.code === code)!);

/** Activities: two that supply by trade (waste collection, guarding, cleaning), one that does not. */
const NAF_CODES = ['38.11Z', '80.10Z', '81.21Z', '17.21A', '17.21A'];

type Outcome = RecomputeOutcome | null;

describe('incremental recompute (property)', () => {
  let service: TestService;
  let dataSource: DataSource;
  let feed: EngineEventFeed;
  const outcomes: Outcome[] = [];
  /** Every synergy event recorded, in order. */
  const announced: { type: string; payload: unknown }[] = [];

  beforeAll(async () => {
    process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS = '100';
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-incremental');
    dataSource = service.dataSource;
    feed = new EngineEventFeed(dataSource, service.queuePrefix);
    const recompute = service.app.get(ZoneRecomputeService);
    const recomputeZone = recompute.recomputeZone.bind(recompute);
    jest.spyOn(recompute, 'recomputeZone').mockImplementation(async (...args) => {
      const outcome = await recomputeZone(...args);
      outcomes.push(outcome);
      return outcome;
    });
    // Events count once the transaction that recorded them commits.
    const uncommitted = new Map<QueryRunner, { type: string; payload: unknown }[]>();
    const outbox = service.app.get(OutboxService);
    const recordAll = outbox.recordAll.bind(outbox);
    jest.spyOn(outbox, 'recordAll').mockImplementation(async (manager, type, payloads, options) => {
      await recordAll(manager, type, payloads, options);
      const session = manager.queryRunner as QueryRunner;
      const pending = uncommitted.get(session) ?? [];
      pending.push(...payloads.map((payload) => ({ type: type as string, payload })));
      uncommitted.set(session, pending);
    });
    dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        announced.push(...(uncommitted.get(queryRunner) ?? []));
        uncommitted.delete(queryRunner);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        uncommitted.delete(queryRunner);
      },
    } satisfies EntitySubscriberInterface);
  });

  afterAll(async () => {
    delete process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    await feed?.close();
    await service?.stop();
  });

  /** Waits until no zone is pending or running and no slice is left dirty. */
  function allSettled(): Promise<number> {
    return waitFor(
      async () =>
        Number(
          (
            await dataSource.query(
              `SELECT (SELECT count(*) FROM zone_recompute
                        WHERE request_seq > computed_seq OR started_at IS NOT NULL)
                    + (SELECT count(*) FROM dirty_synergy_slice) AS pending`,
            )
          )[0].pending,
        ),
      (pending) => pending === 0,
      { timeoutMs: 60_000 },
    );
  }

  /** Key and content of every live stored synergy, and of a full match from scratch. */
  async function storedAndFromScratch() {
    const stored: { key: string; content_hash: string }[] = await dataSource.query(
      `SELECT key, content_hash FROM synergy WHERE NOT obsolete ORDER BY key`,
    );
    const declarations = await service.app
      .get(DeclarationService)
      .findMatchable({ territoryId: TERRITORY });
    const suppliers = await service.app.get(OrganizationService).findActivitySuppliers(TERRITORY);
    const { collective, b2b, tradeSupply } = matchDeclarations(declarations, {}, suppliers);
    const scratch = [...collective, ...b2b, ...tradeSupply]
      .map(contentOfSynergy)
      .map(({ key, contentHash }) => ({ key, content_hash: contentHash }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    return { stored, scratch };
  }

  /** What a consumer of the synergy events holds once it has applied them all: id → score. */
  function netEffectOfEvents(): Map<string, number> {
    const live = new Map<string, number>();
    for (const { type, payload } of announced) {
      if (type === 'synergy.detected' || type === 'synergy.updated') {
        for (const synergy of (payload as { synergies: SynergySnapshotV1[] }).synergies) {
          live.set(synergy.synergyId, synergy.score);
        }
      } else if (type === 'synergy.obsoleted') {
        for (const id of (payload as { synergyIds: string[] }).synergyIds) live.delete(id);
      }
    }
    return live;
  }

  const random = seededRandom(20261207);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  let minute = 0;
  const zones = [0, 1].map((n) => zoneSnapshot(TERRITORY, { name: `Zone ${n}` }));
  const organizations: OrganizationSnapshotV1[] = Array.from({ length: 16 }, (_, index) =>
    organizationSnapshot(index % 5 === 4 ? null : pick(zones).zoneId, TERRITORY, {
      nafCode: pick(NAF_CODES),
      latitude: 44.35 + random() * 0.2,
      longitude: 1.38 + random() * 0.2,
    }),
  );
  const declarations: DeclarationSnapshotV1[] = [];

  /** A declaration of a random category, with a quantity, a rhythm and a waste code at random. */
  function randomDeclaration(organizationId: string): DeclarationSnapshotV1 {
    const category = pick(CATEGORIES);
    const kind: DeclarationKind = pick(category.declarationKinds);
    const unit = canonicalUnitOf(category.dimension);
    const quantity = unit && random() < 0.8 ? Math.round(1 + random() * 60) : null;
    const wasteCode = category.isWaste ? pick(category.wasteCodes) : null;
    return declarationOf(organizationId, {
      kind,
      categoryCode: category.code,
      annualQuantity: quantity,
      canonicalUnit: quantity === null ? null : unit,
      frequency: random() < 0.8 ? pick(FREQUENCIES) : null,
      wasteCode,
      hazardous: wasteCode ? (findWasteCode(wasteCode)?.hazardous ?? false) : false,
      authorisedForHazardous: kind === 'NEED' && category.isWaste ? random() < 0.5 : null,
      availableFrom: null,
    });
  }

  function recorded(): EventEnvelope {
    const declaration = randomDeclaration(pick(organizations).organizationId);
    declarations.push(declaration);
    return envelope('declaration.recorded', declaration, (minute += 1));
  }

  function randomChange(): EventEnvelope {
    const move = random();
    if (move < 0.45 || declarations.length === 0) return recorded();
    const index = Math.floor(random() * declarations.length);
    if (move < 0.7) {
      // Same declaration, another category, quantity, rhythm: it may change cluster and pool.
      const { declarationId, organizationId } = declarations[index];
      declarations[index] = { ...randomDeclaration(organizationId), declarationId };
      return envelope('declaration.updated', declarations[index], (minute += 1));
    }
    if (move < 0.85) {
      const [withdrawn] = declarations.splice(index, 1);
      return envelope(
        'declaration.withdrawn',
        { ...withdrawn, status: 'WITHDRAWN' },
        (minute += 1),
      );
    }
    const at = Math.floor(random() * organizations.length);
    organizations[at] = {
      ...organizations[at],
      zoneId: pick([...zones.map((zone) => zone.zoneId), null]),
      latitude: 44.35 + random() * 0.2,
      nafCode: pick(NAF_CODES),
      status: random() < 0.05 ? 'ARCHIVED' : 'ACTIVE',
    };
    return envelope('organization.updated', organizations[at], (minute += 1));
  }

  it('stores, after random changes matched slice by slice, what a full match finds', async () => {
    await feed.deliver(
      ...zones.map((zone) => envelope('zone.created', zone, (minute += 1))),
      ...organizations.map((o) => envelope('organization.registered', o, (minute += 1))),
    );
    const kindsSeen = new Set<string>();
    for (let round = 0; round < 8; round += 1) {
      outcomes.length = 0;
      await feed.deliver(
        ...(round === 0 ? Array.from({ length: 50 }, recorded) : []),
        ...Array.from({ length: 15 }, randomChange),
      );
      expect(await allSettled()).toBe(0);
      const ran = outcomes.filter((outcome): outcome is RecomputeOutcome => outcome !== null);
      expect(ran.length).toBeGreaterThan(0);
      expect(ran.map((outcome) => outcome.mode)).toEqual(ran.map(() => 'SLICES'));
      const { stored, scratch } = await storedAndFromScratch();
      expect(stored).toEqual(scratch);
      const kinds: { kind: string }[] = await dataSource.query(
        `SELECT DISTINCT CASE WHEN kind = 'B2B' AND resource_category_code IS NULL
                              THEN 'TRADE' ELSE kind END AS kind
         FROM synergy WHERE NOT obsolete`,
      );
      for (const { kind } of kinds) kindsSeen.add(kind);
    }
    // The sequence made collective synergies, declared B2B pairs and supply by trade.
    expect([...kindsSeen].sort()).toEqual(['B2B', 'COLLECTIVE', 'TRADE']);
  });

  it('announces in its events exactly the synergies it stores', async () => {
    const live: { id: string; score: number }[] = await dataSource.query(
      `SELECT id, score FROM synergy WHERE NOT obsolete`,
    );
    expect(netEffectOfEvents()).toEqual(new Map(live.map(({ id, score }) => [id, score])));
  });

  it('finds nothing to write when a repair matches the whole territory afresh', async () => {
    outcomes.length = 0;
    await dataSource.transaction((manager) =>
      service.app.get(RecomputeRequests).request(manager, [zones[0].zoneId]),
    );
    expect(await allSettled()).toBe(0);
    const full = outcomes.find((outcome) => outcome?.mode === 'FULL');
    expect(full).toMatchObject({ detected: 0, updated: 0, revived: 0, moved: 0, obsoleted: 0 });
    expect(full?.unchanged).toBeGreaterThan(0);
  });

  it('serves a burst of changes with a few recomputes of the slices they touched', async () => {
    outcomes.length = 0;
    const burst = Array.from({ length: 60 }, recorded);
    await feed.deliver(...burst);
    expect(await allSettled()).toBe(0);
    const ran = outcomes.filter((outcome): outcome is RecomputeOutcome => outcome !== null);
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThan(burst.length / 2);
    expect(ran.every((outcome) => outcome.mode === 'SLICES')).toBe(true);
    const { stored, scratch } = await storedAndFromScratch();
    expect(stored).toEqual(scratch);
  });
});
