import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphqlClient, GraphQLRequestError } from './graphql-client';

/** A gateway that refuses the first `refusals` requests as over its rate limit. */
function rateLimitedGateway(
  refusals: number,
  retryAfter: string,
): Promise<{ server: Server; url: string; hits: () => number }> {
  let count = 0;
  const server = createServer((request, response) => {
    count += 1;
    request.resume();
    response.setHeader('content-type', 'application/json');
    if (count <= refusals) {
      response.statusCode = 429;
      response.setHeader('retry-after', retryAfter);
      response.end(
        JSON.stringify({
          errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }],
        }),
      );
      return;
    }
    response.end(JSON.stringify({ data: { ok: true } }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        hits: () => count,
      }),
    ),
  );
}

describe('graphqlClient', () => {
  it('waits as long as a 429 asks, then sends the operation again', async () => {
    const gateway = await rateLimitedGateway(2, '1');
    try {
      const started = Date.now();
      const data = await graphqlClient(gateway.url, 'a-token')('Ok', '{ ok }');
      expect(data).toEqual({ ok: true });
      expect(gateway.hits()).toBe(3);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    } finally {
      gateway.server.close();
    }
  });

  it("gives up after a few refusals, with the gateway's reason", async () => {
    const gateway = await rateLimitedGateway(100, '0');
    try {
      const failure = graphqlClient(gateway.url, 'a-token')('Ok', '{ ok }');
      await expect(failure).rejects.toBeInstanceOf(GraphQLRequestError);
      await expect(failure).rejects.toThrow('Ok failed: Too many requests');
      expect(gateway.hits()).toBe(6);
    } finally {
      gateway.server.close();
    }
  });
});
