import { randomUUID } from 'node:crypto';
import { waitFor } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { TRADE_SUPPLY_CONFIDENCE } from '../src/matching';
import { distanceDecay, roundScore } from '../src/matching/b2b-score';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import {
  declarationOf,
  EngineEventFeed,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

jest.setTimeout(60_000);

const TERRITORY = randomUUID();

interface TradeSynergy {
  kind: string;
  supply: string | null;
  categoryCode: string;
  resourceCategoryCode: string | null;
  score: number;
  distanceKm: number;
  impact: unknown;
  rationale: Record<string, unknown>;
  participants: { organization: { id: string }; role: string; declarationIds: string[] }[];
}

describe('supply by trade, through the API', () => {
  let service: TestService;
  let feed: EngineEventFeed;
  let second = 0;
  const next = () => (second += 1);
  const zone = zoneSnapshot(TERRITORY);
  // A firm of the zone needs training; a training body 3 km north declared nothing.
  const learner = organizationSnapshot(zone.zoneId, TERRITORY, { name: 'Menuiserie Lotoise' });
  const school = organizationSnapshot(null, TERRITORY, {
    name: 'Formations du Causse',
    nafCode: '85.59A',
    latitude: 44.4459,
  });
  const trainingNeed = declarationOf(learner.organizationId, {
    kind: 'NEED',
    theme: 'HR_ANIMATION',
    categoryCode: 'HR_TRAINING',
    label: 'Formation CACES',
    annualQuantity: null,
    canonicalUnit: null,
    frequency: null,
    wasteCode: null,
  });

  beforeAll(async () => {
    process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS = '100';
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'trade-supply');
    feed = new EngineEventFeed(service.dataSource, service.queuePrefix);
    await feed.deliver(
      envelope('zone.created', zone, next()),
      envelope('organization.registered', learner, next()),
      envelope('declaration.recorded', trainingNeed, next()),
    );
  });

  afterAll(async () => {
    delete process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    await feed?.close();
    await service?.stop();
  });

  async function b2bSynergies(): Promise<TradeSynergy[]> {
    const response = await service.gql(
      `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 10) { nodes {
         kind supply categoryCode resourceCategoryCode score distanceKm impact { tonnesPerYear } rationale
         participants { organization { id } role declarationIds } } } }`,
      { filter: { zoneId: zone.zoneId, kind: 'B2B' } },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.synergies.nodes as TradeSynergy[];
  }

  it('proposes a firm whose trade supplies the need once it registers, with no declaration', async () => {
    await feed.deliver(envelope('organization.registered', school, next()));

    const [synergy] = await waitFor(b2bSynergies, (found) => found.length > 0, {
      timeoutMs: 20_000,
    });
    expect(synergy).toMatchObject({
      kind: 'B2B',
      supply: 'TRADE',
      categoryCode: 'HR_TRAINING',
      resourceCategoryCode: null,
      impact: null,
      participants: [
        { organization: { id: school.organizationId }, role: 'SUPPLIER', declarationIds: [] },
        {
          organization: { id: learner.organizationId },
          role: 'CONSUMER',
          declarationIds: [trainingNeed.declarationId],
        },
      ],
      rationale: {
        supply: 'TRADE',
        nafCode: '85.59A',
        summaryFr: expect.stringContaining("Formation continue d'adultes"),
      },
    });
    // The distance term alone, halved: a lead never outranks a declared offer next door.
    expect(synergy.distanceKm).toBeCloseTo(3, 0);
    expect(synergy.score).toBe(
      roundScore(TRADE_SUPPLY_CONFIDENCE * distanceDecay(synergy.distanceKm)),
    );
  });

  it('withdraws the lead when the firm changes trade', async () => {
    await feed.deliver(envelope('organization.updated', { ...school, nafCode: '10.71C' }, next()));
    await waitFor(b2bSynergies, (found) => found.length === 0, { timeoutMs: 20_000 });
  });
});
