import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RedisConnection } from '@symbiose/platform';
import { TEST_REDIS_URL, waitFor } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { RECOMPUTE_QUEUE } from '../src/recompute/recompute-queue';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { SynergyStore } from '../src/synergy/synergy-store';
import {
  declarationOf,
  EngineEventFeed,
  envelope,
  organizationSnapshot,
  packagingNeedOf,
  zoneSnapshot,
} from './engine-test-events';

jest.setTimeout(60_000);

const TERRITORY = randomUUID();
const SYNERGY_FIELDS = `
  id kind status obsolete score theme categoryCode resourceCategoryCode zoneIds distanceKm
  combinedAnnualQuantity allocatedQuantity rationale
  collectiveNeed { code labelFr categoryCodes }
  participants { organization { id } role declarationIds }
  impact { indicative tonnesPerYear roadKm transportKgCo2ePerYear netAvoidedKgCo2ePerYear }
  history { from to changedBy note reasonCode }`;

interface SynergyView {
  id: string;
  kind: string;
  status: string;
  obsolete: boolean;
  score: number;
  categoryCode: string;
  resourceCategoryCode: string | null;
  zoneIds: string[];
  participants: { organization: { id: string }; role: string; declarationIds: string[] }[];
  impact: Record<string, number | boolean> | null;
  rationale: Record<string, unknown>;
  collectiveNeed: { code: string; labelFr: string; categoryCodes: string[] } | null;
  combinedAnnualQuantity: number | null;
  allocatedQuantity: number | null;
  history: {
    from: string;
    to: string;
    changedBy: string;
    note: string | null;
    reasonCode: string | null;
  }[];
}

