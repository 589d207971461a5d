import { createHash } from 'node:crypto';
import { ipKeyGenerator } from 'express-rate-limit';

export interface ClientRequest {
  headers: { authorization?: string | string[] | undefined };
  ip?: string;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who is asking, as far as rate limits go. Many clients share one IP (behind a proxy, a
 * company's NAT, or the gateway itself for the subgraphs), so a bearer token counts for its
 * holder (its SHA-256 is kept, never the token), and only a request without one falls back on
 * its IP (its /56 for IPv6, which one host usually holds whole).
 *
 * Until the gateway verifies tokens, a client can mint identities by sending new tokens; once
 * it does, this becomes the token's verified subject.
 */
export function clientIdentityOf(request: ClientRequest): string {
  const header = request.headers.authorization;
  const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
  if (token) return `token:${createHash('sha256').update(token).digest('hex')}`;
  return `ip:${ipKeyGenerator(request.ip ?? 'unknown')}`;
}
