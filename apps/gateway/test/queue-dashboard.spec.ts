import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import request from 'supertest';
import { eventQueueName, SYSTEM_QUEUES } from '@symbiose/contracts';
import { BullMqEventPublisher, RedisConnection } from '@symbiose/platform';
import {
  bearer,
  startTestSystem,
  TEST_REDIS_URL,
  TestSystem,
  testToken,
  waitFor,
  WITHOUT_TOKEN,
} from '@symbiose/testing';

/**
 * The queue dashboard (Bull Board) at the gateway, against the built services:
 * ADMIN only, by bearer token or by the cookie its sign-in sets, listing every
 * queue of the system, and replaying a failed job. Also the gateway's own
 * GraphQL error counter.
 */
jest.setTimeout(180_000);

const DASHBOARD = '/admin/queues';
const WORKSHOPS_EVENTS = eventQueueName('workshops');

describe('the queue dashboard', () => {
  let system: TestSystem;
  let admin: string;
  let facilitator: string;

  beforeAll(async () => {
    system = await startTestSystem('queue-dashboard');
    admin = await testToken('ADMIN');
    facilitator = await testToken('FACILITATOR', { territoryIds: [randomUUID()] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const dashboard = () => request(system.gatewayUrl);

  it('refuses a request without a token with 401, in JSON or as a sign-in page', async () => {
    const json = await dashboard().get(`${DASHBOARD}/api/queues`).set(WITHOUT_TOKEN);
    expect(json.status).toBe(401);
    expect(json.body).toEqual({ statusCode: 401, message: 'missing bearer token' });

    const page = await dashboard().get(DASHBOARD).set('accept', 'text/html');
    expect(page.status).toBe(401);
    expect(page.text).toContain(`<form method="post" action="${DASHBOARD}/session">`);
  });

  it('refuses an invalid token with 401 and anyone but ADMIN with 403', async () => {
    const forged = await dashboard()
      .get(`${DASHBOARD}/api/queues`)
      .set(bearer(`${admin.slice(0, -4)}AAAA`));
    expect(forged.status).toBe(401);

    const denied = await dashboard().get(`${DASHBOARD}/api/queues`).set(bearer(facilitator));
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('the queue dashboard is for ADMIN only');
    expect((await dashboard().get(DASHBOARD).set(bearer(facilitator))).status).toBe(403);
  });

  it('serves ADMIN the page and every queue of the system', async () => {
    const page = await dashboard().get(DASHBOARD).set(bearer(admin));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);

    const api = await dashboard().get(`${DASHBOARD}/api/queues`).set(bearer(admin));
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((queue) => queue.name);
    expect(names.sort()).toEqual([...SYSTEM_QUEUES].sort());
  });

  it("signs a browser in with a cookie scoped to the dashboard, for ADMIN's token only", async () => {
    const signIn = await dashboard()
      .post(`${DASHBOARD}/session`)
      .type('form')
      .send({ token: admin })
      .set(WITHOUT_TOKEN);
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe(`${DASHBOARD}/`);
    const [cookie] = signIn.headers['set-cookie'] as unknown as string[];
    expect(cookie).toMatch(/^symbiose_queue_admin=/);
    expect(cookie).toMatch(/; Path=\/admin\/queues/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);

    const withCookie = await dashboard()
      .get(`${DASHBOARD}/api/queues`)
      .set(WITHOUT_TOKEN)
      .set('cookie', cookie.split(';')[0]);
    expect(withCookie.status).toBe(200);

    const notAdmin = await dashboard()
      .post(`${DASHBOARD}/session`)
      .type('form')
      .send({ token: facilitator })
      .set(WITHOUT_TOKEN);
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.headers['set-cookie']).toBeUndefined();
    const bad = await dashboard()
      .post(`${DASHBOARD}/session`)
      .type('form')
      .send({ token: 'not-a-token' })
      .set(WITHOUT_TOKEN);
    expect(bad.status).toBe(401);
    expect(bad.headers['set-cookie']).toBeUndefined();
  });

  it('replays a failed job', async () => {
    const redis = new RedisConnection(TEST_REDIS_URL, system.queuePrefix);
    const publisher = new BullMqEventPublisher(redis);
    const queue = new Queue(WORKSHOPS_EVENTS, redis.producerOptions());
    try {
      // An event that breaks its contract fails for good at once.
      const id = randomUUID();
      await publisher.publish(WORKSHOPS_EVENTS, {
        id,
        type: 'scenario.selected',
        version: 1,
        occurredAt: new Date().toISOString(),
        source: 'test',
        payload: { broken: true },
      });
      const failed = await waitFor(
        () => queue.getJob(id),
        (job) => job?.finishedOn !== undefined,
      );
      expect(await failed?.getState()).toBe('failed');

      const retry = await dashboard()
        .put(`${DASHBOARD}/api/queues/${WORKSHOPS_EVENTS}/${id}/retry`)
        .set(bearer(admin));
      expect(retry.status).toBe(204);
      const replayed = await waitFor(
        () => queue.getJob(id),
        (job) =>
          (job?.processedOn ?? 0) > (failed?.finishedOn ?? 0) && job?.finishedOn !== undefined,
      );
      expect(replayed?.processedOn).toBeGreaterThan(failed?.finishedOn ?? 0);
      expect(await replayed?.getState()).toBe('failed');
    } finally {
      await queue.close();
      await publisher.close();
    }
  });

  it('counts the GraphQL errors its clients receive by code', async () => {
    const response = await system.gql(`query Misspelt { territoriez { id } }`);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const metrics = await request(system.gatewayUrl).get('/metrics');
    const [counted] = metrics.text
      .split('\n')
      .filter((line) => line.startsWith('graphql_errors_total{') && line.includes('"Misspelt"'));
    expect(counted).toMatch(/code="GRAPHQL_VALIDATION_FAILED"/);
    expect(counted).toMatch(/service="gateway"/);
    expect(counted).toMatch(/ 1$/);
  });
});
