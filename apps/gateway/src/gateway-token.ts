import { BaseConfig } from '@symbiose/platform';
import { issueToken } from '@symbiose/tokens';

const LIFETIME_SECONDS = 300;
const RENEW_BEFORE_SECONDS = 60;

/**
 * The gateway's own token (role SERVICE), with which it reads the subgraphs'
 * schemas, and nothing else; renewed a minute before it expires.
 */
export function gatewayTokenSource(config: BaseConfig): () => Promise<string> {
  let current: { token: Promise<string>; renewAt: number } | undefined;
  return () => {
    const now = Date.now();
    if (!current || now >= current.renewAt) {
      current = {
        token: issueToken(
          { subject: 'service:gateway', roles: ['SERVICE'], territoryIds: [] },
          config,
          { lifetimeSeconds: LIFETIME_SECONDS },
        ),
        renewAt: now + (LIFETIME_SECONDS - RENEW_BEFORE_SECONDS) * 1000,
      };
    }
    return current.token;
  };
}
