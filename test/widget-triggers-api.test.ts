import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { databasesUnderTest, demo, startTestServer, type TestServer } from './support/harness.js';

const goodRule = {
  id: 'demo-help',
  message: { ja: 'お困りですか？', en: 'Need a hand?' },
  when: { urlContains: '/demo', secondsOnPage: 2 },
  enabled: true,
};

for (const database of databasesUnderTest()) {
  describe(`widget triggers API (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    it('stores the rules and serves the enabled ones with the widget config', async () => {
      const { api } = server;
      const off = { ...goodRule, id: 'off', enabled: false };
      const back = {
        id: 'back',
        message: { en: 'Welcome back' },
        when: { returningVisitor: true },
      };
      const put = await api.put(
        '/api/v1/tenants/demo/widget-triggers',
        { triggers: [goodRule, off, back] },
        admin,
      );
      assert.equal(put.status, 200);
      assert.deepEqual(
        put.body.triggers.map((t: { id: string; enabled: boolean }) => [t.id, t.enabled]),
        [
          ['demo-help', true],
          ['off', false],
          ['back', true],
        ],
      );
      const listed = await api.get('/api/v1/tenants/demo/widget-triggers', admin);
      assert.equal(listed.body.triggers.length, 3);
      const config = await api.get(`/api/v1/widget/${demo.widgetKey}/config?language=ja`);
      assert.equal(config.status, 200);
      assert.deepEqual(config.body.triggers, [goodRule, { ...back, enabled: true }]);
    });

    it('answers bad rules with 400 and keeps the stored list', async () => {
      const { api } = server;
      await api.put('/api/v1/tenants/demo/widget-triggers', { triggers: [goodRule] }, admin);
      const bad = [
        { triggers: [{ ...goodRule, message: {} }] },
        { triggers: [{ ...goodRule, id: 'Bad Id!' }] },
        { triggers: [{ ...goodRule, when: { secondsOnPage: -1 } }] },
        { triggers: [{ ...goodRule, when: { secondsOnPage: 'soon' } }] },
        { triggers: [goodRule, goodRule] },
        { triggers: 'all' },
        {},
      ];
      for (const body of bad) {
        const res = await api.put('/api/v1/tenants/demo/widget-triggers', body, admin);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      const listed = await api.get('/api/v1/tenants/demo/widget-triggers', admin);
      assert.deepEqual(listed.body.triggers, [goodRule]);
    });

    it('needs a staff login that may manage integrations', async () => {
      const { api } = server;
      const anonymous = await api.put('/api/v1/tenants/demo/widget-triggers', { triggers: [] });
      assert.equal(anonymous.status, 401);
      const agent = await api.login(demo.agent1.email, demo.agent1.password);
      const denied = await api.put('/api/v1/tenants/demo/widget-triggers', { triggers: [] }, agent);
      assert.equal(denied.status, 403);
      assert.equal((await api.get('/api/v1/tenants/demo/widget-triggers', agent)).status, 403);
    });
  });
}
