import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, GraphQLResponse, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import {
  B2B_WEIGHTS,
  DEFAULT_MAX_DISTANCE_KM,
  DEFAULT_MIN_SCORE,
  DEFAULT_TOP_K,
} from '../src/matching';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
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
const ELSEWHERE = randomUUID();

const SETTINGS_FIELDS = `territoryId version isDefault minScore maxDistanceKm topK
  weights { compatibility quantityCoverage distanceDecay frequencyFit } changedBy changedAt`;
const MATCHING_SETTINGS = `query ($territoryId: ID!) { matchingSettings(territoryId: $territoryId) {
  ${SETTINGS_FIELDS} history(first: 10) { totalCount nodes { version isDefault changedBy } } } }`;
const UPDATE_MATCHING_SETTINGS = `mutation ($input: UpdateMatchingSettingsInput!) {
  updateMatchingSettings(input: $input) {
    ${SETTINGS_FIELDS} history { totalCount nodes { version isDefault minScore maxDistanceKm } } } }`;
const CHANGE_STATUS = `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) {
  status history { to note reasonCode } } }`;
const REASON_COUNTS = `query ($territoryId: ID!) { dismissalReasonCounts(territoryId: $territoryId) {
  reasonCode count } }`;

describe('a territory’s tuning: matching settings and dismissal reasons', () => {
  let service: TestService;
  let dataSource: DataSource;
  let feed: EngineEventFeed;
  let facilitator: Record<string, string>;
  let facilitatorElsewhere: Record<string, string>;
  let second = 0;
  const next = () => (second += 1);
  const zone = zoneSnapshot(TERRITORY);
  // Cardboard offered 10 km north of a shipper that needs packaging; two firms need guarding.
  const giver = organizationSnapshot(zone.zoneId, TERRITORY, { latitude: 44.5089 });
  const shipper = organizationSnapshot(zone.zoneId, TERRITORY, { name: 'Expéditions Lotoises' });
  const guarded = [1, 2].map((n) =>
    organizationSnapshot(zone.zoneId, TERRITORY, { name: `Atelier ${n}` }),
  );

  beforeAll(async () => {
    process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS = '100';
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'territory-tuning');
    dataSource = service.dataSource;
    feed = new EngineEventFeed(dataSource, service.queuePrefix);
    facilitator = bearer(
      await testToken('FACILITATOR', { subject: 'claire.vidal', territoryIds: [TERRITORY] }),
    );
    facilitatorElsewhere = bearer(
      await testToken('FACILITATOR', { subject: 'paul.figeac', territoryIds: [ELSEWHERE] }),
    );
    const declarations = [
      declarationOf(giver.organizationId),
      packagingNeedOf(shipper.organizationId),
      ...guarded.map((organization) =>
        declarationOf(organization.organizationId, {
          kind: 'NEED',
          categoryCode: 'SERVICE_SECURITY_GUARDING',
          label: 'Gardiennage de nuit',
          annualQuantity: null,
          canonicalUnit: null,
          frequency: null,
          wasteCode: null,
        }),
      ),
    ];
    await feed.deliver(
      envelope('zone.created', zone, next()),
      envelope('zone.created', zoneSnapshot(ELSEWHERE, { name: 'Figeac Ouest' }), next()),
      ...[giver, shipper, ...guarded].map((o) => envelope('organization.registered', o, next())),
      ...declarations.map((d) => envelope('declaration.recorded', d, next())),
    );
    await settled();
  });

  afterAll(async () => {
    delete process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
    await feed?.close();
    await service?.stop();
  });

  const gql = (
    query: string,
    variables: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => postGraphQL(service.app.getHttpServer(), query, variables, headers);

  async function settled(): Promise<void> {
    const status = await waitFor(
      async () =>
        (
          await gql(
            `query ($zoneId: ID!) { recomputeStatus(zoneId: $zoneId) { state lastComputedAt } }`,
            { zoneId: zone.zoneId },
          )
        ).data?.recomputeStatus as { state: string; lastComputedAt: string | null },
      (value) => value?.state === 'IDLE' && value.lastComputedAt !== null,
      { timeoutMs: 20_000 },
    );
    expect(status.state).toBe('IDLE');
  }

  async function b2bSynergies(): Promise<{ id: string; distanceKm: number; score: number }[]> {
    const response = await gql(
      `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId, kind: B2B }, first: 10) {
         nodes { id distanceKm score } } }`,
      { zoneId: zone.zoneId },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.synergies.nodes;
  }

  async function synergyOf(kind: 'B2B' | 'COLLECTIVE'): Promise<{ id: string; status: string }> {
    const response = await gql(
      `query ($zoneId: ID!, $kind: SynergyKind) {
         synergies(filter: { zoneId: $zoneId, kind: $kind, includeObsolete: true }, first: 1) {
           nodes { id status } } }`,
      { zoneId: zone.zoneId, kind },
    );
    return response.data?.synergies.nodes[0];
  }

  const update = (input: Record<string, unknown>, headers = facilitator) =>
    gql(UPDATE_MATCHING_SETTINGS, { input: { territoryId: TERRITORY, ...input } }, headers);

  const storedVersions = async (): Promise<number> =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS count FROM matching_settings WHERE territory_id = $1`,
        [TERRITORY],
      )
    )[0].count;

  const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

  it('reads the defaults of a territory no one has tuned, from the matching core', async () => {
    const response = await gql(MATCHING_SETTINGS, { territoryId: TERRITORY }, facilitator);

    expect(response.errors).toBeUndefined();
    expect(response.data?.matchingSettings).toEqual({
      territoryId: TERRITORY,
      version: 1,
      isDefault: true,
      minScore: DEFAULT_MIN_SCORE,
      maxDistanceKm: DEFAULT_MAX_DISTANCE_KM,
      topK: DEFAULT_TOP_K,
      weights: { ...B2B_WEIGHTS },
      changedBy: null,
      changedAt: null,
      history: { totalCount: 0, nodes: [] },
    });
  });

  it('writes version 2 with who and when, and recomputes the territory under it', async () => {
    const before = Date.now();

    const response = await update({ minScore: 0 });

    expect(response.errors).toBeUndefined();
    const settings = response.data?.updateMatchingSettings;
    expect(settings).toMatchObject({
      version: 2,
      isDefault: false,
      minScore: 0,
      maxDistanceKm: DEFAULT_MAX_DISTANCE_KM,
      topK: DEFAULT_TOP_K,
      weights: { ...B2B_WEIGHTS },
      changedBy: 'claire.vidal',
      history: { totalCount: 1, nodes: [{ version: 1, isDefault: true }] },
    });
    expect(new Date(settings.changedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [request] = await dataSource.query(
      `SELECT request_seq > computed_seq AS pending FROM zone_recompute WHERE zone_id = $1`,
      [zone.zoneId],
    );
    expect(request.pending).toBe(true);

    await settled();
    const [exchange] = await b2bSynergies();
    expect(exchange.distanceKm).toBeCloseTo(10, 0);
  });

  it('drops the pair 10 km apart when the reach becomes 5 km, and keeps the earlier versions', async () => {
    const response = await update({ maxDistanceKm: 5, topK: 3 });
    expect(response.data?.updateMatchingSettings).toMatchObject({
      version: 3,
      minScore: 0,
      maxDistanceKm: 5,
      topK: 3,
      history: {
        totalCount: 2,
        nodes: [
          { version: 2, isDefault: false, minScore: 0, maxDistanceKm: DEFAULT_MAX_DISTANCE_KM },
          { version: 1, isDefault: true, minScore: DEFAULT_MIN_SCORE },
        ],
      },
    });

    await settled();
    expect(await b2bSynergies()).toEqual([]);

    const read = await gql(MATCHING_SETTINGS, { territoryId: TERRITORY }, facilitator);
    expect(read.data?.matchingSettings).toMatchObject({ version: 3, maxDistanceKm: 5 });
  });

  it('drops a pair scoring below the minimum score', async () => {
    expect((await update({ maxDistanceKm: 30 })).errors).toBeUndefined();
    await settled();
    const [exchange] = await b2bSynergies();
    expect(exchange).toBeDefined();

    expect((await update({ minScore: exchange.score + 0.01 })).errors).toBeUndefined();
    await settled();
    expect(await b2bSynergies()).toEqual([]);
  });

  it('refuses a facilitator of another territory, and writes nothing', async () => {
    const versions = await storedVersions();

    const read = await gql(MATCHING_SETTINGS, { territoryId: TERRITORY }, facilitatorElsewhere);
    const changed = await update({ topK: 2 }, facilitatorElsewhere);

    expect(refusal(read)).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(changed)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await storedVersions()).toBe(versions);
  });

  it('refuses bad settings, naming the field, and writes nothing', async () => {
    const versions = await storedVersions();
    const weights = { compatibility: 0.4, quantityCoverage: 0.25, distanceDecay: 0.2 };

    const refused = [
      [{ weights: { ...weights, frequencyFit: 0.05 } }, 'weights'],
      [
        { weights: { ...weights, distanceDecay: -0.1, frequencyFit: 0.45 } },
        'weights.distanceDecay',
      ],
      [{ minScore: 1 }, 'minScore'],
      [{ maxDistanceKm: 0 }, 'maxDistanceKm'],
      [{ maxDistanceKm: 201 }, 'maxDistanceKm'],
      [{ topK: 21 }, 'topK'],
    ] as const;
    for (const [input, field] of refused) {
      expect([field, refusal(await update(input))]).toEqual([
        field,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
    }
    expect(await storedVersions()).toBe(versions);

    const summingToOne = await update({ weights: { ...weights, frequencyFit: 0.1505 } });
    expect(summingToOne.errors).toBeUndefined();
  });

  it('refuses a dismissal without a reason, or OTHER without a note, and writes nothing', async () => {
    const { id } = await synergyOf('COLLECTIVE');
    const dismiss = (input: Record<string, unknown>) =>
      gql(CHANGE_STATUS, { input: { id, to: 'DISMISSED', ...input } }, facilitator);

    expect(refusal(await dismiss({}))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reasonCode',
    });
    expect(refusal(await dismiss({ reasonCode: 'OTHER' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect((await dismiss({ reasonCode: 'NOT_A_REASON' })).errors?.[0].message).toMatch(
      /reasonCode/,
    );
    const qualified = await gql(
      CHANGE_STATUS,
      { input: { id, to: 'QUALIFIED', reasonCode: 'TOO_FAR' } },
      facilitator,
    );
    expect(refusal(qualified)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonCode' });

    expect(await synergyOf('COLLECTIVE')).toMatchObject({ status: 'DETECTED' });
    const [changes] = await dataSource.query(
      `SELECT count(*)::int AS count FROM synergy_status_change WHERE synergy_id = $1`,
      [id],
    );
    expect(changes.count).toBe(0);
  });

  it('keeps the reason of a dismissal and counts the territory’s dismissals by reason', async () => {
    const shared = await synergyOf('COLLECTIVE');
    const exchange = await synergyOf('B2B');
    const dismissed = await gql(
      CHANGE_STATUS,
      { input: { id: shared.id, to: 'DISMISSED', reasonCode: 'ALREADY_IN_PLACE' } },
      facilitator,
    );
    expect(dismissed.data?.changeSynergyStatus).toEqual({
      status: 'DISMISSED',
      history: [{ to: 'DISMISSED', note: null, reasonCode: 'ALREADY_IN_PLACE' }],
    });
    // Reconsidered, then dismissed again: the latest reason counts.
    for (const input of [
      { to: 'QUALIFIED' },
      { to: 'DISMISSED', reasonCode: 'OTHER', note: 'Gardiennage mutualisé par la mairie' },
    ]) {
      const changed = await gql(CHANGE_STATUS, { input: { id: shared.id, ...input } }, facilitator);
      expect(changed.errors).toBeUndefined();
    }
    const tooFar = await gql(
      CHANGE_STATUS,
      { input: { id: exchange.id, to: 'DISMISSED', reasonCode: 'TOO_FAR' } },
      facilitator,
    );
    expect(tooFar.errors).toBeUndefined();
    // Partners and the workshops hear the reason with the change.
    const [announced] = await dataSource.query(
      `SELECT payload::jsonb AS payload FROM outbox_event WHERE type = 'synergy.status_changed'
       AND payload::jsonb->>'synergyId' = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [exchange.id],
    );
    expect(announced.payload).toMatchObject({ status: 'DISMISSED', reasonCode: 'TOO_FAR' });

    const counts = await gql(REASON_COUNTS, { territoryId: TERRITORY }, facilitator);

    expect(counts.errors).toBeUndefined();
    const nonZero = (counts.data?.dismissalReasonCounts as { count: number }[]).filter(
      (entry) => entry.count > 0,
    );
    expect(nonZero).toEqual([
      { reasonCode: 'TOO_FAR', count: 1 },
      { reasonCode: 'OTHER', count: 1 },
    ]);
    expect(counts.data?.dismissalReasonCounts).toHaveLength(9);
    const elsewhere = await gql(REASON_COUNTS, { territoryId: TERRITORY }, facilitatorElsewhere);
    expect(refusal(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
