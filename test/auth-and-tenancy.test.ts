import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  databasesUnderTest,
  demo,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

for (const database of databasesUnderTest()) {
  describe(`auth, roles and tenant isolation (${database.name})`, () => {
    let server: TestServer;
    let ownerToken: string;
    let other: {
      id: string;
      widgetKey: string;
      adminToken: string;
      agentToken: string;
      conversationId: string;
    };

    before(async () => {
      server = await startTestServer(database);
      ownerToken = await server.api.login(owner.email, owner.password);
      const created = await server.api.post(
        '/api/v1/tenants',
        { name: 'Other School' },
        ownerToken,
      );
      assert.equal(created.status, 201);
      const { id, widgetKey } = created.body;
      await server.api.post(
        `/api/v1/tenants/${id}/users`,
        { email: 'boss@school.test', password: 'boss-password', name: 'Boss', role: 'admin' },
        ownerToken,
      );
      const adminToken = await server.api.login('boss@school.test', 'boss-password');
      const agentRes = await server.api.post(
        `/api/v1/tenants/${id}/users`,
        {
          email: 'teacher@school.test',
          password: 'teacher-password',
          name: 'Teacher',
          role: 'agent',
          maxConcurrent: 2,
        },
        adminToken,
      );
      assert.equal(agentRes.status, 201);
      const agentToken = await server.api.login('teacher@school.test', 'teacher-password');
      const chat = await startWidgetConversation(server.api, {}, widgetKey);
      await chat.send('hello');
      other = { id, widgetKey, adminToken, agentToken, conversationId: chat.conversationId };
    });
    after(() => server.cleanup());

    test('login returns a token and the user; the owner has no tenant', async () => {
      const res = await server.api.post('/api/v1/auth/login', owner);
      assert.equal(res.status, 200);
      assert.equal(typeof res.body.token, 'string');
      assert.deepEqual(
        { email: res.body.user.email, role: res.body.user.role, tenantId: res.body.user.tenantId },
        { email: owner.email, role: 'owner', tenantId: null },
      );
      const agent = await server.api.post('/api/v1/auth/login', demo.agent1);
      assert.equal(agent.body.user.tenantId, demo.tenantId);
      assert.equal(agent.body.user.role, 'agent');
    });

    test('wrong credentials get 401 in the error shape', async () => {
      const res = await server.api.post('/api/v1/auth/login', {
        email: demo.admin.email,
        password: 'nope-nope',
      });
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'unauthorized');
      assert.equal(typeof res.body.error.message, 'string');
      const unknown = await server.api.post('/api/v1/auth/login', {
        email: 'ghost@nowhere.test',
        password: 'whatever',
      });
      assert.equal(unknown.status, 401);
    });

    test('repeated wrong passwords for one account are throttled; successful logins are not', async () => {
      await server.api.post(
        `/api/v1/tenants/${other.id}/users`,
        { email: 'victim@school.test', password: 'victim-password', name: 'V', role: 'agent' },
        other.adminToken,
      );
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (
            await server.api.post('/api/v1/auth/login', {
              email: 'victim@school.test',
              password: `guess-${i}`,
            })
          ).status,
        );
      }
      assert.deepEqual(statuses.slice(0, 4), [401, 401, 401, 401]);
      assert.equal(statuses.at(-1), 429);
      const throttled = await server.api.post('/api/v1/auth/login', {
        email: 'victim@school.test',
        password: 'guess-x',
      });
      assert.equal(throttled.body.error.code, 'too_many_requests');
      assert.ok(throttled.headers.get('retry-after'));

      for (let i = 0; i < 10; i++) {
        assert.equal((await server.api.post('/api/v1/auth/login', demo.agent2)).status, 200);
      }
    });

    test('logout revokes the token', async () => {
      const token = await server.api.login(demo.admin.email, demo.admin.password);
      assert.equal((await server.api.get('/api/v1/auth/me', token)).status, 200);
      assert.equal((await server.api.post('/api/v1/auth/logout', undefined, token)).status, 200);
      const after = await server.api.get('/api/v1/auth/me', token);
      assert.equal(after.status, 401);
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`)).status,
        401,
      );
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, 'forged-token'))
          .status,
        401,
      );
    });

    test('roles: only the owner creates tenants; agents cannot manage users or the FAQ', async () => {
      const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
      const agentToken = await server.api.login(demo.agent1.email, demo.agent1.password);
      assert.equal(
        (await server.api.post('/api/v1/tenants', { name: 'X' }, adminToken)).status,
        403,
      );
      const byAgent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/users`,
        { email: 'x@x.test', password: 'password-1', name: 'X', role: 'agent' },
        agentToken,
      );
      assert.equal(byAgent.status, 403);
      assert.equal(byAgent.body.error.code, 'forbidden');
      assert.equal(
        (
          await server.api.post(
            `/api/v1/tenants/${demo.tenantId}/faqs`,
            { question: 'q?', answer: 'a' },
            agentToken,
          )
        ).status,
        403,
      );
      const byAdmin = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/users`,
        { email: 'sv@demo.test', password: 'password-1', name: 'Sv', role: 'supervisor' },
        adminToken,
      );
      assert.equal(byAdmin.status, 201);
      const faqs = await server.api.get(`/api/v1/tenants/${demo.tenantId}/faqs`, agentToken);
      assert.equal(faqs.status, 403);
    });

    test('a user of one tenant gets 404 for every path of another tenant', async () => {
      const t = other.id;
      const c = other.conversationId;
      const demoAdmin = await server.api.login(demo.admin.email, demo.admin.password);
      const attempts = [
        server.api.post(
          `/api/v1/tenants/${t}/users`,
          { email: 'spy@x.test', password: 'password-1', name: 'Spy', role: 'admin' },
          demoAdmin,
        ),
        server.api.get(`/api/v1/tenants/${t}/users`, demoAdmin),
        server.api.post(`/api/v1/tenants/${t}/faqs`, { question: 'q', answer: 'a' }, demoAdmin),
        server.api.get(`/api/v1/tenants/${t}/faqs`, demoAdmin),
        server.api.request('POST', `/api/v1/tenants/${t}/faqs/import`, {
          raw: 'question,answer\nq,a\n',
          contentType: 'text/csv',
          token: demoAdmin,
        }),
        server.api.post(`/api/v1/tenants/${t}/nlu/parse`, { text: 'hello' }, demoAdmin),
        server.api.put(`/api/v1/tenants/${t}/agents/me/status`, { status: 'online' }, demoAdmin),
        server.api.get(`/api/v1/tenants/${t}/conversations`, demoAdmin),
        server.api.get(`/api/v1/tenants/${t}/conversations/${c}`, demoAdmin),
        server.api.post(`/api/v1/tenants/${t}/conversations/${c}/assign`, {}, demoAdmin),
        server.api.post(
          `/api/v1/tenants/${t}/conversations/${c}/messages`,
          { text: 'hi' },
          demoAdmin,
        ),
        server.api.post(`/api/v1/tenants/${t}/conversations/${c}/resolve`, undefined, demoAdmin),
        // The other tenant's conversation id under one's own tenant path is just as unknown.
        server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations/${c}`, demoAdmin),
        server.api.post(
          `/api/v1/tenants/${demo.tenantId}/conversations/${c}/messages`,
          { text: 'hi' },
          demoAdmin,
        ),
      ];
      for (const res of await Promise.all(attempts)) {
        assert.equal(res.status, 404, JSON.stringify(res.body));
        assert.equal(res.body.error.code, 'not_found');
      }
      const own = await server.api.get(`/api/v1/tenants/${t}/conversations/${c}`, other.agentToken);
      assert.equal(own.status, 200);
      assert.equal(own.body.messages.length, 2, 'nothing was written by the foreign attempts');
      const list = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations`,
        demoAdmin,
      );
      assert.ok(!list.body.conversations.some((x: { id: string }) => x.id === c));
    });

    test('a customer token opens only its own conversation, under its own widget key', async () => {
      const mine = await startWidgetConversation(server.api);
      const theirs = await startWidgetConversation(server.api, {}, other.widgetKey);
      const cross = await server.api.get(
        `/api/v1/widget/${demo.widgetKey}/conversations/${theirs.conversationId}/messages`,
        mine.customerToken,
      );
      assert.equal(cross.status, 404);
      const wrongToken = await server.api.get(
        `/api/v1/widget/${demo.widgetKey}/conversations/${mine.conversationId}/messages`,
        theirs.customerToken,
      );
      assert.equal(wrongToken.status, 401);
      const noToken = await server.api.get(
        `/api/v1/widget/${demo.widgetKey}/conversations/${mine.conversationId}/messages`,
      );
      assert.equal(noToken.status, 401);
    });

    test('an agent cannot take or answer a conversation assigned to another agent', async () => {
      const chat = await startWidgetConversation(server.api);
      await chat.send('agent please');
      const t1 = await server.api.login(demo.agent1.email, demo.agent1.password);
      const t2 = await server.api.login(demo.agent2.email, demo.agent2.password);
      const base = `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`;
      assert.equal((await server.api.post(`${base}/assign`, {}, t1)).status, 200);
      assert.equal((await server.api.post(`${base}/assign`, {}, t2)).status, 409);
      assert.equal(
        (await server.api.post(`${base}/messages`, { text: 'mine now' }, t2)).status,
        409,
      );
      const ids = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/users`,
        await server.api.login(demo.admin.email, demo.admin.password),
      );
      assert.equal(ids.status, 200);
      const agent2 = ids.body.users.find((u: { email: string }) => u.email === demo.agent2.email);
      assert.equal(
        (await server.api.post(`${base}/assign`, { agentId: agent2.id }, t1)).status,
        403,
      );
      assert.equal((await server.api.post(`${base}/resolve`, undefined, t2)).status, 409);
    });
  });
}
