import { createHash } from 'node:crypto';
import { clientIdentityOf } from './client-identity';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('clientIdentityOf', () => {
  it('names a client with a bearer token by the hash of its token, whatever its IP', () => {
    const fromOneHost = clientIdentityOf({
      headers: { authorization: 'Bearer abc.def' },
      ip: '10.0.0.1',
    });
    const fromAnother = clientIdentityOf({
      headers: { authorization: 'bearer abc.def' },
      ip: '10.0.0.2',
    });
    expect(fromOneHost).toBe(`token:${sha256('abc.def')}`);
    expect(fromAnother).toBe(fromOneHost);
    expect(fromOneHost).not.toContain('abc.def');
  });

  it('tells two tokens behind one IP apart', () => {
    const first = clientIdentityOf({ headers: { authorization: 'Bearer one' }, ip: '10.0.0.1' });
    const second = clientIdentityOf({ headers: { authorization: 'Bearer two' }, ip: '10.0.0.1' });
    expect(first).not.toBe(second);
  });

  it('falls back on the IP without a bearer token, an IPv6 client by its /56', () => {
    expect(clientIdentityOf({ headers: {}, ip: '10.0.0.1' })).toBe('ip:10.0.0.1');
    expect(
      clientIdentityOf({ headers: { authorization: 'Basic dXNlcjpwYXNz' }, ip: '10.0.0.1' }),
    ).toBe('ip:10.0.0.1');
    expect(clientIdentityOf({ headers: {}, ip: '2001:db8:1:2:3::1' })).toBe(
      clientIdentityOf({ headers: {}, ip: '2001:db8:1:ff:9::2' }),
    );
  });
});
