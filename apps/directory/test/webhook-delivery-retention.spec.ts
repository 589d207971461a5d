import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';
import { WebhookDeliveryRetention } from '../src/partners/webhook/webhook-delivery-retention';

jest.setTimeout(60_000);

describe('webhook delivery retention (WEBHOOK_DELIVERY_RETENTION_DAYS=30)', () => {
  let service: TestService;

  beforeAll(async () => {
    process.env.WEBHOOK_DELIVERY_RETENTION_DAYS = '30';
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'retention');
  });

  afterAll(async () => {
    delete process.env.WEBHOOK_DELIVERY_RETENTION_DAYS;
    await service?.stop();
  });

  /** A delivery already queued, settled `settledDaysAgo` days ago (null: still pending). */
  async function delivery(
    subscriptionId: string,
    status: string,
    settledDaysAgo: number | null,
  ): Promise<string> {
    const [{ id }] = await service.dataSource.query(
      `INSERT INTO webhook_delivery (subscription_id, event_id, event_type, occurred_at, data,
         status, attempt, created_at, queued_at, completed_at)
       VALUES ($1, $2, 'organization.registered', now() - interval '90 days', '{}', $3, 1,
         now() - interval '90 days', now() - interval '90 days',
         now() - make_interval(days => $4::int))
       RETURNING id`,
      [subscriptionId, randomUUID(), status, settledDaysAgo],
    );
    await service.dataSource.query(
      `INSERT INTO webhook_delivery_attempt (delivery_id, attempt, succeeded, response_code,
         duration_ms, error)
       VALUES ($1, 1, $2, 200, 12, NULL)`,
      [id, status === 'DELIVERED'],
    );
    return id;
  }

  it('deletes the deliveries settled before the retention, with their attempts, and keeps the rest', async () => {
    const registered = await service.gql(
      `mutation ($input: RegisterWebhookInput!) {
         registerWebhook(input: $input) { subscription { id } } }`,
      { input: { url: 'http://127.0.0.1:9/hook', eventTypes: ['organization.registered'] } },
    );
    expect(registered.errors).toBeUndefined();
    const subscriptionId = registered.data?.registerWebhook.subscription.id;
    const old = [
      await delivery(subscriptionId, 'DELIVERED', 31),
      await delivery(subscriptionId, 'FAILED', 45),
      await delivery(subscriptionId, 'SKIPPED', 60),
    ];
    const kept = [
      await delivery(subscriptionId, 'DELIVERED', 29),
      await delivery(subscriptionId, 'PENDING', null),
    ];

    expect(await service.app.get(WebhookDeliveryRetention).sweep()).toBe(old.length);

    const left = await service.gql(
      `query ($id: ID!) { webhookSubscription(id: $id) {
         deliveries(first: 10) { totalCount nodes { id } } } }`,
      { id: subscriptionId },
    );
    const { deliveries } = left.data?.webhookSubscription ?? {};
    expect(deliveries.totalCount).toBe(kept.length);
    expect(deliveries.nodes.map((node: { id: string }) => node.id).sort()).toEqual(
      [...kept].sort(),
    );
    const [{ attempts }] = await service.dataSource.query(
      `SELECT count(*)::int AS attempts FROM webhook_delivery_attempt WHERE delivery_id = ANY($1)`,
      [old],
    );
    expect(attempts).toBe(0);
    expect(await service.app.get(WebhookDeliveryRetention).sweep()).toBe(0);
  });
});
