import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestService, TestService } from '@symbiose/service-testing';
import { waitFor } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { DirectoryConfig } from '../src/directory.config';
import { DIRECTORY_DATABASE } from '../src/directory.database';

jest.setTimeout(60_000);

const REGISTER = `mutation ($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) { subscription { id } }
}`;
const ATTEMPTS = `query ($id: ID!) {
  webhookSubscription(id: $id) {
    deliveries(first: 1) { nodes { attempts { attempt succeeded responseCode error } } }
  }
}`;

describe('webhooks to this host or a private network, refused (WEBHOOK_PRIVATE_TARGETS=refuse)', () => {
  let service: TestService;
  let receiver: Server;
  let receiverUrl: string;
  let requestsReceived = 0;

  beforeAll(async () => {
    process.env.WEBHOOK_PRIVATE_TARGETS = 'refuse';
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'private-targets');
    receiver = createServer((request, response) => {
      requestsReceived += 1;
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });

  afterAll(async () => {
    delete process.env.WEBHOOK_PRIVATE_TARGETS;
    await new Promise((resolve) => receiver?.close(resolve));
    await service?.stop();
  });

  const register = (url: string) =>
    service.gql(REGISTER, { input: { url, eventTypes: ['organization.registered'] } });

  it.each([
    ['an address of this host', () => receiverUrl, /127\.0\.0\.1 is not a public address/],
    ['a name of this host', () => 'http://localhost:9/hook', /localhost resolves to /],
    ['a cloud metadata service', () => 'http://169.254.169.254/', /not a public address/],
  ])('refuses to register %s, naming the url', async (_, url, reason) => {
    const response = await register(url());
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'url',
    });
    expect(response.errors?.[0].message).toMatch(reason);
    const [{ count }] = await service.dataSource.query(
      `SELECT count(*)::int AS count FROM webhook_subscription`,
    );
    expect(count).toBe(0);
  });

  it('refuses to deliver to a URL that has come to lead to a private address', async () => {
    // As when the name a subscription was registered with resolves elsewhere now.
    const config = service.app.get(DirectoryConfig);
    config.WEBHOOK_PRIVATE_TARGETS = 'allow';
    const registered = await register(receiverUrl);
    config.WEBHOOK_PRIVATE_TARGETS = 'refuse';
    expect(registered.errors).toBeUndefined();
    const id = registered.data?.registerWebhook.subscription.id;

    const sent = await service.gql(
      `mutation ($id: ID!) { sendTestEvent(subscriptionId: $id) { id } }`,
      { id },
    );
    expect(sent.errors).toBeUndefined();
    const attempts = await waitFor(
      async () =>
        (await service.gql(ATTEMPTS, { id })).data?.webhookSubscription.deliveries.nodes[0]
          ?.attempts,
      (found) => found?.length > 0,
      { timeoutMs: 20_000 },
    );
    expect(attempts[0]).toEqual({
      attempt: 1,
      succeeded: false,
      responseCode: null,
      error: 'refused: 127.0.0.1 is not a public address',
    });
    expect(requestsReceived).toBe(0);
  });
});
