import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databasesUnderTest, startTestServer, type TestServer } from './support/harness.js';
import { createWorkspace, waitFor } from './support/routing-workspace.js';

/** A tenant's own intents: Rasa-style names, a handful of examples each, one class smaller. */
const INTENTS_CSV = [
  'text,intent',
  ...[
    'I want my money back',
    'can I get a refund for this order',
    'please refund the damaged item',
    'how do I return this and get refunded',
    'refund my purchase please',
    'I was charged but want a refund',
    'when will my refund arrive',
    'the item broke and I want a refund',
  ].map((t) => `${t},billing/refund`),
  ...[
    'I was charged twice',
    'there is a double charge on my card',
    'why was my card charged two times',
    'wrong amount was charged',
    'my invoice shows the wrong price',
  ].map((t) => `${t},billing/charge`),
  ...[
    'where is my order',
    'has my package shipped yet',
    'track my parcel',
    'when will my order arrive',
    'my delivery has not come',
    'what is the tracking number of my order',
    'is my order on its way',
    'the parcel is late',
  ].map((t) => `${t},delivery/track`),
  ...[
    'what is the weather tomorrow',
    'tell me a joke',
    'who won the football match',
    'play some music',
  ].map((t) => `${t},out_of_scope`),
].join('\n');

for (const database of databasesUnderTest()) {
  describe(`intent → skill routing (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    test('a handed-off conversation whose intent maps to a skill reaches the agent with it', async () => {
      // Without the map the senior generalist takes first-time customers: the map must win.
      const ws = await createWorkspace(server, [
        { name: 'Senior generalist', languages: ['en'], level: 'senior', maxConcurrent: 5 },
        { name: 'Billing', languages: ['en'], skills: ['billing'], maxConcurrent: 5 },
      ]);
      const api = server.api;
      const imported = await api.request('POST', `${ws.base}/intents/import`, {
        raw: INTENTS_CSV,
        contentType: 'text/csv',
        token: ws.adminToken,
      });
      assert.equal(imported.status, 200);
      assert.deepEqual(imported.body.errors, []);
      assert.equal((await api.post(`${ws.base}/nlu/train`, undefined, ws.adminToken)).status, 200);

      // How the model was chosen: cross-validated on the tenant's own examples.
      const model = await ws.get('/intents/model');
      assert.equal(model.status, 200);
      assert.deepEqual(model.body.intents, ['billing/charge', 'billing/refund', 'delivery/track']);
      const report = model.body.report;
      assert.ok(report.folds >= 2, `folds ${report.folds}`);
      assert.ok(report.candidates.length > 1, 'several regularisation strengths tried');
      assert.ok(
        report.candidates.some((c: { svmC: number }) => c.svmC === report.svmC),
        'the chosen one is among them',
      );
      assert.ok(report.accuracy > 0.5 && report.accuracy <= 1, `CV accuracy ${report.accuracy}`);
      assert.ok(report.outOfScopeRecall !== null, 'out-of-scope examples were judged');
      assert.ok(report.threshold >= 0.4 && report.threshold < 1, `threshold ${report.threshold}`);

      // Bad maps are refused whole and change nothing.
      const good = await api.put(
        `${ws.base}/intents/skills`,
        { entries: [{ intent: 'billing/*', skills: ['billing'] }] },
        ws.adminToken,
      );
      assert.equal(good.status, 200);
      assert.deepEqual(good.body.entries, [{ intent: 'billing/*', skills: ['billing'] }]);
      for (const entries of [
        [{ intent: 'has space', skills: ['billing'] }],
        [{ intent: 'refund', skills: [] }],
        [
          { intent: 'refund', skills: ['a'] },
          { intent: 'refund', skills: ['b'] },
        ],
      ]) {
        const bad = await api.put(`${ws.base}/intents/skills`, { entries }, ws.adminToken);
        assert.equal(bad.status, 400, JSON.stringify(entries));
        assert.equal(bad.body.error.code, 'validation_failed');
      }
      assert.deepEqual((await ws.get('/intents/skills')).body.entries, good.body.entries);

      await ws.setStatus(0, 'online');
      await ws.setStatus(1, 'online');

      const refund = await ws.chat({ language: 'en' });
      await refund.send('the blender arrived broken and I would like a refund');
      await refund.send('talk to a human');
      const refunded = await waitFor(
        () => ws.conversation(refund.conversationId),
        (c) => c.status === 'assigned',
      );
      assert.equal(refunded.assigneeId, ws.agentIds[1], 'the billing agent, not the senior');
      const details = await ws.get(`/conversations/${refund.conversationId}`);
      assert.equal(details.body.handoff?.intent, 'billing/refund');

      // An intent the map does not name: routing as before, the senior for a new customer.
      const parcel = await ws.chat({ language: 'en' });
      await parcel.send('my parcel is late, where is my order');
      await parcel.send('talk to a human');
      const tracked = await waitFor(
        () => ws.conversation(parcel.conversationId),
        (c) => c.status === 'assigned',
      );
      assert.equal(tracked.assigneeId, ws.agentIds[0]);

      // Analytics files each handoff under its intent, and a rebuild agrees with the live count.
      const range = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 3_600_000).toISOString()}`;
      const live = (await ws.get(`/analytics/summary?${range}`)).body;
      const handedOff = (key: string) =>
        live.byCategory.find((c: { key: string }) => c.key === key)?.handedOff;
      assert.equal(handedOff('billing/refund'), 1);
      assert.equal(handedOff('delivery/track'), 1);
      await server.services.analytics.rebuild(ws.tenantId);
      assert.deepEqual(
        (await ws.get(`/analytics/summary?${range}`)).body.byCategory,
        live.byCategory,
      );
    });

    test('the map and the model are the tenant’s: an agent cannot change the map', async () => {
      const ws = await createWorkspace(server, []);
      const email = `agent-${Date.now()}@intents.test`;
      const created = await server.api.post(
        `${ws.base}/users`,
        { email, password: 'intent-password-1', name: 'Agent', role: 'agent' },
        ws.adminToken,
      );
      assert.equal(created.status, 201);
      const agentToken = await server.api.login(email, 'intent-password-1');
      const put = await server.api.put(
        `${ws.base}/intents/skills`,
        { entries: [{ intent: 'refund', skills: ['billing'] }] },
        agentToken,
      );
      assert.equal(put.status, 403);
      assert.deepEqual((await ws.get('/intents/skills')).body.entries, []);
      const model = await ws.get('/intents/model');
      assert.equal(model.status, 200);
      assert.equal(model.body.report, null, 'nothing trained');
    });
  });
}
