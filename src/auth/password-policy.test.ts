import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPassword } from './password-policy.js';

test('a long, uncommon password passes', () => {
  assert.equal(checkPassword('paper-lantern-harbour-7'), null);
  assert.equal(checkPassword('つなぎのパスワード十文字'), null);
});

test('short passwords are refused, counting characters rather than UTF-16 units', () => {
  assert.equal(checkPassword('abc12345'), 'too_short');
  assert.equal(checkPassword('😀😀😀😀😀😀😀😀😀'), 'too_short');
});

test('breached passwords are refused, also with a digit appended or in capitals', () => {
  assert.equal(checkPassword('1234567890'), 'too_common');
  assert.equal(checkPassword('Password123'), 'too_common');
  assert.equal(checkPassword('baseball2024'), 'too_common');
  assert.equal(checkPassword('QWERTYUIOP'), 'too_common');
});

test('a password built from the email address is refused', () => {
  assert.equal(checkPassword('hanako.sato-2025', 'hanako.sato@example.jp'), 'contains_email');
});
