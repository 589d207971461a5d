import { errors, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { claimsOf, Principal, principalClaims, principalOf } from './principal';
import { AuthenticationError, TokenSettings } from './tokens';

/** The query parameter of a picture's URL that carries its signature. */
export const PICTURE_SIGNATURE_PARAMETER = 'signature';

/** The JWT `typ` of a picture signature, which no bearer token has. */
const PICTURE_TOKEN_TYPE = 'picture+jwt';

/** The claim naming the one picture (path and query, the signature aside) a signature opens. */
const PICTURE_CLAIM = 'pic';

/**
 * The audience of picture signatures: not the API's, so that a signature copied into an
 * Authorization header opens no route and no GraphQL field.
 */
const pictureAudience = (settings: TokenSettings) => `${settings.AUTH_AUDIENCE}/picture`;

/** A signature that names another picture than the one asked for: valid, but not here. */
export class PictureSignatureMismatch extends AuthenticationError {
  override name = 'PictureSignatureMismatch';
}

/** What a valid picture signature grants: whom it was issued to, and until when. */
export interface PictureGrant {
  principal: Principal;
  expiresAt: Date;
}

/**
 * The picture a URL names, as a signature binds it: its path, then its query parameters in the
 * order given (`/territories/…/assessment.svg?gridVersion=2`). Both the issuer and the checker
 * build it with this function, so that the same picture gives the same string.
 */
export function pictureResource(path: string, parameters: Record<string, string> = {}): string {
  const query = new URLSearchParams(parameters).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Signs, for a principal the picture's access rule has let through, a token opening that one
 * picture for `lifetimeSeconds`: it carries the principal's claims, so the service that draws
 * the picture checks the same rule again when it is fetched.
 */
export async function signPicture(
  resource: string,
  principal: Principal,
  settings: TokenSettings,
  { lifetimeSeconds }: { lifetimeSeconds: number },
): Promise<string> {
  const { sub, ...claims } = claimsOf(principal);
  return new SignJWT({ ...claims, [PICTURE_CLAIM]: resource } as JWTPayload)
    .setProtectedHeader({ alg: 'HS256', typ: PICTURE_TOKEN_TYPE })
    .setSubject(sub)
    .setIssuer(settings.AUTH_ISSUER)
    .setAudience(pictureAudience(settings))
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(new TextEncoder().encode(settings.AUTH_TOKEN_SECRET));
}

/** Where picture URLs point and how long they open their picture. */
export interface PictureUrlSettings extends TokenSettings {
  /** The API's public base URL, which may have a path of its own: `https://example.org/api`. */
  PUBLIC_URL: string;
  PICTURE_URL_LIFETIME_SECONDS: number;
}

/**
 * The URL a page puts in `<img src>` to show a picture the principal may see: the picture on the
 * API's public base URL, its signature in the query.
 */
export async function signedPictureUrl(
  resource: string,
  principal: Principal,
  settings: PictureUrlSettings,
): Promise<string> {
  const signature = await signPicture(resource, principal, settings, {
    lifetimeSeconds: settings.PICTURE_URL_LIFETIME_SECONDS,
  });
  const url = new URL(settings.PUBLIC_URL.replace(/\/+$/, '') + resource);
  url.searchParams.set(PICTURE_SIGNATURE_PARAMETER, signature);
  return url.toString();
}

function pictureRefusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'picture signature expired: ask for a new URL';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `picture signature not accepted: claim ${error.claim} ${error.reason}`;
  }
  if (error instanceof errors.JOSEError) return 'picture signature invalid';
  throw error;
}

/**
 * Checks a picture's signature against the picture asked for. Rejects with an
 * AuthenticationError when it is expired, altered or not a picture signature, and with a
 * PictureSignatureMismatch when it opens another picture.
 */
export async function verifyPictureSignature(
  signature: string,
  resource: string,
  settings: TokenSettings,
): Promise<PictureGrant> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(
      signature,
      new TextEncoder().encode(settings.AUTH_TOKEN_SECRET),
      {
        algorithms: ['HS256'],
        typ: PICTURE_TOKEN_TYPE,
        issuer: settings.AUTH_ISSUER,
        audience: pictureAudience(settings),
        requiredClaims: ['exp', 'sub', PICTURE_CLAIM],
      },
    ));
  } catch (error) {
    throw new AuthenticationError(pictureRefusal(error));
  }
  if (payload[PICTURE_CLAIM] !== resource) {
    throw new PictureSignatureMismatch('picture signature is for another picture');
  }
  const claims = principalClaims.safeParse(payload);
  if (!claims.success) throw new AuthenticationError('picture signature invalid');
  return { principal: principalOf(claims.data), expiresAt: new Date(payload.exp! * 1000) };
}
