import { IncomingMessage } from 'node:http';
import { RequestAuthenticator } from '@symbiose/platform';
import { TEST_TOKEN_SETTINGS, testToken } from '@symbiose/testing';
import { TokenVerifier } from '@symbiose/tokens';
import { clientIdentityOf } from './client-identity';

const authenticator = new RequestAuthenticator(new TokenVerifier(TEST_TOKEN_SETTINGS));
const request = (ip: string, authorization?: string) =>
  ({ headers: authorization ? { authorization } : {}, ip }) as IncomingMessage & { ip: string };
const identityOf = (ip: string, authorization?: string) =>
  clientIdentityOf(request(ip, authorization), authenticator);

describe('clientIdentityOf', () => {
  it('names a client by the verified subject of its token, whatever the token and the IP', async () => {
    const first = await testToken('PARTNER', { subject: 'partner:syded', partnerId: 'syded' });
    const second = await testToken('PARTNER', { subject: 'partner:syded', partnerId: 'syded' }, 60);
    expect(await identityOf('10.0.0.1', `Bearer ${first}`)).toBe('subject:partner:syded');
    expect(await identityOf('10.0.0.2', `Bearer ${second}`)).toBe('subject:partner:syded');
  });

  it('tells two subjects behind one IP apart', async () => {
    const alice = await testToken('ADMIN', { subject: 'alice' });
    const bob = await testToken('ADMIN', { subject: 'bob' });
    expect(await identityOf('10.0.0.1', `Bearer ${alice}`)).not.toBe(
      await identityOf('10.0.0.1', `Bearer ${bob}`),
    );
  });

  it('falls back on the IP without a valid token, an IPv6 client by its /56', async () => {
    expect(await identityOf('10.0.0.1')).toBe('ip:10.0.0.1');
    expect(await identityOf('10.0.0.1', 'Bearer made.up.token')).toBe('ip:10.0.0.1');
    expect(await identityOf('10.0.0.1', 'Basic dXNlcjpwYXNz')).toBe('ip:10.0.0.1');
    expect(await identityOf('2001:db8:1:2:3::1')).toBe(await identityOf('2001:db8:1:ff:9::2'));
  });
});