describe('synergies, kept current by the recompute queue', () => {
  let service: TestService;
  let dataSource: DataSource;
  let feed: EngineEventFeed;
  let recomputeQueue: Queue;
  let second = 0;
  const zone = zoneSnapshot(TERRITORY);
  // A packaging firm gives cardboard; a shipper 3 km away needs packaging; two firms need
  // security, one by guarding, the other by video surveillance.
  const giver = organizationSnapshot(zone.zoneId, TERRITORY, { name: 'Cartonnages du Quercy' });
  const shipper = organizationSnapshot(zone.zoneId, TERRITORY, {
    name: 'Expéditions Lotoises',
    latitude: 44.4459,
    longitude: 1.4502,
  });
  const guarded = [1, 2].map((n) =>
    organizationSnapshot(zone.zoneId, TERRITORY, {
      name: `Atelier ${n}`,
      latitude: 44.41 + n / 100,
    }),
  );
  // A private security company outside the zone, with no declaration: a supplier by its trade.
  const securityCompany = organizationSnapshot(null, TERRITORY, {
    name: 'Quercy Sécurité',
    nafCode: '80.10Z',
    latitude: 44.43,
  });
  const cardboard = declarationOf(giver.organizationId);
  const packagingNeed = packagingNeedOf(shipper.organizationId);
  const guardingNeeds = guarded.map((organization, index) =>
    declarationOf(organization.organizationId, {
      kind: 'NEED',
      categoryCode: index === 0 ? 'SERVICE_SECURITY_GUARDING' : 'SERVICE_VIDEO_SURVEILLANCE',
      label: 'Surveillance de nuit',
      annualQuantity: null,
      canonicalUnit: null,
      frequency: null,
      wasteCode: null,
    }),
  );

  const next = () => (second += 1);

  beforeAll(async () => {
    process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS = '300';
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-records');
    dataSource = service.dataSource;
    feed = new EngineEventFeed(dataSource, service.queuePrefix);
    recomputeQueue = new Queue(
      RECOMPUTE_QUEUE,
      new RedisConnection(TEST_REDIS_URL, service.queuePrefix).producerOptions(),
    );
    await feed.deliver(
      envelope('zone.created', zone, next()),
      ...[giver, shipper, ...guarded, securityCompany].map((o) =>
        envelope('organization.registered', o, next()),
      ),
      ...[cardboard, packagingNeed, ...guardingNeeds].map((d) =>
        envelope('declaration.recorded', d, next()),
      ),
    );
    await settled();
  });

  afterAll(async () => {
    delete process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    await recomputeQueue?.close();
    await feed?.close();
    await service?.stop();
  });

  /** Waits until the zone has no pending request and no recompute running. */
  async function settled(zoneId = zone.zoneId): Promise<Record<string, unknown>> {
    const status = await waitFor(
      async () =>
        (
          await service.gql(
            `query ($zoneId: ID!) { recomputeStatus(zoneId: $zoneId) {
               state pendingRequests lastComputedAt lastDurationMs lastError } }`,
            { zoneId },
          )
        ).data?.recomputeStatus as Record<string, unknown>,
      (value) => value?.state === 'IDLE' && value.lastComputedAt !== null,
      { timeoutMs: 20_000 },
    );
    expect(status).toMatchObject({ state: 'IDLE', pendingRequests: 0, lastError: null });
    return status;
  }

  async function synergies(filter: Record<string, unknown> = {}): Promise<SynergyView[]> {
    const response = await service.gql(
      `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 100) {
         totalCount nodes { ${SYNERGY_FIELDS} } } }`,
      { filter: { zoneId: zone.zoneId, ...filter } },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.synergies.nodes as SynergyView[];
  }

  async function b2b(): Promise<SynergyView> {
    const [found] = await synergies({ kind: 'B2B', includeObsolete: true });
    return found;
  }

  async function collective(): Promise<SynergyView> {
    const [found] = await synergies({ kind: 'COLLECTIVE', includeObsolete: true });
    return found;
  }

  function changeStatus(
    id: string,
    to: string,
    note: string | null = null,
    changedBy: string | null = 'Claire Vidal, animatrice',
    reasonCode: string | null = null,
  ) {
    return service.gql(
      `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) {
         id status history { from to changedBy changedBySubject note } } }`,
      { input: { id, to, note, changedBy, reasonCode } },
    );
  }

  function outboxEvents(
    type: string,
    synergyId: string,
  ): Promise<{ payload: Record<string, unknown> }[]> {
    // A synergy.detected carries a batch of synergies; other events carry one.
    return dataSource.query(
      `SELECT snapshot AS payload
       FROM outbox_event,
         jsonb_array_elements(
           CASE WHEN payload::jsonb ? 'synergies' THEN payload::jsonb->'synergies'
             ELSE jsonb_build_array(payload) END
         ) AS snapshot
       WHERE type = $1 AND snapshot->>'synergyId' = $2
       ORDER BY occurred_at`,
      [type, synergyId],
    );
  }

  it('finds the collective need and the B2B exchange, with who takes part, why, and the impact', async () => {
    const found = await synergies();

    expect(found.map((s) => s.kind).sort()).toEqual(['B2B', 'COLLECTIVE']);
    const exchange = found.find((s) => s.kind === 'B2B') as SynergyView;
    expect(exchange).toMatchObject({
      status: 'DETECTED',
      obsolete: false,
      categoryCode: 'MATERIAL_PACKAGING',
      resourceCategoryCode: 'WASTE_CARDBOARD',
      participants: [
        {
          organization: { id: giver.organizationId },
          role: 'SUPPLIER',
          declarationIds: [cardboard.declarationId],
        },
        {
          organization: { id: shipper.organizationId },
          role: 'CONSUMER',
          declarationIds: [packagingNeed.declarationId],
        },
      ],
      impact: { indicative: true, tonnesPerYear: 10 },
      // The only candidate need takes 10 t of the 12.5 t offered.
      allocatedQuantity: 10,
    });
    expect(exchange.rationale).toMatchObject({
      // 12.5 t offered for a need of 10 t: the supplier covers it all.
      terms: { quantityCoverage: { value: 1, basis: 'COMPARED' } },
      summaryFr: expect.stringMatching(/ à 3,0 km \(même famille, score 0,\d\d\)\.$/),
      summaryEn: expect.stringMatching(/ 3\.0 km away \(same family, score 0\.\d\d\)\.$/),
      categoryEn: expect.stringMatching(/\S/),
    });
    expect(exchange.score).toBeGreaterThan(0);

    const shared = found.find((s) => s.kind === 'COLLECTIVE') as SynergyView;
    // One security need gathers guarding and video surveillance; a tie goes to the first.
    expect(shared.categoryCode).toBe('SERVICE_SECURITY_GUARDING');
    expect(shared.collectiveNeed).toEqual({
      code: 'SECURITY',
      labelFr: 'Gardiennage et vidéosurveillance',
      categoryCodes: ['SERVICE_SECURITY_GUARDING', 'SERVICE_VIDEO_SURVEILLANCE'],
    });
    expect(exchange.collectiveNeed).toBeNull();
    expect((await synergies({ collectiveNeed: 'SECURITY' })).map((s) => s.id)).toEqual([shared.id]);
    expect(await synergies({ collectiveNeed: 'CATERING' })).toEqual([]);
    expect(shared.participants.map((p) => [p.organization.id, p.role, p.declarationIds])).toEqual([
      ...guarded
        .map((o, index) => [o.organizationId, 'MEMBER', [guardingNeeds[index].declarationId]])
        .sort(),
      [securityCompany.organizationId, 'SUPPLIER', []],
    ]);
    expect(shared.rationale).toMatchObject({
      suppliersByTrade: 1,
      summaryFr: expect.stringContaining('dont 1 par son activité'),
    });
    // Each new synergy was announced once.
    for (const synergy of found) {
      expect(await outboxEvents('synergy.detected', synergy.id)).toHaveLength(1);
    }
  });

  it('explains both synergies, typed, with the terms and words of their rationale', async () => {
    const response = await service.gql(
      `query ($filter: SynergyFilter) { synergies(filter: $filter, first: 10) { nodes {
         kind score rationale
         explanation {
           summaryFr summaryEn categoryFitFr
           terms { name value weight labelFr facts { name textValue numberValue booleanValue } }
           rules { rule verdict textFr textEn }
           steps { rule }
           facts { name textValue numberValue }
         } } } }`,
      { filter: { zoneId: zone.zoneId } },
    );
    expect(response.errors).toBeUndefined();
    type Explained = {
      kind: string;
      score: number;
      rationale: Record<string, unknown>;
      explanation: {
        summaryFr: string;
        summaryEn: string;
        terms: { name: string; value: number | null; weight: number; labelFr: string }[];
        rules: { rule: string; textFr: string; textEn: string }[];
        steps: unknown[];
        facts: { name: string; textValue: string | null; numberValue: number | null }[];
      };
    };
    const nodes: Explained[] = response.data?.synergies.nodes;
    const exchange = nodes.find((s) => s.kind === 'B2B') as Explained;
    const shared = nodes.find((s) => s.kind === 'COLLECTIVE') as Explained;

    expect(exchange.explanation.summaryFr).toBe(exchange.rationale.summaryFr);
    expect(exchange.explanation.terms.map((t) => t.name)).toEqual([
      'COMPATIBILITY',
      'QUANTITY_COVERAGE',
      'DISTANCE_DECAY',
      'FREQUENCY_FIT',
    ]);
    // The score is the weighted mean of the known terms, stored to four decimals.
    const known = exchange.explanation.terms.filter((t) => t.value !== null);
    const weighted = known.reduce((sum, t) => sum + (t.value as number) * t.weight, 0);
    const weights = known.reduce((sum, t) => sum + t.weight, 0);
    expect(exchange.score).toBeCloseTo(weighted / weights, 4);
    expect(exchange.explanation.terms.find((t) => t.name === 'QUANTITY_COVERAGE')?.value).toBe(1);
    for (const { labelFr } of exchange.explanation.terms) expect(labelFr).toMatch(/\S/);
    for (const { textFr, textEn } of exchange.explanation.rules) {
      expect([textFr, textEn]).toEqual([expect.stringMatching(/\S/), expect.stringMatching(/\S/)]);
    }
    expect(exchange.explanation.steps).toEqual([]);
    expect(shared.explanation.summaryFr).toBe(shared.rationale.summaryFr);
    expect(shared.explanation.rules).toEqual([]);
    expect(shared.explanation.facts).toEqual(
      expect.arrayContaining([
        { name: 'collectiveNeedCode', textValue: 'SECURITY', numberValue: null },
        { name: 'suppliersByTrade', textValue: null, numberValue: 1 },
      ]),
    );
  });

  it('recomputes a burst of fifty edits once, and ends with the last one', async () => {
    const before = await recomputeQueue.getCompletedCount();

    const edits = Array.from({ length: 50 }, (_, index) =>
      envelope('declaration.updated', { ...cardboard, annualQuantity: 1 + index / 10 }, next()),
    );
    await feed.deliver(...edits);
    await settled();

    expect((await recomputeQueue.getCompletedCount()) - before).toBe(1);
    expect((await b2b()).rationale).toMatchObject({
      // The last edit offers 5.9 t for the need of 10 t.
      terms: { quantityCoverage: { value: 0.59 } },
    });
  });

  it('recomputes a territory once when a change asks for each of its zones', async () => {
    const territoryId = randomUUID();
    const zones = ['Cahors Nord', 'Cahors Est', 'Pradines'].map((name) =>
      zoneSnapshot(territoryId, { name }),
    );
    // Outside every zone: its declarations ask for a recompute of each zone of its territory.
    const roaming = organizationSnapshot(null, territoryId, { name: 'Transports Lotois' });
    await feed.deliver(
      ...zones.map((z) => envelope('zone.created', z, next())),
      envelope('organization.registered', roaming, next()),
    );
    for (const z of zones) await settled(z.zoneId);
    const since = Date.now();

    await feed.deliver(
      envelope('declaration.recorded', declarationOf(roaming.organizationId), next()),
    );
    for (const z of zones) await settled(z.zoneId);

    const zoneIds = zones.map((z) => z.zoneId);
    const jobs = (await recomputeQueue.getJobs(['completed'])).filter(
      (job) => zoneIds.includes(job.data.zoneId) && (job.finishedOn ?? 0) >= since,
    );
    expect(jobs.map((job) => job.data.zoneId).sort()).toEqual([...zoneIds].sort());
    const recomputes = jobs.filter((job) => job.returnvalue !== null);
    expect(recomputes).toHaveLength(1);
    expect(recomputes[0].returnvalue).toMatchObject({ territoryId, declarationCount: 1 });
  });

  it('moves a synergy along its lifecycle, keeps who, when and why, and refuses a skipped step', async () => {
    const { id } = await collective();

    const qualified = await changeStatus(id, 'QUALIFIED', 'Deux ateliers confirment le besoin');
    expect(qualified.errors).toBeUndefined();
    expect(qualified.data?.changeSynergyStatus).toMatchObject({
      status: 'QUALIFIED',
      history: [
        {
          from: 'DETECTED',
          to: 'QUALIFIED',
          changedBy: 'Claire Vidal, animatrice',
          // The token's subject, which the author cannot choose.
          changedBySubject: 'test:admin',
          note: 'Deux ateliers confirment le besoin',
        },
      ],
    });

    const skipped = await changeStatus(id, 'OPERATIONAL');
    expect(skipped.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/QUALIFIED to OPERATIONAL.*may go to STUDYING or DISMISSED/),
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    expect((await collective()).history).toHaveLength(1);
    const [changed] = await outboxEvents('synergy.status_changed', id);
    expect(changed.payload).toMatchObject({ from: 'DETECTED', status: 'QUALIFIED' });

    const unknown = await changeStatus(randomUUID(), 'QUALIFIED');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('keeps a dismissed synergy dismissed through any recompute', async () => {
    const { id } = await collective();
    const dismissed = await changeStatus(
      id,
      'DISMISSED',
      'Déjà couvert',
      undefined,
      'ALREADY_IN_PLACE',
    );
    expect(dismissed.errors).toBeUndefined();

    const requested = await service.gql(
      `mutation ($zoneId: ID!) { requestRecompute(zoneId: $zoneId) { pendingRequests } }`,
      { zoneId: zone.zoneId },
    );
    expect(requested.data?.requestRecompute.pendingRequests).toBeGreaterThan(0);
    await settled();

    const kept = await collective();
    expect(kept).toMatchObject({ id, status: 'DISMISSED', obsolete: false });
    expect(kept.history.at(-1)).toMatchObject({ to: 'DISMISSED', reasonCode: 'ALREADY_IN_PLACE' });
    const reconsidered = await changeStatus(id, 'QUALIFIED', 'Reconsidéré', null);
    expect(reconsidered.data?.changeSynergyStatus.status).toBe('QUALIFIED');
    // Unsigned, the change is signed with the token's subject.
    expect(reconsidered.data?.changeSynergyStatus.history.at(-1)).toMatchObject({
      changedBy: 'test:admin',
      changedBySubject: 'test:admin',
    });
  });

  it('marks a synergy whose inputs disappear obsolete, and revives it, same record, when they return', async () => {
    const before = await b2b();
    expect((await changeStatus(before.id, 'QUALIFIED')).errors).toBeUndefined();

    await feed.deliver(
      envelope('declaration.withdrawn', { ...packagingNeed, status: 'WITHDRAWN' }, next()),
    );
    await settled();
    expect(await b2b()).toMatchObject({ id: before.id, obsolete: true, status: 'QUALIFIED' });
    expect((await synergies({ kind: 'B2B' })).length).toBe(0);
    const [obsoleted] = await dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_event
        WHERE type = 'synergy.obsoleted' AND payload::jsonb->'synergyIds' ? $1`,
      [before.id],
    );
    expect(obsoleted.count).toBe(1);

    await feed.deliver(
      envelope('declaration.updated', { ...packagingNeed, status: 'ACTIVE' }, next()),
    );
    await settled();
    expect(await b2b()).toMatchObject({ id: before.id, obsolete: false, status: 'QUALIFIED' });
    const detected = await outboxEvents('synergy.detected', before.id);
    expect(detected.map((event) => event.payload.status)).toEqual(['DETECTED', 'QUALIFIED']);
  });

  it('moves a synergy under study to SELECTED when a follow-up group selects a scenario', async () => {
    const { id, status } = await b2b();
    expect(status).toBe('QUALIFIED');
    const scenario = (title: string) =>
      envelope(
        'scenario.selected',
        { scenarioId: randomUUID(), synergyId: id, workshopId: randomUUID(), title },
        next(),
      );

    // Not studied yet: the lifecycle does not let a scenario skip the study.
    await feed.deliver(scenario('Navette hebdomadaire'));
    expect((await b2b()).status).toBe('QUALIFIED');

    expect((await changeStatus(id, 'STUDYING')).errors).toBeUndefined();
    await feed.deliver(scenario('Navette hebdomadaire'));
    const selected = await b2b();
    expect(selected.status).toBe('SELECTED');
    expect(selected.history.at(-1)).toMatchObject({
      from: 'STUDYING',
      to: 'SELECTED',
      note: 'Scenario chosen by a follow-up group: Navette hebdomadaire',
    });
  });

  it('adds synergies and their counts to Zone and Organization', async () => {
    const response = await service.gql(
      `query ($zone: [_Any!]!) { _entities(representations: $zone) {
         ... on Zone { collectiveSynergyCount b2bSynergyCount synergies { totalCount } }
         ... on Organization { synergies { nodes { kind } } } } }`,
      {
        zone: [
          { __typename: 'Zone', id: zone.zoneId },
          { __typename: 'Organization', id: shipper.organizationId },
          { __typename: 'Zone', id: 'not-a-uuid' },
        ],
      },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      { collectiveSynergyCount: 1, b2bSynergyCount: 1, synergies: { totalCount: 2 } },
      { synergies: { nodes: [{ kind: 'B2B' }] } },
      { collectiveSynergyCount: 0, b2bSynergyCount: 0, synergies: { totalCount: 0 } },
    ]);
  });

  it('counts the synergies of many organizations in one query, the same as their pages count', async () => {
    const organizations = [giver, shipper, ...guarded, securityCompany].map((o) => ({
      __typename: 'Organization',
      id: o.organizationId,
    }));
    type Totals = Record<'all' | 'collective', { totalCount: number }>;
    const collectiveFragment = `fragment Collective on Organization {
      collective: synergies(filter: { kind: COLLECTIVE }) { __typename totalCount } }`;
    const entities = async (selection: string, representations = organizations) => {
      const response = await service.gql(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
           ... on Organization { ${selection} } } }
         ${selection.includes('...Collective') ? collectiveFragment : ''}`,
        { representations },
      );
      expect(response.errors).toBeUndefined();
      return (response.data?._entities as Totals[]).map(({ all, collective }) => [
        all.totalCount,
        collective.totalCount,
      ]);
    };
    // Only totalCount asked, through a named fragment too: counts, not pages.
    const counted = 'all: synergies { totalCount } ...Collective';
    const paged = `all: synergies(first: 1) { totalCount nodes { id } }
      collective: synergies(filter: { kind: COLLECTIVE }) { totalCount pageInfo { hasNextPage } }`;

    // No recompute of an earlier change left to read synergies meanwhile.
    await settled();
    const queries = jest.spyOn(dataSource.logger, 'logQuery');
    const synergyQueriesFor = async (representations: typeof organizations) => {
      queries.mockClear();
      await entities(counted, representations);
      // Ranked pages and counts read `synergy s`; the rows of a page, `"synergy"`.
      return queries.mock.calls.filter(([sql]) => /FROM (synergy s\b|"synergy")/.test(sql)).length;
    };
    const forOne = await synergyQueriesFor(organizations.slice(0, 1));
    const forFive = await synergyQueriesFor(organizations);
    queries.mockRestore();

    const byCount = await entities(counted);
    expect(byCount).toEqual(await entities(paged));
    // The B2B exchange of the giver and the shipper; the collective need of the two workshops.
    expect(byCount.slice(0, 4)).toEqual([
      [1, 0],
      [1, 0],
      [expect.any(Number), 1],
      [expect.any(Number), 1],
    ]);
    // One grouped count for each filter, whatever the number of organizations, and no row read.
    expect(forFive).toBe(forOne);
    expect(forOne).toBe(2);
  });

  it('refuses bad arguments of an organization’s synergies, naming the field', async () => {
    const response = await service.gql(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Organization { synergies(first: 1000, filter: { minScore: 0.5 }) { totalCount } } } }`,
      { representations: [{ __typename: 'Organization', id: shipper.organizationId }] },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0].message).toMatch(/first/);
  });

  it('leaves the previous synergies intact when a recompute dies mid-way, and a retry completes it', async () => {
    const before = await synergies();
    const store = service.app.get(SynergyStore);
    // A change re-matches the slices it touched: the B2B pair's, written first.
    const write = store.storeSlice.bind(store);
    const spy = jest
      .spyOn(store, 'storeSlice')
      .mockImplementationOnce(async (manager, territoryId, found, slice) => {
        await write(manager, territoryId, found.slice(0, 1), slice);
        throw new Error('worker died mid-write');
      });

    await feed.deliver(
      envelope('declaration.updated', { ...packagingNeed, annualQuantity: 30 }, next()),
    );
    const failed = await waitFor(
      async () =>
        (
          await dataSource.query(`SELECT last_error FROM zone_recompute WHERE zone_id = $1`, [
            zone.zoneId,
          ])
        )[0],
      (row: { last_error: string | null }) => row.last_error !== null,
    );
    expect(failed.last_error).toBe('worker died mid-write');
    expect(await synergies()).toEqual(before);

    await settled();
    spy.mockRestore();
    const [after] = await synergies({ kind: 'B2B' });
    // The need grew to 30 t: the 5.9 t offered now cover 0.1967 of it.
    expect(after.rationale).toMatchObject({ terms: { quantityCoverage: { value: 0.1967 } } });
  });

  it('refuses bad arguments, naming the field', async () => {
    const badScore = await service.gql(`{ synergies(filter: { minScore: 2 }) { totalCount } }`);
    expect(badScore.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(badScore.errors?.[0].message).toMatch(/minScore/);

    const unknownZone = await service.gql(
      `mutation { requestRecompute(zoneId: "${randomUUID()}") { state } }`,
    );
    expect(unknownZone.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'zoneId',
    });
  });

  it('announces a synergy changed in place, its zones for one, with synergy.updated', async () => {
    const before = await b2b();
    const announcedBefore = (await outboxEvents('synergy.updated', before.id)).length;
    const eastZone = zoneSnapshot(TERRITORY, { name: 'Cahors Est', latitude: 44.45 });
    await feed.deliver(
      envelope('zone.created', eastZone, next()),
      envelope('organization.updated', { ...shipper, zoneId: eastZone.zoneId }, next()),
    );
    await settled();
    await settled(eastZone.zoneId);

    const after = await b2b();
    expect(after).toMatchObject({ id: before.id, status: before.status, obsolete: false });
    const zoneIds = [zone.zoneId, eastZone.zoneId].sort();
    expect([...after.zoneIds].sort()).toEqual(zoneIds);
    const updated = await outboxEvents('synergy.updated', before.id);
    expect(updated).toHaveLength(announcedBefore + 1);
    expect(updated.at(-1)?.payload).toMatchObject({
      zoneIds,
      status: before.status,
      obsolete: false,
    });

    // A recompute that finds it unchanged announces nothing more.
    const requested = await service.gql(
      `mutation ($zoneId: ID!) { requestRecompute(zoneId: $zoneId) { pendingRequests } }`,
      { zoneId: eastZone.zoneId },
    );
    expect(requested.errors).toBeUndefined();
    await settled(eastZone.zoneId);
    expect(await outboxEvents('synergy.updated', before.id)).toHaveLength(announcedBefore + 1);
  });

  it('follows the firms of a B2B synergy into another territory: same record, same status', async () => {
    const before = await b2b();
    expect(before.obsolete).toBe(false);
    const otherZone = zoneSnapshot(randomUUID(), { name: 'Figeac Ouest', latitude: 44.6 });
    const moved = [giver, shipper].map((firm) => ({
      ...firm,
      zoneId: otherZone.zoneId,
      territoryId: otherZone.territoryId,
    }));
    await feed.deliver(
      envelope('zone.created', otherZone, next()),
      ...moved.map((firm) => envelope('organization.updated', firm, next())),
    );
    await settled();
    await settled(otherZone.zoneId);

    const [there] = await synergies({ zoneId: otherZone.zoneId, kind: 'B2B' });
    expect(there).toMatchObject({ id: before.id, status: before.status, obsolete: false });
    expect(there.participants.map((p) => p.organization.id)).toEqual(
      moved.map((firm) => firm.organizationId),
    );
    expect(await synergies({ kind: 'B2B', includeObsolete: true })).toEqual([]);
    const [{ territory_id: territoryId }] = await dataSource.query(
      `SELECT territory_id FROM synergy WHERE id = $1`,
      [before.id],
    );
    expect(territoryId).toBe(otherZone.territoryId);
    // Announced where it now is, with the status people gave it.
    const detected = await outboxEvents('synergy.detected', before.id);
    expect(detected.at(-1)?.payload).toMatchObject({
      territoryId: otherZone.territoryId,
      zoneIds: [otherZone.zoneId],
      status: before.status,
    });
  });
});
