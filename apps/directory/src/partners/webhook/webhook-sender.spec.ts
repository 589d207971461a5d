import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { sendWebhook } from './webhook-sender';
import { signatureHeader } from './webhook-signature';

const EVENT = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'webhook.test' as const,
  occurredAt: '2026-11-28T14:00:00.000Z',
  data: { message: 'bonjour' },
};

describe('sendWebhook', () => {
  let server: Server;
  let base: string;
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (request.url === '/slow') return void setTimeout(() => response.end(), 1000);
        if (request.url === '/moved') {
          response.writeHead(302, { location: '/ok' });
          return void response.end();
        }
        response.writeHead(request.url === '/ok' ? 204 : 500);
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const send = (path: string, timeoutMs = 2000) =>
    sendWebhook({
      url: `${base}${path}`,
      secret: 'whsec_test',
      deliveryId: 'd-1',
      event: EVENT,
      timeoutMs,
      refusePrivateTargets: false,
    });

  it('POSTs the event signed over its timestamp and body, and counts a 2xx as delivered', async () => {
    seen.length = 0;
    const outcome = await send('/ok');
    expect(outcome).toMatchObject({ succeeded: true, responseCode: 204, error: null });
    const [{ headers, body }] = seen;
    expect(JSON.parse(body)).toEqual(EVENT);
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'symbiose-event': 'webhook.test',
      'symbiose-delivery': 'd-1',
    });
    const timestamp = Number(/^t=(\d+),/.exec(headers['symbiose-signature'] as string)?.[1]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(5);
    expect(headers['symbiose-signature']).toBe(signatureHeader('whsec_test', timestamp, body));
  });

  it('fails on any other answer, a redirect included, without following it', async () => {
    seen.length = 0;
    expect(await send('/broken')).toMatchObject({
      succeeded: false,
      responseCode: 500,
      error: 'HTTP 500',
    });
    expect(await send('/moved')).toMatchObject({ succeeded: false, responseCode: 302 });
    expect(seen).toHaveLength(2);
  });

  it('says why no answer came: a timeout, a refused connection', async () => {
    const slow = await send('/slow', 200);
    expect(slow).toMatchObject({
      succeeded: false,
      responseCode: null,
      error: 'no answer within 200 ms',
    });
    expect(slow.durationMs).toBeGreaterThanOrEqual(150);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await sendWebhook({
      url: `http://127.0.0.1:${port}/`,
      secret: 'whsec_test',
      deliveryId: 'd-2',
      event: EVENT,
      timeoutMs: 2000,
      refusePrivateTargets: false,
    });
    expect(refused).toMatchObject({ succeeded: false, responseCode: null, error: 'ECONNREFUSED' });
  });

  it('refuses, when asked to, this host by address or by name, on the address it would connect to', async () => {
    seen.length = 0;
    const refusing = (url: string) =>
      sendWebhook({
        url,
        secret: 'whsec_test',
        deliveryId: 'd-3',
        event: EVENT,
        timeoutMs: 2000,
        refusePrivateTargets: true,
      });
    expect(await refusing(`${base}/ok`)).toMatchObject({
      succeeded: false,
      responseCode: null,
      error: 'refused: 127.0.0.1 is not a public address',
    });
    const byName = await refusing(`${base.replace('127.0.0.1', 'localhost')}/ok`);
    expect(byName).toMatchObject({ succeeded: false, responseCode: null });
    expect(byName.error).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), not a public address$/,
    );
    expect(seen).toHaveLength(0);
  });
});
