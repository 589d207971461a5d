import { readFileSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import request from 'supertest';
import { completeSiret } from '@symbiose/sirene';
import {
  bearer,
  freePort,
  GraphQLResponse,
  sireneExtract,
  startTestSystem,
  TestSystem,
  testToken,
  waitFor,
} from '@symbiose/testing';

/**
 * Signed webhooks through the gateway, against the built services and a receiver of the test's
 * own: registration, a real event delivered and its signature checked with the recipe of
 * docs/webhooks.md, retries, automatic disabling, test events, partners kept to their own
 * subscriptions and to the firms that agreed to be known by them.
 */
jest.setTimeout(300_000);

const MAX_ATTEMPTS = 3;
const DISABLE_AFTER = 2;

type Verify = (secret: string, header: string, rawBody: string, nowSeconds?: number) => boolean;

/** The verification recipe exactly as docs/webhooks.md gives it to receivers. */
function documentedRecipe(): Verify {
  const page = readFileSync(path.join(__dirname, '../../../docs/webhooks.md'), 'utf8');
  const block =
    /<!-- verify-signature:start -->\s*```js\n([\s\S]*?)```\s*<!-- verify-signature:end -->/.exec(
      page,
    );
  if (!block) throw new Error('docs/webhooks.md: no verify-signature block');
  const module = { exports: {} as { verifySymbioseSignature?: Verify } };
  runInThisContext(`(function (require, module) {\n${block[1]}\n})`)(require, module);
  if (!module.exports.verifySymbioseSignature) throw new Error('the recipe exports no verifier');
  return module.exports.verifySymbioseSignature;
}

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  // Test code reads bodies by path and lets the assertions check their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A partner's endpoint: records every request; `answers` says what each path answers. */
class Receiver {
  readonly received: Received[] = [];
  /** Status codes to answer a path with, in turn; the last one repeats. */
  readonly answers = new Map<string, number[]>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    const port = await freePort();
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const route = request.url ?? '/';
        this.received.push({
          path: route,
          headers: request.headers,
          rawBody,
          body: JSON.parse(rawBody),
        });
        const answers = this.answers.get(route) ?? [200];
        response.writeHead(answers.length > 1 ? (answers.shift() as number) : answers[0]);
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${port}`;
  }

  at(route: string): Received[] {
    return this.received.filter((request) => request.path === route);
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const REGISTER = `mutation ($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) {
    secret
    subscription { id partnerId url eventTypes description enabled consecutiveFailedDeliveries }
  }
}`;
const SUBSCRIPTION = `query ($id: ID!) {
  webhookSubscription(id: $id) {
    id enabled disabledReason consecutiveFailedDeliveries
    deliveries(first: 10) {
      totalCount
      nodes {
        id eventId eventType status attempt responseCode durationMs error createdAt
        attempts { attempt succeeded responseCode durationMs error }
      }
    }
  }
}`;
const SEND_TEST = `mutation ($id: ID!) { sendTestEvent(subscriptionId: $id) { id eventType status } }`;
const ENABLE = `mutation ($id: ID!) { enableWebhook(id: $id) { enabled consecutiveFailedDeliveries disabledReason } }`;
const RECORD = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`;
const COUNT = `{ webhookSubscriptions(first: 1) { totalCount } }`;

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];
const fieldOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['field'];

