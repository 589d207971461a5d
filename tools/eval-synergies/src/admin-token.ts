import { BaseConfig, loadConfig } from '@symbiose/platform';
import { issueToken } from '@symbiose/tokens';

const LIFETIME_SECONDS = 4 * 3600;

/**
 * An ADMIN token signed with the AUTH_TOKEN_SECRET of this environment, as `npm run token`
 * makes one: the evaluator runs beside the services it measures.
 */
export function adminToken(): Promise<string> {
  return issueToken(
    { subject: 'tool:eval-synergies', roles: ['ADMIN'], territoryIds: [] },
    loadConfig(BaseConfig),
    { lifetimeSeconds: LIFETIME_SECONDS },
  );
}
