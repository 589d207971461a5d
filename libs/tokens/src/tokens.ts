import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { claimsOf, Principal, principalClaims, principalOf } from './principal';

/** A request whose token is missing or not acceptable; the message says which. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/** What signs and checks tokens; a service reads it from its environment (AUTH_*). */
export interface TokenSettings {
  AUTH_TOKEN_SECRET: string;
  /** The identity provider's key set, for its RS256 tokens. */
  AUTH_JWKS_URL?: string;
  AUTH_ISSUER: string;
  AUTH_AUDIENCE: string;
}

export interface IssueTokenOptions {
  /** How long the token lives, in seconds. */
  lifetimeSeconds: number;
}

/** Signs a token of Symbiose's own (HS256) for a principal. */
export async function issueToken(
  principal: Principal,
  settings: TokenSettings,
  { lifetimeSeconds }: IssueTokenOptions,
): Promise<string> {
  const { sub, ...claims } = claimsOf(principal);
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(settings.AUTH_ISSUER)
    .setAudience(settings.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(new TextEncoder().encode(settings.AUTH_TOKEN_SECRET));
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `token claim ${error.claim} not accepted: ${error.reason}`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature invalid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token algorithm not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'token signed by an unknown key';
  if (error instanceof errors.JOSEError) return `token not accepted (${error.code})`;
  throw error;
}

/**
 * Checks a bearer token and reads its principal: Symbiose's own tokens
 * (HS256, the shared secret) and, when a key set is configured, the identity
 * provider's (RS256). Issuer, audience and expiry are always checked.
 */
export class TokenVerifier {
  private readonly secret: Uint8Array;
  private readonly keySet?: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: TokenSettings) {
    this.secret = new TextEncoder().encode(settings.AUTH_TOKEN_SECRET);
    if (settings.AUTH_JWKS_URL) this.keySet = createRemoteJWKSet(new URL(settings.AUTH_JWKS_URL));
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(
        token,
        async (header) => {
          if (header.alg === 'RS256' && this.keySet) return this.keySet(header);
          if (header.alg === 'HS256') return this.secret;
          throw new errors.JOSEAlgNotAllowed(`alg ${header.alg}`);
        },
        {
          issuer: this.settings.AUTH_ISSUER,
          audience: this.settings.AUTH_AUDIENCE,
          requiredClaims: ['exp', 'sub'],
        },
      ));
    } catch (error) {
      throw new AuthenticationError(reasonOf(error));
    }
    const claims = principalClaims.safeParse(payload);
    if (!claims.success) {
      const issue = claims.error.issues[0];
      throw new AuthenticationError(
        `token claim ${issue?.path.join('.') || '?'} not accepted: ${issue?.message}`,
      );
    }
    return principalOf(claims.data);
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of an Authorization header, or why there is none. */
export function bearerTokenOf(authorization: string | string[] | undefined): string {
  if (!authorization) throw new AuthenticationError('missing bearer token');
  const token = BEARER.exec(Array.isArray(authorization) ? authorization[0] : authorization)?.[1];
  if (!token) throw new AuthenticationError('Authorization header is not "Bearer <token>"');
  return token;
}
