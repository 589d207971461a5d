import { Request, Response } from 'express';
import { REQUEST_ID_HEADER } from '@symbiose/platform';

const UPSTREAM_TIMEOUT_MS = 10_000;

/**
 * Relays a request (a GET, or a POST of JSON) to a subgraph and its answer (a chart, say) to the client, status and content type as
 * they are: clients reach only the gateway. The request id and the client's token go along, as
 * for GraphQL: the subgraph checks the token itself.
 */
export async function relayFromSubgraph(
  url: URL,
  request: Request,
  response: Response,
): Promise<void> {
  const { authorization } = request.headers;
  const withBody = request.method === 'POST';
  const upstream = await fetch(url, {
    method: request.method,
    headers: {
      [REQUEST_ID_HEADER]: String(request.id),
      ...(authorization ? { authorization } : {}),
      ...(withBody ? { 'content-type': 'application/json' } : {}),
    },
    body: withBody ? JSON.stringify(request.body ?? {}) : undefined,
    signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
  });
  response
    .status(upstream.status)
    .type(upstream.headers.get('content-type') ?? 'text/plain')
    .send(Buffer.from(await upstream.arrayBuffer()));
}
