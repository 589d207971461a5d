import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import {
  AuthenticationError,
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
  DEVELOPMENT_TOKEN_SECRET,
  issueToken,
  TokenVerifier,
} from '../src';

const ORGANIZATION = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

/** An identity provider's key set, served over HTTP as a JWKS URL. */
async function identityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sign = (kid: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ roles: ['COMPANY_MEMBER'], organizationId: ORGANIZATION, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('idp:alice')
      .setIssuer(DEFAULT_TOKEN_ISSUER)
      .setAudience(DEFAULT_TOKEN_AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    sign,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('TokenVerifier', () => {
  const settings = {
    AUTH_TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET,
    AUTH_ISSUER: DEFAULT_TOKEN_ISSUER,
    AUTH_AUDIENCE: DEFAULT_TOKEN_AUDIENCE,
  };
  let idp: Awaited<ReturnType<typeof identityProvider>>;

  beforeAll(async () => {
    idp = await identityProvider();
  });

  afterAll(async () => {
    await idp.close();
  });

  it("accepts the identity provider's RS256 tokens from its key set, and Symbiose's own", async () => {
    const verifier = new TokenVerifier({ ...settings, AUTH_JWKS_URL: idp.url });
    await expect(verifier.verify(await idp.sign('idp-key-1'))).resolves.toEqual({
      subject: 'idp:alice',
      roles: ['COMPANY_MEMBER'],
      organizationId: ORGANIZATION,
      partnerId: undefined,
      territoryIds: [],
    });
    const own = await issueToken(
      { subject: 'dev:admin', roles: ['ADMIN'], territoryIds: [] },
      settings,
      { lifetimeSeconds: 60 },
    );
    await expect(verifier.verify(own)).resolves.toMatchObject({ subject: 'dev:admin' });
  });

  it('refuses a token signed by a key the set does not hold', async () => {
    const verifier = new TokenVerifier({ ...settings, AUTH_JWKS_URL: idp.url });
    await expect(verifier.verify(await idp.sign('another-key'))).rejects.toThrow(
      new AuthenticationError('token signed by an unknown key'),
    );
  });

  it('refuses RS256 tokens when no key set is configured', async () => {
    const verifier = new TokenVerifier(settings);
    await expect(verifier.verify(await idp.sign('idp-key-1'))).rejects.toThrow(
      'token algorithm not accepted',
    );
  });

  it('refuses a token with claims Symbiose cannot read, naming the claim', async () => {
    const verifier = new TokenVerifier({ ...settings, AUTH_JWKS_URL: idp.url });
    await expect(
      verifier.verify(await idp.sign('idp-key-1', { organizationId: 'not-a-uuid' })),
    ).rejects.toThrow(/token claim organizationId not accepted/);
  });
});
