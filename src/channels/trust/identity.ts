import { createHmac } from 'node:crypto';
import { sameSecret } from '../../crypto/same-secret.js';

/**
 * What the tenant's own server computes for a logged-in customer, as Intercom's `user_hash`
 * and Chatwoot's `identifier_hash`: HMAC-SHA256 of the value with the tenant's identity
 * secret, in hex. Emails are signed lower-cased.
 */
export const signIdentity = (secret: string, value: string): string =>
  createHmac('sha256', secret).update(value, 'utf8').digest('hex');

/** Compares in constant time; anything but a 64-digit hex signature of `value` is refused. */
export function isIdentitySignatureValid(
  secret: string,
  value: string,
  signature: string | undefined,
): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(signIdentity(secret, value), 'hex');
  return sameSecret(Buffer.from(signature, 'hex'), expected);
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
