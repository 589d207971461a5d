import { createHmac } from 'node:crypto';

/**
 * The `Symbiose-Signature` header of a body sent at a time: `t=<unix seconds>,v1=<hex
 * HMAC-SHA256(secret, "<t>.<body>")>`. Signing the time with the body lets receivers refuse a
 * replayed request (docs/webhooks.md has their side).
 */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}
