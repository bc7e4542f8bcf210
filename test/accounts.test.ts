import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import argon2 from 'argon2';
import SQLite from 'better-sqlite3';
import { currentTotp } from '../src/auth/index.js';
import { startMailSink } from './support/channel-stand-ins.js';
import {
  connectSocket,
  databasesUnderTest,
  demo,
  nextEvent,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

const fresh = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

for (const database of databasesUnderTest()) {
  describe(`accounts and governance (${database.name})`, () => {
    let server: TestServer;
    let dataDir: string;
    let ownerToken: string;
    let adminToken: string;
    let second: { id: string; adminToken: string };
    let sink: Awaited<ReturnType<typeof startMailSink>>;

    /** The link in the newest mail to an address, once it arrives. */
    const linkTokenFor = async (to: string, seenBefore = 0): Promise<string> => {
      for (let i = 0; i < 100; i++) {
        const mails = sink.mails.filter((m) => m.rcpt.includes(to));
        const mail = mails.length > seenBefore ? mails.at(-1) : undefined;
        const match = mail?.parsed.text?.match(/\/console\/reset\?token=([^&\s]+)/);
        if (match?.[1]) return decodeURIComponent(match[1]);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no link mailed to ${to}`);
    };

    before(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-accounts-'));
      sink = await startMailSink();
      server = await startTestServer(database, { DATA_DIR: dataDir, SMTP_URL: sink.url });
      ownerToken = await server.api.login(owner.email, owner.password);
      adminToken = await server.api.login(demo.admin.email, demo.admin.password);
      const tenant = await server.api.post('/api/v1/tenants', { name: 'Client B' }, ownerToken);
      assert.equal(tenant.status, 201);
      await server.api.post(
        `/api/v1/tenants/${tenant.body.id}/users`,
        { email: 'admin@client-b.test', password: 'client-b-admin-1', name: 'B', role: 'admin' },
        ownerToken,
      );
      second = {
        id: tenant.body.id,
        adminToken: await server.api.login('admin@client-b.test', 'client-b-admin-1'),
      };
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    describe('memberships', () => {
      test('an existing person added to a second tenant gets one login for both, a role in each', async () => {
        const email = `${fresh('op')}@bpo.test`;
        const first = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users`,
          { email, password: 'operator-pass-1', name: 'Operator', role: 'agent' },
          adminToken,
        );
        assert.equal(first.status, 201);
        // Client B's admin adds the same address: the answer looks like any new user's.
        const added = await server.api.post(
          `/api/v1/tenants/${second.id}/users`,
          { email, password: 'ignored-password-9', name: 'Operator', role: 'supervisor' },
          second.adminToken,
        );
        assert.equal(added.status, 201);
        assert.equal(added.body.id, first.body.id);
        // The person's own password still works; the one Client B typed does not.
        assert.equal(
          (await server.api.post('/api/v1/auth/login', { email, password: 'ignored-password-9' }))
            .status,
          401,
        );
        const login = await server.api.post('/api/v1/auth/login', {
          email,
          password: 'operator-pass-1',
        });
        assert.equal(login.status, 200);
        assert.deepEqual(
          { tenantId: login.body.user.tenantId, role: login.body.user.role },
          { tenantId: demo.tenantId, role: 'agent' },
        );
        assert.deepEqual(
          login.body.tenants.map((t: { id: string; role: string }) => [t.id, t.role]).sort(),
          [
            [demo.tenantId, 'agent'],
            [second.id, 'supervisor'],
          ].sort(),
        );
        const token = login.body.token;
        // One token: an agent in demo (no user list), a supervisor in Client B (user list).
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${demo.tenantId}/users`, token)).status,
          403,
        );
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${second.id}/users`, token)).status,
          200,
        );
        const tenants = await server.api.get('/api/v1/auth/tenants', token);
        assert.equal(tenants.body.tenants.length, 2);
        // A socket can be opened for either tenant, not for a third one.
        const socket = await connectSocket(server.url, '/agent', { token, tenantId: second.id });
        socket.close();
        const third = await server.api.post('/api/v1/tenants', { name: 'C' }, ownerToken);
        await assert.rejects(
          connectSocket(server.url, '/agent', { token, tenantId: third.body.id }),
        );
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${third.body.id}/conversations`, token)).status,
          404,
        );
        // Adding them again to the same tenant is a conflict.
        const again = await server.api.post(
          `/api/v1/tenants/${second.id}/users`,
          { email, password: 'whatever-123', name: 'O', role: 'agent' },
          second.adminToken,
        );
        assert.equal(again.status, 409);
      });

      test('the owner cannot be made a tenant member, and the answer says nothing of who they are', async () => {
        const res = await server.api.post(
          `/api/v1/tenants/${second.id}/users`,
          { email: owner.email, password: 'whatever-123', name: 'X', role: 'admin' },
          second.adminToken,
        );
        assert.equal(res.status, 409);
        assert.match(res.body.error.message, /already exists in this tenant/);
      });
    });

    describe('account lifecycle', () => {
      test('disabling a person ends their access and live socket at once; enabling restores it', async () => {
        const email = `${fresh('dis')}@demo.test`;
        const created = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users`,
          { email, password: 'disable-me-pass', name: 'D', role: 'agent' },
          adminToken,
        );
        const token = await server.api.login(email, 'disable-me-pass');
        const socket = await connectSocket(server.url, '/agent', { token });
        const dropped = new Promise((resolve) => socket.once('disconnect', resolve));
        const res = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users/${created.body.id}/disable`,
          {},
          adminToken,
        );
        assert.equal(res.status, 200);
        await dropped;
        socket.close();
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, token)).status,
          401,
        );
        assert.equal(
          (await server.api.post('/api/v1/auth/login', { email, password: 'disable-me-pass' }))
            .status,
          403,
        );
        const members = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/members`,
          adminToken,
        );
        assert.equal(
          members.body.members.find((m: { id: string }) => m.id === created.body.id).disabled,
          true,
        );
        await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users/${created.body.id}/enable`,
          {},
          adminToken,
        );
        assert.equal(typeof (await server.api.login(email, 'disable-me-pass')), 'string');
        // Another tenant's admin cannot touch this person: 404.
        const foreign = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users/${created.body.id}/disable`,
          {},
          second.adminToken,
        );
        assert.equal(foreign.status, 404);
      });

      test('a password change checks the policy and ends the other sessions', async () => {
        const email = `${fresh('pw')}@demo.test`;
        await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users`,
          { email, password: 'first-password-1', name: 'P', role: 'agent' },
          adminToken,
        );
        const a = await server.api.login(email, 'first-password-1');
        const b = await server.api.login(email, 'first-password-1');
        const sessions = await server.api.get('/api/v1/auth/sessions', a);
        assert.equal(sessions.body.sessions.length, 2);
        assert.equal(
          sessions.body.sessions.filter((s: { current: boolean }) => s.current).length,
          1,
        );
        const change = (newPassword: string, currentPassword = 'first-password-1') =>
          server.api.post('/api/v1/auth/password', { currentPassword, newPassword }, a);
        assert.equal((await change('short')).status, 400);
        const common = await change('password1234');
        assert.equal(common.status, 400);
        assert.match(common.body.error.message, /breached/);
        assert.equal((await change('a-new-good-pass-7', 'wrong-current')).status, 403);
        assert.equal((await change('a-new-good-pass-7')).status, 200);
        assert.equal((await server.api.get('/api/v1/auth/me', a)).status, 200);
        assert.equal((await server.api.get('/api/v1/auth/me', b)).status, 401);
        assert.equal(typeof (await server.api.login(email, 'a-new-good-pass-7')), 'string');
      });

      if (database.name === 'sqlite') {
        test('a hash made with older argon2 parameters still logs in and is made anew', async () => {
          const email = `${fresh('rehash')}@demo.test`;
          await server.api.post(
            `/api/v1/tenants/${demo.tenantId}/users`,
            { email, password: 'rehash-me-please', name: 'H', role: 'agent' },
            adminToken,
          );
          const old = await argon2.hash('rehash-me-please', { type: argon2.argon2id });
          const file = new SQLite(path.join(dataDir, 'tsunagi.db'));
          const read = () =>
            (
              file.prepare('select password_hash from users where email = ?').get(email) as {
                password_hash: string;
              }
            ).password_hash;
          try {
            file.pragma('busy_timeout = 5000');
            file.prepare('update users set password_hash = ? where email = ?').run(old, email);
            assert.match(read(), /m=65536/);
            assert.equal(typeof (await server.api.login(email, 'rehash-me-please')), 'string');
            assert.match(read(), /m=19456,p=1,t=2/);
          } finally {
            file.close();
          }
        });
      }

      test('a session can be listed and revoked', async () => {
        const a = await server.api.login(demo.agent2.email, demo.agent2.password);
        const b = await server.api.login(demo.agent2.email, demo.agent2.password);
        const list = await server.api.get('/api/v1/auth/sessions', a);
        const other = list.body.sessions.find((s: { current: boolean }) => !s.current);
        const revoked = await server.api.request('DELETE', `/api/v1/auth/sessions/${other.id}`, {
          token: a,
        });
        assert.equal(revoked.status, 200);
        // Revoking the same or a foreign session: 404.
        assert.equal(
          (await server.api.request('DELETE', `/api/v1/auth/sessions/${other.id}`, { token: a }))
            .status,
          404,
        );
        const meB = await server.api.get('/api/v1/auth/me', b);
        const meA = await server.api.get('/api/v1/auth/me', a);
        assert.equal(meA.status, 200);
        // b is either the revoked one or still live; exactly one of the two other logins is gone.
        assert.ok([200, 401].includes(meB.status));
      });

      test('password reset asks nothing of the caller and says nothing about the address', async () => {
        const known = await server.api.post('/api/v1/auth/password/forgot', {
          email: demo.agent1.email,
        });
        const unknown = await server.api.post('/api/v1/auth/password/forgot', {
          email: 'ghost@nowhere.test',
        });
        assert.deepEqual([known.status, unknown.status], [202, 202]);
        const token = await linkTokenFor(demo.agent1.email);
        assert.equal(
          sink.mails.some((m) => m.rcpt.includes('ghost@nowhere.test')),
          false,
        );
        const weak = await server.api.post('/api/v1/auth/password/reset', {
          token,
          password: 'qwertyuiop',
        });
        assert.equal(weak.status, 400);
        const reset = await server.api.post('/api/v1/auth/password/reset', {
          token,
          password: 'reset-by-mail-42',
        });
        assert.equal(reset.status, 200);
        assert.equal(
          (await server.api.post('/api/v1/auth/login', demo.agent1)).status,
          401,
          'the old password no longer works',
        );
        assert.equal(
          typeof (await server.api.login(demo.agent1.email, 'reset-by-mail-42')),
          'string',
        );
        const reused = await server.api.post('/api/v1/auth/password/reset', {
          token,
          password: 'another-good-one-43',
        });
        assert.equal(reused.status, 400, 'a link works once');
        // Put the demo password back for the other tests.
        const again = await server.api.post('/api/v1/auth/password/forgot', {
          email: demo.agent1.email,
        });
        assert.equal(again.status, 202);
        const restoreToken = await linkTokenFor(demo.agent1.email, 1);
        assert.notEqual(restoreToken, token);
        await server.api.post('/api/v1/auth/password/reset', {
          token: restoreToken,
          password: 'tsunagi-demo-restored',
        });
        demo.agent1.password = 'tsunagi-demo-restored';
        const bad = await server.api.post('/api/v1/auth/password/reset', {
          token: 'not-a-real-token',
          password: 'some-good-password-1',
        });
        assert.equal(bad.status, 400);
      });
    });

    test('an invitation mails a link; the invited person chooses a password and is a member', async () => {
      const email = `${fresh('invitee')}@client-b.test`;
      const invited = await server.api.post(
        `/api/v1/tenants/${second.id}/invitations`,
        { email, name: '招待 さくら', role: 'agent' },
        second.adminToken,
      );
      assert.equal(invited.status, 201);
      const token = await linkTokenFor(email);
      const set = await server.api.post('/api/v1/auth/password/reset', {
        token,
        password: 'invited-and-ready-1',
      });
      assert.equal(set.status, 200);
      const login = await server.api.post('/api/v1/auth/login', {
        email,
        password: 'invited-and-ready-1',
      });
      assert.deepEqual(
        { tenantId: login.body.user.tenantId, role: login.body.user.role },
        { tenantId: second.id, role: 'agent' },
      );
      const bad = await server.api.post(
        `/api/v1/tenants/${second.id}/invitations`,
        { email: 'not-an-email', name: 'x', role: 'agent' },
        second.adminToken,
      );
      assert.equal(bad.status, 400);
    });

    describe('TOTP', () => {
      test('setup, enable with a real code, then login needs the ticket and a code', async () => {
        const email = `${fresh('mfa')}@demo.test`;
        await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/users`,
          { email, password: 'totp-user-pass-1', name: 'M', role: 'supervisor' },
          adminToken,
        );
        const token = await server.api.login(email, 'totp-user-pass-1');
        const setup = await server.api.post('/api/v1/auth/totp/setup', {}, token);
        assert.equal(setup.status, 200);
        assert.match(setup.body.otpauthUrl, /^otpauth:\/\/totp\/Tsunagi:/);
        assert.match(setup.body.secret, /^[A-Z2-7]{32}$/);
        const wrong = await server.api.post('/api/v1/auth/totp/enable', { code: '000000' }, token);
        assert.equal(wrong.status, 400);
        const enabled = await server.api.post(
          '/api/v1/auth/totp/enable',
          { code: currentTotp(setup.body.secret) },
          token,
        );
        assert.equal(enabled.status, 200);
        assert.equal(enabled.body.recoveryCodes.length, 10);

        const first = await server.api.post('/api/v1/auth/login', {
          email,
          password: 'totp-user-pass-1',
        });
        assert.equal(first.status, 200);
        assert.equal(first.body.mfaRequired, true);
        assert.equal(first.body.token, undefined);
        const badCode = await server.api.post('/api/v1/auth/login/totp', {
          ticket: first.body.ticket,
          code: '123456',
        });
        assert.equal(badCode.status, 401);
        // The code that enabled TOTP was used already; the next step's code is new.
        const code = currentTotp(setup.body.secret, Date.now() + 30_000);
        const second2 = await server.api.post('/api/v1/auth/login/totp', {
          ticket: first.body.ticket,
          code,
        });
        assert.equal(second2.status, 200, JSON.stringify(second2.body));
        assert.equal(second2.body.user.email, email);
        assert.equal(second2.body.user.tenantId, demo.tenantId);
        // The ticket works once, and the same code cannot be replayed with a new ticket.
        const replay = await server.api.post('/api/v1/auth/login/totp', {
          ticket: first.body.ticket,
          code,
        });
        assert.equal(replay.status, 401);
        const again = await server.api.post('/api/v1/auth/login', {
          email,
          password: 'totp-user-pass-1',
        });
        const replayed = await server.api.post('/api/v1/auth/login/totp', {
          ticket: again.body.ticket,
          code,
        });
        assert.equal(replayed.status, 401);
        // A recovery code works once.
        const recovery = enabled.body.recoveryCodes[0];
        const withRecovery = await server.api.post('/api/v1/auth/login/totp', {
          ticket: again.body.ticket,
          code: recovery,
        });
        assert.equal(withRecovery.status, 200);
        const third = await server.api.post('/api/v1/auth/login', {
          email,
          password: 'totp-user-pass-1',
        });
        const reused = await server.api.post('/api/v1/auth/login/totp', {
          ticket: third.body.ticket,
          code: recovery,
        });
        assert.equal(reused.status, 401);
        assert.equal(
          (await server.api.post('/api/v1/auth/login/totp', { ticket: 'x', code: 12 })).status,
          400,
        );
      });

      test('a tenant that requires TOTP refuses its pages to a person without it', async () => {
        const email = `${fresh('req')}@client-b.test`;
        await server.api.post(
          `/api/v1/tenants/${second.id}/users`,
          { email, password: 'needs-totp-pass', name: 'R', role: 'agent' },
          second.adminToken,
        );
        const own = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { requireTotp: true },
          second.adminToken,
        );
        assert.equal(own.status, 400, 'an admin without TOTP cannot lock themselves out');
        const put = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { requireTotp: true },
          ownerToken,
        );
        assert.equal(put.status, 200);
        assert.equal(put.body.requireTotp, true);
        const token = await server.api.login(email, 'needs-totp-pass');
        const res = await server.api.get(`/api/v1/tenants/${second.id}/conversations`, token);
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'mfa_setup_required');
        // Setting it up is still allowed.
        const setup = await server.api.post('/api/v1/auth/totp/setup', {}, token);
        await server.api.post(
          '/api/v1/auth/totp/enable',
          { code: currentTotp(setup.body.secret) },
          token,
        );
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${second.id}/conversations`, token)).status,
          200,
        );
        await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { requireTotp: false },
          ownerToken,
        );
      });
    });

    describe('IP allow-list', () => {
      test('staff outside the allow-list are refused; the admin cannot lock themselves out', async () => {
        const self = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { ipAllowlist: ['203.0.113.0/24'] },
          second.adminToken,
        );
        assert.equal(self.status, 400);
        const bad = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { ipAllowlist: ['not-an-address'] },
          second.adminToken,
        );
        assert.equal(bad.status, 400);
        // The owner may set any list; the tenant's admin, at 127.0.0.1, is then outside it.
        const set = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { ipAllowlist: ['203.0.113.0/24'] },
          ownerToken,
        );
        assert.equal(set.status, 200);
        const refused = await server.api.get(
          `/api/v1/tenants/${second.id}/members`,
          second.adminToken,
        );
        assert.equal(refused.status, 403);
        assert.equal(refused.body.error.code, 'ip_not_allowed');
        await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { ipAllowlist: ['127.0.0.0/8', '::1'] },
          ownerToken,
        );
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${second.id}/members`, second.adminToken)).status,
          200,
        );
        await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { ipAllowlist: [] },
          ownerToken,
        );
      });
    });

    describe('audit log', () => {
      test('staff changes and reads of personal data are chained; verify passes', async () => {
        const chat = await startWidgetConversation(server.api, { contact: { name: '監査 太郎' } });
        await chat.send('人と話したい');
        const read = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
          adminToken,
        );
        assert.equal(read.status, 200);
        const log = await server.api.get(`/api/v1/tenants/${demo.tenantId}/audit`, adminToken);
        assert.equal(log.status, 200);
        const entries = log.body.entries;
        const readEntry = entries.find(
          (e: { action: string; target: string }) =>
            e.action === 'conversation.read' && e.target === chat.conversationId,
        );
        assert.ok(readEntry, 'the conversation read is recorded');
        assert.ok(
          entries.some(
            (e: { action: string }) => e.action === 'POST /api/v1/tenants/:tenantId/users',
          ),
        );
        // Newest first; each entry's prevHash is the hash of the one before it.
        for (let i = 0; i + 1 < entries.length; i++) {
          assert.equal(entries[i].prevHash, entries[i + 1].hash);
        }
        const verify = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/audit/verify`,
          {},
          adminToken,
        );
        assert.equal(verify.status, 200);
        assert.equal(verify.body.ok, true);
        // Agents may not read the log; another tenant's admin gets 404.
        const agentToken = await server.api.login(demo.agent1.email, demo.agent1.password);
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${demo.tenantId}/audit`, agentToken)).status,
          403,
        );
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${demo.tenantId}/audit`, second.adminToken))
            .status,
          404,
        );
        assert.equal(
          (
            await server.api.get(
              `/api/v1/tenants/${demo.tenantId}/audit?from=yesterday`,
              adminToken,
            )
          ).status,
          400,
        );
      });

      test('retention deletes conversations resolved longer ago than the tenant keeps them', async () => {
        const chat = await startWidgetConversation(server.api, { contact: { name: 'Old One' } });
        await chat.send('人と話したい');
        const recent = await startWidgetConversation(server.api, { contact: { name: 'New One' } });
        await recent.send('人と話したい');
        for (const id of [chat.conversationId, recent.conversationId]) {
          const res = await server.api.post(
            `/api/v1/tenants/${demo.tenantId}/conversations/${id}/resolve`,
            {},
            adminToken,
          );
          assert.equal(res.status, 200);
        }
        const bad = await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/security`,
          { retentionDays: 0 },
          adminToken,
        );
        assert.equal(bad.status, 400);
        await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/security`,
          { retentionDays: 30 },
          adminToken,
        );
        // Ten days from now nothing is old enough; forty days from now both are.
        const soon = await server.services.privacy.applyRetention(
          new Date(Date.now() + 10 * 86_400_000),
        );
        assert.equal(soon[demo.tenantId], 0);
        const later = await server.services.privacy.applyRetention(
          new Date(Date.now() + 40 * 86_400_000),
        );
        assert.ok((later[demo.tenantId] ?? 0) >= 2);
        for (const id of [chat.conversationId, recent.conversationId]) {
          assert.equal(
            (
              await server.api.get(
                `/api/v1/tenants/${demo.tenantId}/conversations/${id}`,
                adminToken,
              )
            ).status,
            404,
          );
        }
        await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/security`,
          { retentionDays: null },
          adminToken,
        );
        const log = await server.api.get(`/api/v1/tenants/${demo.tenantId}/audit`, adminToken);
        assert.ok(
          log.body.entries.some((e: { action: string }) => e.action === 'retention.applied'),
        );
      });

      if (database.name === 'sqlite') {
        test('a row altered directly in the database is found by verify', async () => {
          const log = await server.api.get(`/api/v1/tenants/${second.id}/audit`, second.adminToken);
          const entries = log.body.entries;
          assert.ok(entries.length >= 3);
          const victim = entries[Math.floor(entries.length / 2)];
          const file = new SQLite(path.join(dataDir, 'tsunagi.db'));
          try {
            file.pragma('busy_timeout = 5000');
            file
              .prepare('update audit_log set actor_id = ? where id = ?')
              .run('usr_someone_else', victim.id);
          } finally {
            file.close();
          }
          const verify = await server.api.post(
            `/api/v1/tenants/${second.id}/audit/verify`,
            {},
            second.adminToken,
          );
          assert.deepEqual(
            { ok: verify.body.ok, brokenAt: verify.body.brokenAt },
            { ok: false, brokenAt: victim.id },
          );
          // The command finds the same broken link and exits 1.
          const run = spawnSync(
            process.execPath,
            ['--import', 'tsx', 'src/audit-verify.ts', second.id, demo.tenantId],
            { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, encoding: 'utf8' },
          );
          assert.equal(run.status, 1, run.stderr);
          assert.match(run.stdout, new RegExp(`${second.id}: BROKEN at entry ${victim.id}`));
          assert.match(run.stdout, new RegExp(`${demo.tenantId}: ok`));
        });
      }
    });

    describe('personal data', () => {
      test('where the tenant says so, agents see card numbers, My Numbers, phones and emails masked; supervisors and admins do not', async () => {
        const chat = await startWidgetConversation(server.api, {
          contact: { name: 'Mask Test', email: 'hanako.mask@example.jp' },
        });
        const text =
          'カード 4111 1111 1111 1111、マイナンバー 123456789018、電話 090-1234-5678、mail hanako.mask@example.jp';
        await chat.send(text);
        await chat.send('オペレーターをお願いします');
        const agentToken = await server.api.login(demo.agent1.email, demo.agent1.password);
        const url = `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`;
        // Agents read personal data unless the tenant masks it for them too.
        const plain = await server.api.get(url, agentToken);
        assert.equal(
          plain.body.messages.find((m: { author: string }) => m.author === 'customer').text,
          text,
        );
        const setting = await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/security`,
          { maskPiiForAgents: true },
          adminToken,
        );
        assert.equal(setting.body.maskPiiForAgents, true);
        const asAgent = await server.api.get(url, agentToken);
        assert.equal(asAgent.status, 200);
        const agentText = asAgent.body.messages.find(
          (m: { author: string }) => m.author === 'customer',
        ).text;
        assert.equal(
          agentText,
          'カード **** **** **** 1111、マイナンバー **** **** ****、電話 ***-****-**78、mail h***@example.jp',
        );
        assert.equal(asAgent.body.conversation.id, chat.conversationId);
        // Live events carry the same masking: an agent's socket hears the card masked.
        const socket = await connectSocket(server.url, '/agent', { token: agentToken });
        try {
          const heard = nextEvent(socket, 'message.created', (m: { text: string }) =>
            m.text.includes('**** 4444'),
          );
          await chat.send('もう一枚 5555 5555 5555 4444');
          assert.equal((await heard).text, 'もう一枚 **** **** **** 4444');
        } finally {
          socket.close();
        }
        const asAdmin = await server.api.get(url, adminToken);
        await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/security`,
          { maskPiiForAgents: false },
          adminToken,
        );
        assert.equal(
          asAdmin.body.messages.find((m: { author: string }) => m.author === 'customer').text,
          text,
        );
      });

      test('export returns everything about a contact; erasure leaves no trace in the database files', async () => {
        const marker = `ZQX-${Math.random().toString(36).slice(2, 10)}-MARKER`;
        const chat = await startWidgetConversation(server.api, {
          contact: { name: `Erase ${marker}`, email: `${marker.toLowerCase()}@example.jp` },
        });
        await chat.send(`私の住所は東京都千代田区 ${marker} です`);
        await chat.send('人と話したい');
        await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}/notes`,
          { text: `note about ${marker}` },
          adminToken,
        );
        const detail = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}/details`,
          adminToken,
        );
        const contactId = detail.body.contact.id;
        const exported = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/contacts/${contactId}/export`,
          adminToken,
        );
        assert.equal(exported.status, 200);
        assert.equal(exported.body.contact.name, `Erase ${marker}`);
        const exportedMessages = exported.body.conversations[0].messages.map(
          (m: { text: string }) => m.text,
        );
        assert.ok(exportedMessages.some((t: string) => t.includes(marker)));
        assert.ok(exported.body.conversations[0].notes[0].text.includes(marker));
        // Another tenant's admin and an agent cannot export or erase.
        assert.equal(
          (
            await server.api.get(
              `/api/v1/tenants/${demo.tenantId}/contacts/${contactId}/export`,
              second.adminToken,
            )
          ).status,
          404,
        );
        const agentToken = await server.api.login(demo.agent1.email, demo.agent1.password);
        assert.equal(
          (
            await server.api.request(
              'DELETE',
              `/api/v1/tenants/${demo.tenantId}/contacts/${contactId}`,
              { token: agentToken },
            )
          ).status,
          403,
        );

        const erased = await server.api.request(
          'DELETE',
          `/api/v1/tenants/${demo.tenantId}/contacts/${contactId}`,
          { token: adminToken },
        );
        assert.equal(erased.status, 200, JSON.stringify(erased.body));
        assert.equal(erased.body.erased, true);
        assert.equal(erased.body.receipt.contactId, contactId);
        assert.ok(erased.body.receipt.deleted.messages >= 2);
        assert.ok(erased.body.receipt.deleted.contacts === 1);
        assert.doesNotMatch(JSON.stringify(erased.body), new RegExp(marker));

        // No endpoint returns them any more.
        for (const url of [
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}/details`,
          `/api/v1/tenants/${demo.tenantId}/contacts/${contactId}/export`,
        ]) {
          assert.equal((await server.api.get(url, adminToken)).status, 404, url);
        }
        assert.equal((await chat.history()).status === 200, false);
        const again = await server.api.request(
          'DELETE',
          `/api/v1/tenants/${demo.tenantId}/contacts/${contactId}`,
          {
            token: adminToken,
          },
        );
        assert.equal(again.status, 404);

        const log = await server.api.get(`/api/v1/tenants/${demo.tenantId}/audit`, adminToken);
        const actions = log.body.entries.map((e: { action: string }) => e.action);
        assert.ok(actions.includes('contact.export'));
        assert.ok(actions.includes('contact.erase'));
        assert.doesNotMatch(JSON.stringify(log.body), new RegExp(marker));

        if (database.name === 'sqlite') {
          for (const name of fs.readdirSync(dataDir)) {
            const bytes = fs.readFileSync(path.join(dataDir, name));
            assert.equal(
              bytes.includes(Buffer.from(marker)),
              false,
              `${name} still holds the marker`,
            );
            assert.equal(
              bytes.includes(Buffer.from(marker.toLowerCase())),
              false,
              `${name} still holds the email`,
            );
          }
        } else {
          assert.match(erased.body.receipt.storage, /VACUUM/);
        }
      });
    });

    describe('owner', () => {
      test('usage per tenant per month, and suspending a tenant shuts its staff out', async () => {
        const month = new Date().toISOString().slice(0, 7);
        const usage = await server.api.get(`/api/v1/owner/usage?month=${month}`, ownerToken);
        assert.equal(usage.status, 200);
        const demoUsage = usage.body.tenants.find((t: { id: string }) => t.id === demo.tenantId);
        assert.ok(demoUsage.conversations > 0);
        assert.ok(demoUsage.messages > demoUsage.conversations);
        assert.ok(demoUsage.botContained <= demoUsage.conversations);
        assert.ok(demoUsage.seats >= 3);
        const lastYear = await server.api.get('/api/v1/owner/usage?month=2001-01', ownerToken);
        assert.equal(
          lastYear.body.tenants.find((t: { id: string }) => t.id === demo.tenantId).conversations,
          0,
        );
        assert.equal(
          (await server.api.get('/api/v1/owner/usage?month=2024-13', ownerToken)).status,
          400,
        );
        assert.equal((await server.api.get('/api/v1/owner/usage', adminToken)).status, 403);

        const byAdmin = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { suspended: true },
          second.adminToken,
        );
        assert.equal(byAdmin.status, 403);
        const suspended = await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { suspended: true },
          ownerToken,
        );
        assert.equal(suspended.body.suspended, true);
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${second.id}/members`, second.adminToken)).status,
          401,
        );
        assert.equal(
          (
            await server.api.post('/api/v1/auth/login', {
              email: 'admin@client-b.test',
              password: 'client-b-admin-1',
            })
          ).status,
          403,
        );
        await server.api.put(
          `/api/v1/tenants/${second.id}/security`,
          { suspended: false },
          ownerToken,
        );
        assert.equal(
          typeof (await server.api.login('admin@client-b.test', 'client-b-admin-1')),
          'string',
        );
      });
    });
  });
}
