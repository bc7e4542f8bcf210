import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameSecret } from './same-secret.js';

test('equal secrets match; a different, shorter or longer one does not', () => {
  assert.equal(sameSecret('s3cret-token', 's3cret-token'), true);
  assert.equal(sameSecret(Buffer.from([1, 2, 3]), Buffer.from([1, 2, 3])), true);
  assert.equal(sameSecret('s3cret-tokem', 's3cret-token'), false);
  assert.equal(sameSecret('s3cret', 's3cret-token'), false);
  assert.equal(sameSecret('s3cret-token-and-more', 's3cret-token'), false);
  assert.equal(sameSecret('', 's3cret-token'), false);
  // Multi-byte text is compared as its bytes.
  assert.equal(sameSecret('秘密', '秘密'), true);
  assert.equal(sameSecret('秘密', '秘蜜'), false);
});
