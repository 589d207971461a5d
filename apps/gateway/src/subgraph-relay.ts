import { Request, Response } from 'express';
import { REQUEST_ID_HEADER } from '@symbiose/platform';

const UPSTREAM_TIMEOUT_MS = 10_000;

/**
 * Relays a subgraph's HTTP answer (a chart, say) to the client, status and content type as
 * they are: clients reach only the gateway. The request id and the client's token go along, as
 * for GraphQL: the subgraph checks the token itself.
 */
export async function relayFromSubgraph(
  url: URL,
  request: Request,
  response: Response,
): Promise<void> {
  const { authorization } = request.headers;
  const upstream = await fetch(url, {
    headers: {
      [REQUEST_ID_HEADER]: String(request.id),
      ...(authorization ? { authorization } : {}),
    },
    signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
  });
  response
    .status(upstream.status)
    .type(upstream.headers.get('content-type') ?? 'text/plain')
    .send(Buffer.from(await upstream.arrayBuffer()));
}
