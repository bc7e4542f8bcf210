import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from '../../crypto/same-secret.js';

export type LinkClaims = {
  tenantId: string;
  contactId: string;
  purpose: string;
  /** ISO 8601 UTC. */
  expiresAt: string;
};

type Payload = { v: 1; t: string; c: string; p: string; e: number; n: string };

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest();

/** A personalised link token: the claims in base64url JSON, a dot, their HMAC-SHA256. */
export function signLink(key: Buffer, claims: LinkClaims): string {
  const payload: Payload = {
    v: 1,
    t: claims.tenantId,
    c: claims.contactId,
    p: claims.purpose,
    e: Math.floor(Date.parse(claims.expiresAt) / 1000),
    n: randomBytes(6).toString('base64url'),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(key, body).toString('base64url')}`;
}

export type LinkCheck =
  | { isValid: true; claims: LinkClaims }
  | { isValid: false; reason: 'malformed' | 'bad_signature' | 'expired' };

/** Checks the signature (in constant time) before reading anything, then the expiry. */
export function verifyLink(key: Buffer, token: string, now = Date.now()): LinkCheck {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { isValid: false, reason: 'malformed' };
  // The signature's text is compared, not its decoded bytes: base64url's last character carries
  // unused bits, so several texts decode to one signature and a changed token would still pass.
  if (!sameSecret(signature, sign(key, body).toString('base64url'))) {
    return { isValid: false, reason: 'bad_signature' };
  }
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    return { isValid: false, reason: 'malformed' };
  }
  if (payload.v !== 1 || typeof payload.e !== 'number')
    return { isValid: false, reason: 'malformed' };
  if (payload.e * 1000 <= now) return { isValid: false, reason: 'expired' };
  return {
    isValid: true,
    claims: {
      tenantId: payload.t,
      contactId: payload.c,
      purpose: payload.p,
      expiresAt: new Date(payload.e * 1000).toISOString(),
    },
  };
}
