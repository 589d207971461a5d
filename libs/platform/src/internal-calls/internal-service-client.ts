import { issueToken, TokenSettings } from '@symbiose/tokens';
import { ServiceUnavailableError } from '../errors/service-unavailable';

const TOKEN_LIFETIME_SECONDS = 300;
const TOKEN_RENEW_BEFORE_SECONDS = 60;

/** Another service answered something other than what its route promises: a bug, not an outage. */
export class InternalRouteError extends Error {
  override name = 'InternalRouteError';
}

export interface InternalServiceClientOptions {
  /** The service asked, as errors name it (`directory`). */
  service: string;
  /** Its base URL inside the deployment's network (never the gateway's). */
  baseUrl: string;
  timeoutMs: number;
  /** Who asks, as the SERVICE token names it (`service:directory-replica`). */
  subject: string;
  tokens: TokenSettings;
}

/**
 * Calls another service's internal routes as Symbiose's services ask each other: with a SERVICE
 * token of its own, renewed before it expires, and a timeout. A service that does not answer,
 * or answers 5xx, is a ServiceUnavailableError, so the call that needed it fails as retriable;
 * a 404 too, which is a service older than this one during an upgrade.
 */
export class InternalServiceClient {
  private token: { value: Promise<string>; renewAt: number } | undefined;

  constructor(private readonly options: InternalServiceClientOptions) {}

  async get<T>(route: string, params: Record<string, string> = {}): Promise<T> {
    const { service, baseUrl, timeoutMs } = this.options;
    const url = new URL(route, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${await this.serviceToken()}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ServiceUnavailableError(service, reasonOf(error));
    }
    if (response.status >= 500 || response.status === 404) {
      throw new ServiceUnavailableError(service, `it answered HTTP ${response.status}`);
    }
    if (!response.ok) {
      throw new InternalRouteError(
        `${service} refused ${url.pathname}: HTTP ${response.status} ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  }

  private serviceToken(): Promise<string> {
    const now = Date.now();
    if (!this.token || now >= this.token.renewAt) {
      this.token = {
        value: issueToken(
          { subject: this.options.subject, roles: ['SERVICE'], territoryIds: [] },
          this.options.tokens,
          { lifetimeSeconds: TOKEN_LIFETIME_SECONDS },
        ),
        renewAt: now + (TOKEN_LIFETIME_SECONDS - TOKEN_RENEW_BEFORE_SECONDS) * 1000,
      };
    }
    return this.token.value;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'no answer in time';
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return cause ? `unreachable: ${cause}` : 'unreachable';
}
