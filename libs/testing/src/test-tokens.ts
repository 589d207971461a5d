import {
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
  DEVELOPMENT_TOKEN_SECRET,
  issueToken,
  Principal,
  Role,
  TokenSettings,
} from '@symbiose/tokens';

/** The token settings the services under test run with (their development defaults). */
export const TEST_TOKEN_SETTINGS = {
  AUTH_TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET,
  AUTH_ISSUER: DEFAULT_TOKEN_ISSUER,
  AUTH_AUDIENCE: DEFAULT_TOKEN_AUDIENCE,
};

/** A valid token for a principal: `testToken('FACILITATOR', { territoryIds: [id] })`. */
export function testToken(
  role: Role,
  principal: Partial<Principal> = {},
  lifetimeSeconds = 3600,
  settings: TokenSettings = TEST_TOKEN_SETTINGS,
): Promise<string> {
  return issueToken(
    { subject: `test:${role.toLowerCase()}`, roles: [role], territoryIds: [], ...principal },
    settings,
    { lifetimeSeconds },
  );
}

/** The Authorization header of a token. */
export const bearer = (token: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
});

/** Headers that send no Authorization at all, where a client would otherwise send the ADMIN's. */
export const WITHOUT_TOKEN: Record<string, string> = { authorization: '' };
