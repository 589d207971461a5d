import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Request, Response } from 'express';
import {
  AuthenticationError,
  issueToken,
  PICTURE_SIGNATURE_PARAMETER,
  PictureGrant,
  PictureSignatureMismatch,
  verifyPictureSignature,
} from '@symbiose/tokens';
import { GatewayConfig } from '../gateway.config';
import { relayFromSubgraph } from './subgraph-relay';

/** The life of the token that carries a signed picture's principal to the subgraph drawing it. */
const RELAY_TOKEN_LIFETIME_SECONDS = 60;

async function grantOf(
  signature: unknown,
  resource: string,
  config: GatewayConfig,
): Promise<PictureGrant> {
  if (typeof signature !== 'string') {
    throw new UnauthorizedException(`${PICTURE_SIGNATURE_PARAMETER}: must be given once`);
  }
  try {
    return await verifyPictureSignature(signature, resource, config);
  } catch (error) {
    if (error instanceof PictureSignatureMismatch) throw new ForbiddenException(error.message);
    if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
    throw error;
  }
}

/**
 * Relays a chart from the subgraph that draws it. With a bearer token, as any route. With the
 * signature of the picture's URL instead (for `<img src>`, which sends no header), once the
 * signature is checked against this very picture: the subgraph then gets a short token of the
 * principal it was issued to and checks its access rule as for a bearer, and browsers may keep
 * the picture privately until the signature expires.
 *
 * `resource` is the picture as `pictureResource` names it, which is also its path at the subgraph.
 */
export async function relayPicture(
  resource: string,
  subgraphBaseUrl: string,
  request: Request,
  response: Response,
  config: GatewayConfig,
): Promise<void> {
  const upstream = new URL(resource, subgraphBaseUrl);
  const signature = request.query[PICTURE_SIGNATURE_PARAMETER];
  if (signature === undefined) return relayFromSubgraph(upstream, request, response);
  const { principal, expiresAt } = await grantOf(signature, resource, config);
  const token = await issueToken(principal, config, {
    lifetimeSeconds: RELAY_TOKEN_LIFETIME_SECONDS,
  });
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  await relayFromSubgraph(upstream, request, response, {
    authorization: `Bearer ${token}`,
    cacheControl: `private, max-age=${maxAge}`,
  });
}
