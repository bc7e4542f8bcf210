import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a given secret (token, signature) equals the expected one, in time that does not
 * depend on where they differ. Only their lengths, which are not secret, end it early.
 */
export function sameSecret(given: string | Buffer, expected: string | Buffer): boolean {
  const a = typeof given === 'string' ? Buffer.from(given) : given;
  const b = typeof expected === 'string' ? Buffer.from(expected) : expected;
  return a.length === b.length && timingSafeEqual(a, b);
}
