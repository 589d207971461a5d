import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { WebhookEvent } from './webhook-fan-out';
import { PrivateTargetError, privateAddressOf, publicAddressLookup } from './webhook-target-guard';
import { signatureHeader } from './webhook-signature';

/** What one POST to an endpoint came to. */
export interface AttemptOutcome {
  succeeded: boolean;
  /** The receiver's HTTP status; null when none came. */
  responseCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface WebhookRequest {
  url: string;
  secret: string;
  deliveryId: string;
  event: WebhookEvent;
  timeoutMs: number;
  /** Refuse this host and private networks (see webhook-target-guard). */
  refusePrivateTargets: boolean;
}

/**
 * POSTs an event, signed, and reports how it went: a 2xx answer is a success, anything else
 * (a redirect included: it is not followed) a failure. The answer's body is not read.
 */
export async function sendWebhook({
  url,
  secret,
  deliveryId,
  event,
  timeoutMs,
  refusePrivateTargets,
}: WebhookRequest): Promise<AttemptOutcome> {
  const body = JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    data: event.data,
  });
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const privateAddress = refusePrivateTargets ? privateAddressOf(url) : null;
  if (privateAddress) {
    return {
      succeeded: false,
      responseCode: null,
      durationMs: 0,
      error: `refused: ${privateAddress}`,
    };
  }
  try {
    const status = await post(
      url,
      body,
      {
        'content-type': 'application/json',
        'user-agent': 'Symbiose-Webhooks/1',
        'Symbiose-Event': event.type,
        'Symbiose-Delivery': deliveryId,
        'Symbiose-Signature': signatureHeader(secret, Math.floor(Date.now() / 1000), body),
      },
      timeoutMs,
      refusePrivateTargets ? publicAddressLookup : undefined,
    );
    const succeeded = status >= 200 && status < 300;
    return {
      succeeded,
      responseCode: status,
      durationMs: elapsed(),
      error: succeeded ? null : `HTTP ${status}`,
    };
  } catch (error) {
    return {
      succeeded: false,
      responseCode: null,
      durationMs: elapsed(),
      error: describeFailure(error, timeoutMs),
    };
  }
}

/** POSTs the body and resolves with the answer's status, as soon as it comes. */
function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  lookup: LookupFunction | undefined,
): Promise<number> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        signal: AbortSignal.timeout(timeoutMs),
        lookup,
      },
      (response) => {
        response.destroy();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Why no answer came, in words an operator can act on: `ECONNREFUSED`, a timeout … */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof PrivateTargetError) return `refused: ${error.message}`;
  const { name, code, cause, message } = error as {
    name?: string;
    code?: unknown;
    cause?: { name?: string };
    message?: string;
  };
  if (name === 'AbortError' && cause?.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  if (typeof code === 'string') return code;
  return message ?? String(error);
}
