import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
/** GCM's recommended nonce length (NIST SP 800-38D). */
const IV_BYTES = 12;
const KEY_BYTES = 32;
const FORMAT = 'v1';

/**
 * Encrypts webhook signing secrets at rest. They cannot be kept as hashes like API keys: each
 * delivery is signed with the secret itself. The AES key is derived from WEBHOOK_SECRET_KEY;
 * GCM's tag makes a tampered or wrongly keyed value fail instead of decrypting to garbage.
 * Stored as `v1.<iv>.<tag>.<ciphertext>`, each base64url.
 */
export class WebhookSecretCipher {
  private readonly key: Buffer;

  constructor(secretKey: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', secretKey, '', 'symbiose webhook signing secrets', KEY_BYTES),
    );
  }

  encrypt(secret: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [format, iv, tag, ciphertext] = stored.split('.');
    if (format !== FORMAT || ciphertext === undefined) {
      throw new Error('webhook secret: not a v1 encrypted value');
    }
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}
