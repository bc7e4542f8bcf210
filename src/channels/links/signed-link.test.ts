import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveKeys } from '../secret-box.js';
import { signLink, verifyLink } from './signed-link.js';

const key = deriveKeys('a-test-master-secret-of-enough-length').links;
const claims = {
  tenantId: 'ten_1',
  contactId: 'ct_1',
  purpose: 'order-status',
  expiresAt: new Date(Date.now() + 60_000).toISOString().replace(/\.\d+Z$/, '.000Z'),
};

test('a signed link verifies and gives back its claims', () => {
  const check = verifyLink(key, signLink(key, claims));
  assert.deepEqual(check, { isValid: true, claims });
});

test('a tampered, foreign-key or expired link is refused', () => {
  const token = signLink(key, claims);
  const [body, sig] = token.split('.') as [string, string];
  const forged = Buffer.from(
    Buffer.from(body, 'base64url').toString().replace('ct_1', 'ct_2'),
  ).toString('base64url');
  assert.deepEqual(verifyLink(key, `${forged}.${sig}`), {
    isValid: false,
    reason: 'bad_signature',
  });
  const other = deriveKeys('another-master-secret-of-enough-length').links;
  assert.equal(verifyLink(other, token).isValid, false);
  assert.deepEqual(verifyLink(key, token, Date.now() + 120_000), {
    isValid: false,
    reason: 'expired',
  });
  assert.deepEqual(verifyLink(key, 'garbage'), { isValid: false, reason: 'malformed' });
});

test('a signature written another way that decodes to the same bytes is refused', () => {
  const token = signLink(key, claims);
  const [body, sig] = token.split('.') as [string, string];
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // 32 bytes take 43 characters: the last one's two low bits are unused.
  const last = alphabet.indexOf(sig.at(-1) as string);
  const variant = `${sig.slice(0, -1)}${alphabet[last ^ 1]}`;
  assert.deepEqual(Buffer.from(variant, 'base64url'), Buffer.from(sig, 'base64url'));
  assert.deepEqual(verifyLink(key, `${body}.${variant}`), {
    isValid: false,
    reason: 'bad_signature',
  });
});
