import { Agent, createServer, IncomingHttpHeaders, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ConnectionDrain } from './connection-drain';

/** A server whose answers wait until the test lets them go, with its drain. */
async function heldServer(): Promise<{ url: string; server: Server; release: () => void }> {
  let held: (() => void)[] = [];
  const server = createServer((_request, response) => {
    held.push(() => response.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    release: () => {
      for (const answer of held) answer();
      held = [];
    },
  };
}

function get(url: string, agent: Agent): Promise<IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.headers));
    })
      .on('error', reject)
      .end();
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('ConnectionDrain', () => {
  const agent = new Agent({ keepAlive: true });
  let subject: Awaited<ReturnType<typeof heldServer>>;
  let requests = 0;

  beforeEach(async () => {
    subject = await heldServer();
    requests = 0;
    subject.server.on('request', () => (requests += 1));
  });

  afterEach(async () => {
    subject.release();
    agent.destroy();
    subject.server.closeAllConnections();
    await new Promise((resolve) => subject.server.close(resolve));
  });

  it('keeps connections alive until the drain begins', async () => {
    new ConnectionDrain(subject.server);
    const answer = get(subject.url, agent);
    await until(() => requests === 1);
    subject.release();
    expect((await answer).connection).toBe('keep-alive');
  });

  it('asks the client to close on the answer in flight and on every later one', async () => {
    const drain = new ConnectionDrain(subject.server);
    const inFlight = get(subject.url, agent);
    await until(() => requests === 1);
    const settled = drain.settle(5_000);
    subject.release();
    expect((await inFlight).connection).toBe('close');

    const later = get(subject.url, agent);
    await until(() => requests === 2);
    subject.release();
    expect((await later).connection).toBe('close');
    // Both connections closed with their answers, so the drain ends well before its grace.
    const startedAt = Date.now();
    await settled;
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('ends after its grace while a client keeps a connection open', async () => {
    const drain = new ConnectionDrain(subject.server);
    const answer = get(subject.url, agent);
    await until(() => requests === 1);
    const startedAt = Date.now();
    await drain.settle(200);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(200);
    subject.release();
    expect((await answer).connection).toBe('close');
  });
});
