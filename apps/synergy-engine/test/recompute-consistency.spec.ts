import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeclarationSnapshotV1, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { waitFor } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { seededRandom } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { DeclarationService } from '../src/declaration/declaration.service';
import { matchDeclarations } from '../src/matching';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { contentOfSynergy } from '../src/synergy/synergy-content';
import {
  declarationOf,
  EngineEventFeed,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

jest.setTimeout(120_000);

const TERRITORY = randomUUID();

/** Declarations that match one another in several ways: B2B pairs and collective needs. */
const KINDS: Partial<DeclarationSnapshotV1>[] = [
  {},
  { kind: 'NEED', categoryCode: 'MATERIAL_PACKAGING', wasteCode: null, frequency: 'MONTHLY' },
  { kind: 'NEED', categoryCode: 'WASTE_PAPER', wasteCode: null },
  { kind: 'RESOURCE', categoryCode: 'WASTE_PAPER', wasteCode: '150101' },
  {
    kind: 'NEED',
    categoryCode: 'SERVICE_SECURITY_GUARDING',
    annualQuantity: null,
    canonicalUnit: null,
    frequency: null,
    wasteCode: null,
  },
  {
    kind: 'NEED',
    categoryCode: 'SERVICE_WASTE_COLLECTION',
    annualQuantity: null,
    canonicalUnit: null,
    frequency: null,
    wasteCode: null,
  },
];

describe('recompute consistency (property)', () => {
  let service: TestService;
  let dataSource: DataSource;
  let feed: EngineEventFeed;

  beforeAll(async () => {
    process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS = '200';
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-consistency');
    dataSource = service.dataSource;
    feed = new EngineEventFeed(dataSource, service.queuePrefix);
  });

  afterAll(async () => {
    delete process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    await feed?.close();
    await service?.stop();
  });

  /** Key and content of every live stored synergy, and of a full recompute from scratch. */
  async function storedAndFromScratch() {
    const stored: { key: string; content_hash: string }[] = await dataSource.query(
      `SELECT key, content_hash FROM synergy WHERE NOT obsolete ORDER BY key`,
    );
    const declarations = await service.app
      .get(DeclarationService)
      .findMatchable({ territoryId: TERRITORY });
    const { collective, b2b } = matchDeclarations(declarations);
    const scratch = [...collective, ...b2b]
      .map(contentOfSynergy)
      .map(({ key, contentHash }) => ({ key, content_hash: contentHash }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    return { stored, scratch };
  }

  function allSettled(): Promise<number> {
    return waitFor(
      async () =>
        Number(
          (
            await dataSource.query(
              `SELECT count(*) AS pending FROM zone_recompute
                WHERE request_seq > computed_seq OR started_at IS NOT NULL`,
            )
          )[0].pending,
        ),
      (pending) => pending === 0,
      { timeoutMs: 30_000 },
    );
  }

  it('stores, after any random sequence of changes, exactly what a full recompute finds', async () => {
    const random = seededRandom(20261128);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    let second = 0;
    const zones = [zoneSnapshot(TERRITORY), zoneSnapshot(TERRITORY, { name: 'Cahors Nord' })];
    const organizations: OrganizationSnapshotV1[] = Array.from({ length: 8 }, (_, index) =>
      organizationSnapshot(index === 7 ? null : pick(zones).zoneId, TERRITORY, {
        latitude: 44.35 + random() * 0.15,
        longitude: 1.38 + random() * 0.15,
      }),
    );
    await feed.deliver(
      ...zones.map((zone) => envelope('zone.created', zone, (second += 1))),
      ...organizations.map((o) => envelope('organization.registered', o, (second += 1))),
    );
    const declarations: DeclarationSnapshotV1[] = [];

    for (let round = 0; round < 4; round += 1) {
      const events = Array.from({ length: 12 }, () => {
        const move = random();
        if (move < 0.45 || declarations.length === 0) {
          const declaration = declarationOf(pick(organizations).organizationId, {
            ...pick(KINDS),
          });
          if (declaration.annualQuantity !== null) {
            declaration.annualQuantity = Math.round(1 + random() * 40);
          }
          declarations.push(declaration);
          return envelope('declaration.recorded', declaration, (second += 1));
        }
        if (move < 0.7) {
          const index = Math.floor(random() * declarations.length);
          const current = declarations[index];
          const changed = {
            ...current,
            status: 'ACTIVE' as const,
            annualQuantity: current.annualQuantity === null ? null : Math.round(1 + random() * 40),
          };
          declarations[index] = changed;
          return envelope('declaration.updated', changed, (second += 1));
        }
        if (move < 0.85) {
          const withdrawn = { ...pick(declarations), status: 'WITHDRAWN' as const };
          return envelope('declaration.withdrawn', withdrawn, (second += 1));
        }
        const index = Math.floor(random() * organizations.length);
        organizations[index] = {
          ...organizations[index],
          zoneId: pick([...zones.map((zone) => zone.zoneId), null]),
          latitude: 44.35 + random() * 0.15,
        };
        return envelope('organization.updated', organizations[index], (second += 1));
      });
      await feed.deliver(...events);
      expect(await allSettled()).toBe(0);

      const { stored, scratch } = await storedAndFromScratch();
      expect(stored).toEqual(scratch);
    }
    // The sequence did make synergies of both kinds, and retired some.
    const [counts] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE kind = 'B2B') AS b2b,
              count(*) FILTER (WHERE kind = 'COLLECTIVE') AS collective,
              count(*) FILTER (WHERE obsolete) AS obsolete FROM synergy`,
    );
    expect(Number(counts.b2b)).toBeGreaterThan(0);
    expect(Number(counts.collective)).toBeGreaterThan(0);
    expect(Number(counts.obsolete)).toBeGreaterThan(0);
  });
});