describe('webhooks', () => {
  let system: TestSystem;
  const receiver = new Receiver();
  const verify = documentedRecipe();
  let territoryId: string;
  let zoneId: string;
  let firmId: string;
  let syded: string;
  let cci: string;

  const gql = (query: string, variables?: Record<string, unknown>, token?: string) =>
    system.gql(query, variables, token ? bearer(token) : undefined);

  async function register(
    input: Record<string, unknown>,
    token?: string,
  ): Promise<{ id: string; secret: string }> {
    const response = await gql(REGISTER, { input }, token);
    expect(response.errors).toBeUndefined();
    const { secret, subscription } = response.data?.registerWebhook ?? {};
    return { id: subscription.id, secret };
  }

  /** The subscription, once its delivery of an event is settled (not PENDING). */
  async function settled(subscriptionId: string, eventType: string, count = 1) {
    const response = await waitFor(
      () => gql(SUBSCRIPTION, { id: subscriptionId }),
      (answer) =>
        (answer.data?.webhookSubscription?.deliveries.nodes ?? []).filter(
          (delivery: { eventType: string; status: string }) =>
            delivery.eventType === eventType && delivery.status !== 'PENDING',
        ).length >= count,
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.webhookSubscription;
  }

  async function recordDeclaration(label: string): Promise<string> {
    const recorded = await waitFor(
      () =>
        gql(RECORD, {
          input: {
            organizationId: firmId,
            kind: 'RESOURCE',
            theme: 'MATERIALS_WASTE',
            categoryCode: 'WASTE_CARDBOARD',
            label,
            quantity: 250,
            unit: 'kg',
            frequency: 'WEEKLY',
            wasteCode: '15 01 01',
          },
        }),
      (response) => response.errors === undefined,
    );
    expect(recorded.errors).toBeUndefined();
    return recorded.data?.recordDeclaration.id;
  }

  beforeAll(async () => {
    await receiver.start();
    system = await startTestSystem('webhooks', {
      env: {
        WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        WEBHOOK_BACKOFF_MS: '100',
        WEBHOOK_DISABLE_AFTER_FAILED_DELIVERIES: String(DISABLE_AFTER),
        WEBHOOK_TIMEOUT_MS: '2000',
      },
    });
    syded = await testToken('PARTNER', { partnerId: 'syded-lot', subject: 'partner:syded-lot' });
    cci = await testToken('PARTNER', { partnerId: 'cci-lot', subject: 'partner:cci-lot' });
    territoryId = (
      await gql(`mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`)
    ).data?.createTerritory.id;
    zoneId = (
      await gql(`mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
        input: { territoryId, name: 'Cahors Sud', kind: 'MIXED', latitude: 44.4, longitude: 1.45 },
      })
    ).data?.createZone.id;
    firmId = (
      await gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            siret: completeSiret('7200000000001'),
            name: 'Menuiserie Lacoste',
            kind: 'COMPANY',
            nafCode: '16.23Z',
            zoneId,
            latitude: 44.404,
            longitude: 1.451,
          },
        },
      )
    ).data?.registerOrganization.id;
  });

  afterAll(async () => {
    await system?.stop();
    await receiver.stop();
  });

  describe('registration', () => {
    it('answers the signing secret once, and never again', async () => {
      const response = await gql(REGISTER, {
        input: {
          url: `${receiver.url}/registration`,
          eventTypes: ['synergy.status_changed', 'synergy.detected', 'synergy.status_changed'],
          description: '  Tableau de bord  ',
        },
      });
      expect(response.errors).toBeUndefined();
      const { secret, subscription } = response.data?.registerWebhook ?? {};
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(subscription).toMatchObject({
        partnerId: null,
        url: `${receiver.url}/registration`,
        eventTypes: ['synergy.status_changed', 'synergy.detected'],
        description: 'Tableau de bord',
        enabled: true,
        consecutiveFailedDeliveries: 0,
      });
      const again = await gql(`query ($id: ID!) { webhookSubscription(id: $id) { secret } }`, {
        id: subscription.id,
      });
      expect(again.errors?.[0]?.message).toMatch(/Cannot query field "secret"/);
    });

    it.each([
      ['url', { url: 'ftp://partner.example/events' }, /url: must be an absolute http\(s\) URL/],
      ['url', { url: 'partner.example/events' }, /url: must be an absolute http\(s\) URL/],
      ['url', { url: 'https://user:pw@partner.example/' }, /url: must not carry credentials/],
      ['eventTypes', { eventTypes: [] }, /eventTypes: must name at least one event type/],
      [
        'eventTypes',
        { eventTypes: ['synergy.detected', 'synergy.invented'] },
        /eventTypes: must be event types among organization.registered/,
      ],
      ['partnerId', { partnerId: 'SYDED LOT' }, /partnerId: must be 2 to 63 lowercase/],
    ])('refuses a bad %s, naming it, and registers nothing', async (field, bad, message) => {
      const before = (await gql(COUNT)).data?.webhookSubscriptions.totalCount;
      const response = await gql(REGISTER, {
        input: { url: `${receiver.url}/bad`, eventTypes: ['synergy.detected'], ...bad },
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(fieldOf(response)).toBe(field);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect((await gql(COUNT)).data?.webhookSubscriptions.totalCount).toBe(before);
    });
  });

  describe('a recorded declaration', () => {
    let admin: { id: string; secret: string };
    let partner: { id: string; secret: string };

    beforeAll(async () => {
      admin = await register({
        url: `${receiver.url}/admin`,
        eventTypes: ['declaration.recorded'],
      });
      partner = await register(
        { url: `${receiver.url}/syded`, eventTypes: ['declaration.recorded'] },
        syded,
      );
    });

    it('is delivered to each subscription, signed as documented', async () => {
      const declarationId = await recordDeclaration('Cartons Lacoste');
      const subscription = await settled(admin.id, 'declaration.recorded');
      const [delivery] = subscription.deliveries.nodes;
      expect(delivery).toMatchObject({
        eventType: 'declaration.recorded',
        status: 'DELIVERED',
        attempt: 1,
        responseCode: 200,
        error: null,
        attempts: [{ attempt: 1, succeeded: true, responseCode: 200, error: null }],
      });
      expect(delivery.durationMs).toBeGreaterThanOrEqual(0);

      const [request] = receiver.at('/admin');
      expect(request.headers).toMatchObject({
        'content-type': 'application/json',
        'symbiose-event': 'declaration.recorded',
        'symbiose-delivery': delivery.id,
      });
      expect(request.body).toMatchObject({
        id: delivery.eventId,
        type: 'declaration.recorded',
        data: {
          declarationId,
          organizationId: firmId,
          label: 'Cartons Lacoste',
          zoneId,
          categoryCode: 'WASTE_CARDBOARD',
          annualQuantity: 13,
        },
      });
      expect(Date.parse(request.body.occurredAt)).not.toBeNaN();

      const signature = request.headers['symbiose-signature'] as string;
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verify(admin.secret, signature, request.rawBody)).toBe(true);
      expect(verify(partner.secret, signature, request.rawBody)).toBe(false);
      expect(verify(admin.secret, signature, request.rawBody.replace('13', '14'))).toBe(false);
      // A request replayed more than five minutes later is refused.
      expect(verify(admin.secret, signature, request.rawBody, Date.now() / 1000 + 301)).toBe(false);
    });

    it('reaches a partner without the identity of a firm that did not agree, then with it once it does', async () => {
      await settled(partner.id, 'declaration.recorded');
      const [hidden] = receiver.at('/syded');
      expect(
        verify(partner.secret, hidden.headers['symbiose-signature'] as string, hidden.rawBody),
      ).toBe(true);
      expect(hidden.body.data).toMatchObject({
        organizationId: null,
        interviewId: null,
        label: null,
        latitude: null,
        longitude: null,
        zoneId,
        categoryCode: 'WASTE_CARDBOARD',
        annualQuantity: 13,
      });
      expect(hidden.rawBody).not.toContain(firmId);
      expect(hidden.rawBody).not.toContain('Lacoste');

      const shared = await gql(
        `mutation ($organizationId: ID!, $partnerId: String!) {
          shareWithPartner(organizationId: $organizationId, partnerId: $partnerId) { id }
        }`,
        { organizationId: firmId, partnerId: 'syded-lot' },
      );
      expect(shared.errors).toBeUndefined();
      await recordDeclaration('Palettes Lacoste');
      await settled(partner.id, 'declaration.recorded', 2);
      const named = receiver.at('/syded').find((request) => request.body.data.label !== null);
      expect(named?.body.data).toMatchObject({
        organizationId: firmId,
        label: 'Palettes Lacoste',
      });
    });
  });

  describe('an import', () => {
    it("delivers each organization it registers or updates as its own event, as a mutation's", async () => {
      const types = ['organization.registered', 'organization.updated'];
      const admin = await register({ url: `${receiver.url}/import-admin`, eventTypes: types });
      const region = await testToken('PARTNER', {
        partnerId: 'region-occitanie',
        subject: 'partner:region-occitanie',
      });
      await register({ url: `${receiver.url}/import-region`, eventTypes: types }, region);
      const twice = completeSiret('7200000000020');
      const file = sireneExtract([
        { siret: completeSiret('7200000000010'), denominationUniteLegale: 'SCIERIE DU LOT' },
        { siret: twice, denominationUniteLegale: 'TONNELLERIE DU CAUSSE' },
        {
          siret: twice,
          denominationUniteLegale: 'TONNELLERIE DU CAUSSE',
          trancheEffectifsEtablissement: '03',
        },
      ]);
      const answer = await request(system.gatewayUrl)
        .post(`/imports/organizations?zoneId=${zoneId}`)
        .set(bearer(await testToken('ADMIN')))
        .set('content-type', 'text/csv')
        .send(file);
      expect(answer.status).toBe(202);

      await settled(admin.id, 'organization.updated');
      await settled(admin.id, 'organization.registered', 2);
      const bodies = receiver
        .at('/import-admin')
        .map((received) => received.body)
        // By time, then name: the two registrations have the batch's time.
        .sort(
          (a, b) =>
            Date.parse(a.occurredAt) - Date.parse(b.occurredAt) ||
            a.data.name.localeCompare(b.data.name),
        );
      expect(bodies.map((body) => [body.type, body.data.name, body.data.headcount])).toEqual([
        ['organization.registered', 'SCIERIE DU LOT', null],
        ['organization.registered', 'TONNELLERIE DU CAUSSE', null],
        ['organization.updated', 'TONNELLERIE DU CAUSSE', 8],
      ]);
      expect(new Set(bodies.map((body) => body.id)).size).toBe(3);
      // The partner was told of the changes, without the firms' identity.
      const hidden = await waitFor(
        async () => receiver.at('/import-region'),
        (received) => received.length === 3,
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      expect(hidden.map((received) => received.body.data)).toEqual(
        Array(3).fill(expect.objectContaining({ organizationId: null, siret: null, name: null })),
      );
    });
  });

  describe('retries and disabling', () => {
    it('retries a receiver that fails twice, and delivers on the third attempt', async () => {
      const { id } = await register({
        url: `${receiver.url}/flaky`,
        eventTypes: ['synergy.detected'],
      });
      receiver.answers.set('/flaky', [500, 502, 200]);
      const sent = await gql(SEND_TEST, { id });
      expect(sent.data?.sendTestEvent).toMatchObject({
        eventType: 'webhook.test',
        status: 'PENDING',
      });

      const subscription = await settled(id, 'webhook.test');
      expect(subscription.deliveries.nodes[0]).toMatchObject({
        id: sent.data?.sendTestEvent.id,
        status: 'DELIVERED',
        attempt: 3,
        responseCode: 200,
        attempts: [
          { attempt: 1, succeeded: false, responseCode: 500, error: 'HTTP 500' },
          { attempt: 2, succeeded: false, responseCode: 502, error: 'HTTP 502' },
          { attempt: 3, succeeded: true, responseCode: 200, error: null },
        ],
      });
      const requests = receiver.at('/flaky');
      expect(requests).toHaveLength(3);
      // The same delivery each time, signed anew.
      expect(new Set(requests.map((request) => request.headers['symbiose-delivery'])).size).toBe(1);
      expect(requests.map((request) => request.body.type)).toEqual(Array(3).fill('webhook.test'));
      expect(subscription).toMatchObject({ enabled: true, consecutiveFailedDeliveries: 0 });
    });

    it('disables a subscription whose receiver keeps failing, until enableWebhook', async () => {
      const { id, secret } = await register({
        url: `${receiver.url}/down`,
        eventTypes: ['declaration.recorded'],
      });
      receiver.answers.set('/down', [503]);
      for (let failed = 1; failed <= DISABLE_AFTER; failed += 1) {
        expect((await gql(SEND_TEST, { id })).errors).toBeUndefined();
        const subscription = await settled(id, 'webhook.test', failed);
        expect(subscription.deliveries.nodes[0]).toMatchObject({
          status: 'FAILED',
          attempt: MAX_ATTEMPTS,
          responseCode: 503,
          error: 'HTTP 503',
        });
        expect(subscription.deliveries.nodes[0].attempts).toHaveLength(MAX_ATTEMPTS);
        // The subscription's row and its deliveries are read by two statements, so a request
        // can see the failed delivery and the run before it; the next request sees both.
        const counted = (await gql(SUBSCRIPTION, { id })).data?.webhookSubscription;
        expect(counted.consecutiveFailedDeliveries).toBe(failed);
        expect(counted.enabled).toBe(failed < DISABLE_AFTER);
      }
      const disabled = (await gql(SUBSCRIPTION, { id })).data?.webhookSubscription;
      expect(disabled.disabledReason).toBe(
        `${DISABLE_AFTER} deliveries in a row failed every attempt (last: HTTP 503)`,
      );
      expect(receiver.at('/down')).toHaveLength(DISABLE_AFTER * MAX_ATTEMPTS);

      // An event while it is disabled is not recorded for it (the admin's endpoint shows it came).
      await recordDeclaration('Chutes de bois');
      await waitFor(
        async () => receiver.at('/admin').map((request) => request.body.data.label),
        (labels) => labels.includes('Chutes de bois'),
        { timeoutMs: 30_000 },
      );
      expect(
        (await gql(SUBSCRIPTION, { id })).data?.webhookSubscription.deliveries.totalCount,
      ).toBe(DISABLE_AFTER);

      const refused = await gql(SEND_TEST, { id });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toMatch(/subscriptionId: the subscription is disabled/);

      const enabled = await gql(ENABLE, { id });
      expect(enabled.data?.enableWebhook).toEqual({
        enabled: true,
        consecutiveFailedDeliveries: 0,
        disabledReason: null,
      });
      receiver.answers.set('/down', [200]);
      expect((await gql(SEND_TEST, { id })).errors).toBeUndefined();
      const resumed = await waitFor(
        () => gql(SUBSCRIPTION, { id }),
        (answer) => answer.data?.webhookSubscription.deliveries.nodes[0]?.status === 'DELIVERED',
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      expect(resumed.data?.webhookSubscription.deliveries.totalCount).toBe(DISABLE_AFTER + 1);
      const last = receiver.at('/down').at(-1) as Received;
      expect(verify(secret, last.headers['symbiose-signature'] as string, last.rawBody)).toBe(true);
      expect(last.body.data).toEqual({ subscriptionId: id, message: 'A test event from Symbiose' });
    });
  });

  describe('partners', () => {
    let sydedOwn: { id: string; secret: string };

    beforeAll(async () => {
      sydedOwn = await register(
        { url: `${receiver.url}/syded-own`, eventTypes: ['synergy.status_changed'] },
        syded,
      );
    });

    it('register for themselves only', async () => {
      const own = await gql(
        `query ($id: ID!) { webhookSubscription(id: $id) { partnerId } }`,
        {
          id: sydedOwn.id,
        },
        syded,
      );
      expect(own.data?.webhookSubscription.partnerId).toBe('syded-lot');
      const forAnother = await gql(
        REGISTER,
        {
          input: {
            url: `${receiver.url}/x`,
            eventTypes: ['synergy.detected'],
            partnerId: 'cci-lot',
          },
        },
        syded,
      );
      expect(codeOf(forAnother)).toBe('NOT_FOUND');
      const facilitator = await testToken('FACILITATOR', { territoryIds: [territoryId] });
      const byFacilitator = await gql(
        REGISTER,
        { input: { url: `${receiver.url}/x`, eventTypes: ['synergy.detected'] } },
        facilitator,
      );
      expect(codeOf(byFacilitator)).toBe('FORBIDDEN');
    });

    it("neither see nor change another partner's subscriptions", async () => {
      const listed = await gql(
        `{ webhookSubscriptions(first: 100) { totalCount nodes { id partnerId } } }`,
        {},
        cci,
      );
      expect(listed.data?.webhookSubscriptions).toEqual({ totalCount: 0, nodes: [] });
      const named = await gql(
        `query ($partnerId: String) { webhookSubscriptions(partnerId: $partnerId) { totalCount } }`,
        { partnerId: 'syded-lot' },
        cci,
      );
      expect(codeOf(named)).toBe('NOT_FOUND');
      for (const operation of [
        `query ($id: ID!) { webhookSubscription(id: $id) { id } }`,
        `mutation ($id: ID!) { enableWebhook(id: $id) { id } }`,
        `mutation ($id: ID!) { disableWebhook(id: $id) { id } }`,
        `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
        `mutation ($id: ID!) { deleteWebhook(id: $id) { id } }`,
        SEND_TEST,
      ]) {
        const response = await gql(operation, { id: sydedOwn.id }, cci);
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(response.data?.[Object.keys(response.data ?? {})[0]] ?? null).toBeNull();
      }
      const mine = await gql(`{ webhookSubscriptions { nodes { id partnerId } } }`, {}, syded);
      expect(
        mine.data?.webhookSubscriptions.nodes.map((node: { partnerId: string }) => node.partnerId),
      ).toEqual(['syded-lot', 'syded-lot']);
      expect((await gql(SUBSCRIPTION, { id: sydedOwn.id })).data?.webhookSubscription.enabled).toBe(
        true,
      );
    });

    it('rotate their secret: deliveries are signed with the new one', async () => {
      const rotated = await gql(
        `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id } } }`,
        { id: sydedOwn.id },
        syded,
      );
      const secret = rotated.data?.rotateWebhookSecret.secret;
      expect(secret).toMatch(/^whsec_/);
      expect(secret).not.toBe(sydedOwn.secret);
      expect((await gql(SEND_TEST, { id: sydedOwn.id }, syded)).errors).toBeUndefined();
      await settled(sydedOwn.id, 'webhook.test');
      const [request] = receiver.at('/syded-own');
      const signature = request.headers['symbiose-signature'] as string;
      expect(verify(secret, signature, request.rawBody)).toBe(true);
      expect(verify(sydedOwn.secret, signature, request.rawBody)).toBe(false);
    });

    it('disable and delete their own', async () => {
      const disabled = await gql(
        `mutation ($id: ID!) { disableWebhook(id: $id) { enabled disabledReason } }`,
        { id: sydedOwn.id },
        syded,
      );
      expect(disabled.data?.disableWebhook).toEqual({
        enabled: false,
        disabledReason: 'disabled by partner:syded-lot',
      });
      const deleted = await gql(
        `mutation ($id: ID!) { deleteWebhook(id: $id) { id } }`,
        { id: sydedOwn.id },
        syded,
      );
      expect(deleted.data?.deleteWebhook.id).toBe(sydedOwn.id);
      const gone = await gql(`query ($id: ID!) { webhookSubscription(id: $id) { id } }`, {
        id: sydedOwn.id,
      });
      expect(gone.data?.webhookSubscription).toBeNull();
    });
  });
  describe('synergies', () => {
    let admin: { id: string; secret: string };
    let partner: { id: string; secret: string };
    let garrigueId: string;
    const SYNERGY_EVENTS = ['synergy.detected', 'synergy.status_changed'];

    /** The first request of an event type at a path, once it came. */
    async function first(route: string, type: string): Promise<Received> {
      const requests = await waitFor(
        async () => receiver.at(route).filter((request) => request.body.type === type),
        (found) => found.length > 0,
        { timeoutMs: 60_000, intervalMs: 200 },
      );
      expect(requests.length).toBeGreaterThan(0);
      return requests[0];
    }

    beforeAll(async () => {
      admin = await register({ url: `${receiver.url}/synergies`, eventTypes: SYNERGY_EVENTS });
      partner = await register(
        { url: `${receiver.url}/cci-synergies`, eventTypes: SYNERGY_EVENTS },
        cci,
      );
      // Garrigue, 4 km north of Lacoste, needs packaging: Lacoste's cardboard meets it.
      garrigueId = (
        await gql(
          `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
          {
            input: {
              siret: completeSiret('7200000000002'),
              name: 'Garage Garrigue',
              kind: 'COMPANY',
              nafCode: '45.20A',
              zoneId,
              latitude: 44.44,
              longitude: 1.451,
            },
          },
        )
      ).data?.registerOrganization.id;
      const need = await waitFor(
        () =>
          gql(RECORD, {
            input: {
              organizationId: garrigueId,
              kind: 'NEED',
              theme: 'MATERIALS_WASTE',
              categoryCode: 'MATERIAL_PACKAGING',
              label: 'Calage',
              quantity: 1,
              unit: 't',
              frequency: 'MONTHLY',
            },
          }),
        (response) => response.errors === undefined,
      );
      expect(need.errors).toBeUndefined();
    });

    it('delivers the detected ones, with their participants named to an admin and not to a partner', async () => {
      const full = await first('/synergies', 'synergy.detected');
      expect(verify(admin.secret, full.headers['symbiose-signature'] as string, full.rawBody)).toBe(
        true,
      );
      const [synergy] = full.body.data.synergies;
      expect(synergy).toMatchObject({ kind: 'B2B', categoryCode: 'MATERIAL_PACKAGING' });
      expect(
        synergy.participants.map((p: { organizationId: string }) => p.organizationId).sort(),
      ).toEqual([firmId, garrigueId].sort());

      const redacted = await first('/cci-synergies', 'synergy.detected');
      expect(
        verify(partner.secret, redacted.headers['symbiose-signature'] as string, redacted.rawBody),
      ).toBe(true);
      expect(redacted.body.id).toBe(full.body.id);
      expect(redacted.body.data.synergies[0]).toMatchObject({
        synergyId: synergy.synergyId,
        kind: 'B2B',
        participants: [
          { organizationId: null, role: expect.any(String) },
          { organizationId: null, role: expect.any(String) },
        ],
      });
      expect(redacted.rawBody).not.toContain(firmId);
      expect(redacted.rawBody).not.toContain(garrigueId);
    });

    it('delivers a status change, without the people’s words to a partner', async () => {
      const { synergyId } = (await first('/synergies', 'synergy.detected')).body.data.synergies[0];
      const changed = await gql(
        `mutation ($input: ChangeSynergyStatusInput!) { changeSynergyStatus(input: $input) { status } }`,
        {
          input: {
            id: synergyId,
            to: 'QUALIFIED',
            note: 'Lacoste et Garrigue sont d’accord',
            changedBy: 'Marie Delpech',
          },
        },
      );
      expect(changed.errors).toBeUndefined();
      const full = await first('/synergies', 'synergy.status_changed');
      expect(full.body.data).toMatchObject({
        synergyId,
        from: 'DETECTED',
        status: 'QUALIFIED',
        note: 'Lacoste et Garrigue sont d’accord',
        changedBy: 'Marie Delpech',
      });
      const redacted = await first('/cci-synergies', 'synergy.status_changed');
      expect(redacted.body.data).toMatchObject({
        synergyId,
        status: 'QUALIFIED',
        note: null,
        changedBy: null,
      });
      expect(redacted.rawBody).not.toMatch(/Lacoste|Garrigue|Marie/);
    });
  });
});
