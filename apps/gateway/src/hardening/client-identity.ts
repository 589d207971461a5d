import { ipKeyGenerator } from 'express-rate-limit';
import { IncomingMessage } from 'node:http';
import { RequestAuthenticator } from '@symbiose/platform';

/**
 * Who is asking, as far as rate limits go. Many clients share one IP (behind a proxy or a
 * company's NAT), so a request with a valid token counts for its verified subject, however many
 * tokens that subject holds; only a request without one (a picture by its signed URL, or one the
 * gateway refuses) falls back on its IP (its /56 for IPv6, which one host usually holds whole).
 */
export async function clientIdentityOf(
  request: IncomingMessage & { ip?: string },
  authenticator: RequestAuthenticator,
): Promise<string> {
  try {
    return `subject:${(await authenticator.authenticate(request)).subject}`;
  } catch {
    return `ip:${ipKeyGenerator(request.ip ?? 'unknown')}`;
  }
}
