import { BaseConfig, loadConfig } from '@symbiose/platform';
import { issueToken } from '@symbiose/tokens';

const LIFETIME_SECONDS = 3600;

/**
 * The loader's ADMIN token, signed with the secret the services read from the
 * same environment (AUTH_TOKEN_SECRET …): the loader runs beside them.
 */
export function demoLoaderToken(): Promise<string> {
  return issueToken(
    { subject: 'tool:demo-data', roles: ['ADMIN'], territoryIds: [] },
    loadConfig(BaseConfig),
    { lifetimeSeconds: LIFETIME_SECONDS },
  );
}
