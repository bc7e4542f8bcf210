import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { servedDocument } from '../scripts/api-document.js';

/**
 * Staff operations any signed-in staff member may call, each about the caller's own account.
 * Every other staff operation must name a permission (src/auth/policy.ts), so that a new route
 * is closed to roles not listed for it rather than open to the whole tenant.
 */
const openToAnyStaff: Record<string, string> = {
  'GET /api/v1/auth/me': 'the caller’s own profile',
  'POST /api/v1/auth/logout': 'ends the caller’s own token',
  'GET /api/v1/auth/tenants': 'the tenants the caller works in',
  'GET /api/v1/auth/totp': 'whether the caller’s own second factor is on',
  'POST /api/v1/auth/totp/setup': 'starts the caller’s own second factor',
  'POST /api/v1/auth/totp/enable': 'turns the caller’s own second factor on',
  'POST /api/v1/auth/totp/disable': 'turns the caller’s own second factor off, with a code',
  'POST /api/v1/auth/password': 'changes the caller’s own password, with the current one',
  'GET /api/v1/auth/sessions': 'the caller’s own sessions',
  'DELETE /api/v1/auth/sessions/{sessionId}': 'ends one of the caller’s own sessions',
};

type Operation = { security?: unknown[]; 'x-permission'?: string; 'x-roles'?: string[] };

describe('every staff operation says what it needs', () => {
  let staffOperations: Map<string, Operation>;
  before(async () => {
    const document = await servedDocument();
    const paths = document.paths as Record<string, Record<string, Operation>>;
    staffOperations = new Map();
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        // Public and customer operations override the document's staff security.
        if (operation.security === undefined) {
          staffOperations.set(`${method.toUpperCase()} ${path}`, operation);
        }
      }
    }
  });

  test('a staff operation without a permission is one of the reviewed own-account ones', () => {
    assert.ok(staffOperations.size > 100, `found only ${staffOperations.size} staff operations`);
    const unguarded = [...staffOperations]
      .filter(([key, operation]) => !operation['x-permission'] && !(key in openToAnyStaff))
      .map(([key]) => key);
    assert.deepEqual(unguarded, [], 'give these routes a `permission` from src/auth/policy.ts');
  });

  test('the allow-list names only operations that exist and declare no permission', () => {
    for (const key of Object.keys(openToAnyStaff)) {
      const operation = staffOperations.get(key);
      assert.ok(operation, `${key} is not a staff operation any more: drop it from the list`);
      assert.equal(operation['x-permission'], undefined, `${key} now names a permission`);
    }
  });

  test('the tenant’s own data is never among the operations open to any staff member', () => {
    for (const key of Object.keys(openToAnyStaff)) assert.doesNotMatch(key, /\{tenantId\}/);
  });
});
