import { WebhookEvent } from './webhook-fan-out';
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
}: WebhookRequest): Promise<AttemptOutcome> {
  const body = JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    data: event.data,
  });
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Symbiose-Webhooks/1',
        'Symbiose-Event': event.type,
        'Symbiose-Delivery': deliveryId,
        'Symbiose-Signature': signatureHeader(secret, Math.floor(Date.now() / 1000), body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const succeeded = response.status >= 200 && response.status < 300;
    return {
      succeeded,
      responseCode: response.status,
      durationMs: elapsed(),
      error: succeeded ? null : `HTTP ${response.status}`,
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

/** Why no answer came, in words an operator can act on: `ECONNREFUSED`, a timeout … */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
