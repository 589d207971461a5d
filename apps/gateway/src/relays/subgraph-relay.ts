import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Request, Response } from 'express';
import { REQUEST_ID_HEADER } from '@symbiose/platform';

/**
 * How long the subgraph may take to start answering once it has the whole request; a streamed
 * answer may then take longer, and so may a large upload, whose clock starts when it is all sent.
 */
const UPSTREAM_TIMEOUT_MS = 10_000;

/** The bodies Express's parsers have already read into `request.body`: none is left to stream. */
const PARSED_BODIES = ['application/json', 'application/x-www-form-urlencoded'];

/**
 * The request's body as the subgraph should receive it: a parsed one (JSON, a form) re-encoded as
 * JSON, anything else (CSV, say) streamed as it comes.
 */
function upstreamBody(request: Request): { contentType?: string; body?: RequestInit['body'] } {
  if (request.method !== 'POST' && request.method !== 'PUT') return {};
  const contentType = request.headers['content-type'];
  if (contentType === undefined || request.is(PARSED_BODIES)) {
    return { contentType: 'application/json', body: JSON.stringify(request.body ?? {}) };
  }
  return { contentType, body: Readable.toWeb(request) as ReadableStream };
}

export interface RelayOptions {
  /** The Authorization to send instead of the client's (a picture fetched by its signed URL). */
  authorization?: string;
  /** The Cache-Control of a successful answer. */
  cacheControl?: string;
}

/**
 * Relays a request to a subgraph and its answer to the client, status and content type as they are:
 * clients reach only the gateway. Bodies other than JSON (a CSV upload) and every answer (a chart,
 * an export) are streamed, never held whole. The request id and the client's token go along, as
 * for GraphQL: the subgraph checks the token itself.
 */
export async function relayFromSubgraph(
  url: URL,
  request: Request,
  response: Response,
  options: RelayOptions = {},
): Promise<void> {
  const authorization = options.authorization ?? request.headers.authorization;
  const { contentType, body } = upstreamBody(request);
  const connecting = new AbortController();
  let timeout: NodeJS.Timeout | undefined;
  const startClock = () => (timeout = setTimeout(() => connecting.abort(), UPSTREAM_TIMEOUT_MS));
  if (body instanceof ReadableStream && !request.readableEnded) request.once('end', startClock);
  else startClock();
  // A client that goes away stops the subgraph's work too.
  response.on('close', () => connecting.abort());
  try {
    const upstream = await fetch(url, {
      method: request.method,
      headers: {
        [REQUEST_ID_HEADER]: String(request.id),
        ...(authorization ? { authorization } : {}),
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      body,
      // Node's fetch requires this for a streamed request body.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      signal: connecting.signal,
    } as RequestInit);
    clearTimeout(timeout);
    request.off('end', startClock);
    response.status(upstream.status);
    for (const header of ['content-type', 'content-disposition', 'location']) {
      const value = upstream.headers.get(header);
      if (value !== null) response.setHeader(header, value);
    }
    if (options.cacheControl && upstream.ok)
      response.setHeader('cache-control', options.cacheControl);
    if (!upstream.body) {
      response.end();
      return;
    }
    await pipeline(Readable.fromWeb(upstream.body as WebReadableStream), response);
  } finally {
    clearTimeout(timeout);
    request.off('end', startClock);
  }
}
