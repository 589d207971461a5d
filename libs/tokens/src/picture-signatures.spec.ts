import {
  pictureResource,
  PictureSignatureMismatch,
  signedPictureUrl,
  signPicture,
  verifyPictureSignature,
} from './picture-signatures';
import { Principal } from './principal';
import { AuthenticationError, issueToken, TokenVerifier } from './tokens';

const SETTINGS = {
  AUTH_TOKEN_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  AUTH_ISSUER: 'symbiose',
  AUTH_AUDIENCE: 'symbiose-api',
};
const FACILITATOR: Principal = {
  subject: 'facilitator:anne',
  roles: ['FACILITATOR'],
  territoryIds: ['5b7f0c1e-8a3d-4c2b-9e1f-0a2b3c4d5e6f'],
};
const MATRIX = '/workshops/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9/prioritisation.svg';
const OTHER_MATRIX = '/workshops/1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d/prioritisation.svg';

describe('picture signatures', () => {
  it('open the picture they name, for the principal they were issued to', async () => {
    const signature = await signPicture(MATRIX, FACILITATOR, SETTINGS, { lifetimeSeconds: 300 });
    const grant = await verifyPictureSignature(signature, MATRIX, SETTINGS);
    expect(grant.principal).toEqual(FACILITATOR);
    expect(grant.expiresAt.getTime() - Date.now()).toBeGreaterThan(290_000);
    expect(grant.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(300_000);
  });

  it('open no other picture, nor the same one with other parameters', async () => {
    const signature = await signPicture(MATRIX, FACILITATOR, SETTINGS, { lifetimeSeconds: 300 });
    await expect(verifyPictureSignature(signature, OTHER_MATRIX, SETTINGS)).rejects.toThrow(
      PictureSignatureMismatch,
    );
    await expect(
      verifyPictureSignature(signature, pictureResource(MATRIX, { gridVersion: '2' }), SETTINGS),
    ).rejects.toThrow('picture signature is for another picture');
  });

  it('are refused once expired', async () => {
    const signature = await signPicture(MATRIX, FACILITATOR, SETTINGS, { lifetimeSeconds: -1 });
    await expect(verifyPictureSignature(signature, MATRIX, SETTINGS)).rejects.toThrow(
      'picture signature expired',
    );
  });

  it('are refused when altered or signed with another secret', async () => {
    const signature = await signPicture(MATRIX, FACILITATOR, SETTINGS, { lifetimeSeconds: 300 });
    const [header, payload] = signature.split('.');
    const forged = await signPicture(
      MATRIX,
      FACILITATOR,
      { ...SETTINGS, AUTH_TOKEN_SECRET: 'another-secret-of-at-least-thirty-two-chars' },
      { lifetimeSeconds: 300 },
    );
    const tampered = `${header}.${payload}.${forged.split('.')[2]}`;
    await expect(verifyPictureSignature(tampered, MATRIX, SETTINGS)).rejects.toThrow(
      'picture signature invalid',
    );
    await expect(verifyPictureSignature(forged, MATRIX, SETTINGS)).rejects.toThrow(
      AuthenticationError,
    );
  });

  it('are no bearer tokens, and a bearer token is no picture signature', async () => {
    const signature = await signPicture(MATRIX, FACILITATOR, SETTINGS, { lifetimeSeconds: 300 });
    await expect(new TokenVerifier(SETTINGS).verify(signature)).rejects.toThrow(
      'token claim aud not accepted',
    );
    const bearer = await issueToken(FACILITATOR, SETTINGS, { lifetimeSeconds: 300 });
    await expect(verifyPictureSignature(bearer, MATRIX, SETTINGS)).rejects.toThrow(
      AuthenticationError,
    );
  });

  it('go in the query of a URL on the public base URL, path prefix kept', async () => {
    const settings = { ...SETTINGS, PICTURE_URL_LIFETIME_SECONDS: 60 };
    const resource = pictureResource(MATRIX, { gridVersion: '2' });
    const url = new URL(
      await signedPictureUrl(resource, FACILITATOR, {
        ...settings,
        PUBLIC_URL: 'https://example.org/api/',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(`https://example.org/api${MATRIX}`);
    expect(url.searchParams.get('gridVersion')).toBe('2');
    const grant = await verifyPictureSignature(
      url.searchParams.get('signature')!,
      resource,
      SETTINGS,
    );
    expect(grant.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  });
});
