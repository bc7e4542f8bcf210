import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Keys derived from the installation's one secret, each for a single purpose (HKDF-SHA256). */
export type InstallationKeys = {
  /** AES-256-GCM key for channel secrets at rest. */
  secrets: Buffer;
  /** HMAC key for personalised links. */
  links: Buffer;
  /** AES-256-GCM key for staff account secrets at rest (TOTP seeds, SSO client secrets). */
  accounts: Buffer;
};

export function deriveKeys(master: string): InstallationKeys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', master, 'tsunagi', info, 32) as ArrayBuffer);
  return {
    secrets: derive('channel-secrets/v1'),
    links: derive('signed-links/v1'),
    accounts: derive('account-secrets/v1'),
  };
}

/** Whether a stored value is in the sealed format (older rows may still hold plain text). */
export const isSealed = (value: string): boolean => value.startsWith('v1.');

/** Encrypts with AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The context (the channel id) binds a ciphertext to its row: a copied value does not open.
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function open(key: Buffer, sealed: string, context: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined)
    throw new Error('Unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

export const hmacBase64Url = (key: Buffer | string, data: string | Buffer) =>
  createHmac('sha256', key).update(data).digest('base64url');
