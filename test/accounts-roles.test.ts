import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demo, owner, startTestServer, type TestServer } from './support/harness.js';

type Role = 'owner' | 'admin' | 'supervisor' | 'agent' | 'annotator' | 'foreignAdmin';

/**
 * Every governance endpoint against every role: what each may do, what each is refused (403),
 * and a tenant admin from elsewhere always gets 404. Reads run first; the calls that change
 * things use throwaway targets.
 */
describe('governance endpoints × roles', () => {
  let server: TestServer;
  const tokens = {} as Record<Role, string>;
  let contactId: string;

  before(async () => {
    server = await startTestServer();
    tokens.owner = await server.api.login(owner.email, owner.password);
    tokens.admin = await server.api.login(demo.admin.email, demo.admin.password);
    tokens.agent = await server.api.login(demo.agent1.email, demo.agent1.password);
    for (const role of ['supervisor', 'annotator'] as const) {
      await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/users`,
        { email: `${role}@roles.test`, password: 'role-password-1', name: role, role },
        tokens.admin,
      );
      tokens[role] = await server.api.login(`${role}@roles.test`, 'role-password-1');
    }
    const other = await server.api.post('/api/v1/tenants', { name: 'Other' }, tokens.owner);
    await server.api.post(
      `/api/v1/tenants/${other.body.id}/users`,
      { email: 'admin@other.test', password: 'other-admin-pass', name: 'O', role: 'admin' },
      tokens.owner,
    );
    tokens.foreignAdmin = await server.api.login('admin@other.test', 'other-admin-pass');
    const chat = await server.api.post(`/api/v1/widget/${demo.widgetKey}/conversations`, {
      contact: { name: 'Role Test' },
    });
    const detail = await server.api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${chat.body.conversationId}/details`,
      tokens.admin,
    );
    contactId = detail.body.contact.id;
  });
  after(async () => {
    await server.cleanup();
  });

  const t = `/api/v1/tenants/${demo.tenantId}`;
  type Row = { method: string; url: () => string; body?: () => unknown; allowed: Role[] };
  const rows: Row[] = [
    { method: 'GET', url: () => `${t}/audit`, allowed: ['owner', 'admin'] },
    {
      method: 'POST',
      url: () => `${t}/audit/verify`,
      body: () => ({}),
      allowed: ['owner', 'admin'],
    },
    { method: 'GET', url: () => `${t}/members`, allowed: ['owner', 'admin'] },
    { method: 'GET', url: () => `${t}/security`, allowed: ['owner', 'admin'] },
    {
      method: 'PUT',
      url: () => `${t}/security`,
      body: () => ({ retentionDays: null }),
      allowed: ['owner', 'admin'],
    },
    { method: 'GET', url: () => `${t}/contacts/${contactId}/export`, allowed: ['owner', 'admin'] },
    {
      method: 'PUT',
      url: () => `${t}/users/usr_nobody/role`,
      body: () => ({ role: 'agent' }),
      // Allowed roles reach the lookup: an unknown person is 404 for them.
      allowed: [],
    },
    {
      method: 'POST',
      url: () => `${t}/invitations`,
      body: () => ({
        email: `invitee-${Math.random().toString(36).slice(2)}@roles.test`,
        name: 'I',
        role: 'agent',
      }),
      allowed: ['owner', 'admin'],
    },
    { method: 'GET', url: () => `${t}/sso`, allowed: ['owner', 'admin'] },
  ];
  const everyone: Role[] = ['owner', 'admin', 'supervisor', 'agent', 'annotator', 'foreignAdmin'];

  for (const row of rows) {
    test(`${row.method} ${row.url().replace(demo.tenantId, '{t}')}`, async () => {
      for (const role of everyone) {
        const res = await server.api.request(row.method, row.url(), {
          token: tokens[role],
          ...(row.body ? { body: row.body() } : {}),
        });
        const expected =
          role === 'foreignAdmin'
            ? [404]
            : row.allowed.includes(role)
              ? [200, 201]
              : row.allowed.length === 0 && (role === 'owner' || role === 'admin')
                ? [404]
                : [403];
        assert.ok(
          expected.includes(res.status),
          `${role}: expected ${expected.join('/')}, got ${res.status} ${JSON.stringify(res.body)}`,
        );
      }
    });
  }

  test('DELETE contact: only owner and admin; the second erase is 404', async () => {
    for (const role of ['supervisor', 'agent', 'annotator'] as const) {
      const res = await server.api.request('DELETE', `${t}/contacts/${contactId}`, {
        token: tokens[role],
      });
      assert.equal(res.status, 403, role);
    }
    const foreign = await server.api.request('DELETE', `${t}/contacts/${contactId}`, {
      token: tokens.foreignAdmin,
    });
    assert.equal(foreign.status, 404);
    const ok = await server.api.request('DELETE', `${t}/contacts/${contactId}`, {
      token: tokens.admin,
    });
    assert.equal(ok.status, 200);
    const again = await server.api.request('DELETE', `${t}/contacts/${contactId}`, {
      token: tokens.owner,
    });
    assert.equal(again.status, 404);
  });

  test('account endpoints need a token and answer only for oneself', async () => {
    for (const url of ['/api/v1/auth/sessions', '/api/v1/auth/totp', '/api/v1/auth/tenants']) {
      assert.equal((await server.api.get(url)).status, 401, url);
      for (const role of everyone)
        assert.equal((await server.api.get(url, tokens[role])).status, 200);
    }
    assert.equal((await server.api.get('/api/v1/owner/usage', tokens.owner)).status, 200);
    for (const role of everyone.filter((r) => r !== 'owner')) {
      assert.equal((await server.api.get('/api/v1/owner/usage', tokens[role])).status, 403, role);
    }
  });
});
