import { WebhookSecretCipher } from './webhook-secret-cipher';

const KEY = 'a-webhook-key-of-this-test-and-no-other-one';

describe('WebhookSecretCipher', () => {
  const cipher = new WebhookSecretCipher(KEY);

  it('decrypts what it encrypted, and never stores the secret in clear', () => {
    const stored = cipher.encrypt('whsec_abc');
    expect(stored).not.toContain('whsec_abc');
    expect(stored).toMatch(/^v1\./);
    expect(cipher.decrypt(stored)).toBe('whsec_abc');
  });

  it('encrypts the same secret differently each time', () => {
    expect(cipher.encrypt('whsec_abc')).not.toBe(cipher.encrypt('whsec_abc'));
  });

  it('refuses a value encrypted with another key, or tampered with', () => {
    const stored = cipher.encrypt('whsec_abc');
    expect(() => new WebhookSecretCipher(`${KEY}-2`).decrypt(stored)).toThrow();
    const parts = stored.split('.');
    const tampered = Buffer.from(parts[3], 'base64url');
    tampered[0] ^= 1;
    parts[3] = tampered.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
    expect(() => cipher.decrypt('whsec_abc')).toThrow(/not a v1 encrypted value/);
  });
});
