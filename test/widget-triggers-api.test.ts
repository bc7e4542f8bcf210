import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { localTime } from '../src/integrations/widget-trigger-rules.js';
import { databasesUnderTest, demo, startTestServer, type TestServer } from './support/harness.js';

/** Local "HH:MM" in the demo tenant's time zone (its routing settings' default), `offset` minutes from now. */
const tokyoClock = (offset: number) => {
  const m = (localTime(Date.now(), 'Asia/Tokyo').minutes + offset + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

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
        { triggers: [{ ...goodRule, when: { url: { match: 'prefix', pattern: 'pricing' } } }] },
        { triggers: [{ ...goodRule, when: { url: { match: 'regex', pattern: '/a' } } }] },
        { triggers: [{ ...goodRule, when: { url: { match: 'glob', pattern: '/a b' } } }] },
        {
          triggers: [
            { ...goodRule, when: { url: { match: 'glob', pattern: `/${'*/'.repeat(9)}` } } },
          ],
        },
        { triggers: [{ ...goodRule, quietHours: { start: '25:00', end: '08:00' } }] },
        { triggers: [{ ...goodRule, quietHours: { start: '22:00' } }] },
        { triggers: [{ ...goodRule, quietHours: { start: '08:00', end: '08:00' } }] },
        { triggers: [{ ...goodRule, visitorLimit: { perDay: 0 } }] },
        { triggers: [{ ...goodRule, visitorLimit: { perDay: 1.5 } }] },
        { triggers: [{ ...goodRule, visitorLimit: { once: 'yes' } }] },
        {},
      ];
      for (const body of bad) {
        const res = await api.put('/api/v1/tenants/demo/widget-triggers', body, admin);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      const listed = await api.get('/api/v1/tenants/demo/widget-triggers', admin);
      assert.deepEqual(listed.body.triggers, [goodRule]);
    });

    it('serves a changed list with the very next config', async () => {
      const { api } = server;
      await api.put('/api/v1/tenants/demo/widget-triggers', { triggers: [goodRule] }, admin);
      const first = await api.get(`/api/v1/widget/${demo.widgetKey}/config`);
      assert.deepEqual(
        first.body.triggers.map((t: { id: string }) => t.id),
        ['demo-help'],
      );
      const other = { ...goodRule, id: 'other' };
      await api.put('/api/v1/tenants/demo/widget-triggers', { triggers: [other] }, admin);
      const second = await api.get(`/api/v1/widget/${demo.widgetKey}/config`);
      assert.deepEqual(
        second.body.triggers.map((t: { id: string }) => t.id),
        ['other'],
      );
    });

    describe('the server decides whether a due trigger shows', () => {
      const ask = (triggerId: string, visitorId: string, url = 'https://shop.example/products/7') =>
        server.api.post(`/api/v1/widget/${demo.widgetKey}/triggers/${triggerId}/show`, {
          visitorId,
          url,
        });
      const put = async (triggers: unknown[]) => {
        const res = await server.api.put(
          '/api/v1/tenants/demo/widget-triggers',
          { triggers },
          admin,
        );
        assert.equal(res.status, 200, JSON.stringify(res.body));
      };

      it('checks the URL pattern', async () => {
        await put([
          {
            id: 'products',
            message: { en: 'Questions about this product?' },
            when: { url: { match: 'glob', pattern: '/products/*' } },
          },
        ]);
        const yes = await ask('products', 'visitor-url-1');
        assert.equal(yes.status, 200);
        assert.deepEqual(yes.body, {
          show: true,
          message: { en: 'Questions about this product?' },
        });
        const no = await ask('products', 'visitor-url-2', 'https://shop.example/cart');
        assert.deepEqual(no.body, { show: false, reason: 'url' });
      });

      it('allows at most perDay shows per visitor, counted per visitor', async () => {
        await put([{ id: 'twice', message: { en: 'Hi' }, when: {}, visitorLimit: { perDay: 2 } }]);
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push((await ask('twice', 'visitor-day-1')).body.show);
        assert.deepEqual(answers, [true, true, false]);
        assert.deepEqual((await ask('twice', 'visitor-day-1')).body, {
          show: false,
          reason: 'limit',
        });
        assert.equal((await ask('twice', 'visitor-day-2')).body.show, true);
      });

      it('shows a rule without a limit once a day, and a once-rule once ever', async () => {
        await put([
          { id: 'daily', message: { en: 'Hi' }, when: {} },
          { id: 'once', message: { en: 'Hi' }, when: {}, visitorLimit: { once: true, perDay: 5 } },
        ]);
        assert.equal((await ask('daily', 'visitor-once-1')).body.show, true);
        assert.equal((await ask('daily', 'visitor-once-1')).body.show, false);
        assert.equal((await ask('once', 'visitor-once-1')).body.show, true);
        assert.equal((await ask('once', 'visitor-once-1')).body.show, false);
      });

      it('keeps quiet in its quiet hours, in the tenant time zone', async () => {
        await put([
          {
            id: 'quiet-now',
            message: { en: 'Hi' },
            when: {},
            quietHours: { start: tokyoClock(-60), end: tokyoClock(60) },
          },
          {
            id: 'quiet-later',
            message: { en: 'Hi' },
            when: {},
            quietHours: { start: tokyoClock(120), end: tokyoClock(180) },
          },
        ]);
        assert.deepEqual((await ask('quiet-now', 'visitor-quiet-1')).body, {
          show: false,
          reason: 'quiet_hours',
        });
        assert.equal((await ask('quiet-later', 'visitor-quiet-1')).body.show, true);
        // A refusal in quiet hours does not use up the visitor's show.
        await put([{ id: 'quiet-now', message: { en: 'Hi' }, when: {} }]);
        assert.equal((await ask('quiet-now', 'visitor-quiet-1')).body.show, true);
      });

      it('says no to unknown and disabled rules, and 400 to bad input', async () => {
        await put([{ id: 'off', message: { en: 'Hi' }, when: {}, enabled: false }]);
        assert.deepEqual((await ask('off', 'visitor-bad-1')).body, {
          show: false,
          reason: 'unknown',
        });
        assert.deepEqual((await ask('nope', 'visitor-bad-1')).body, {
          show: false,
          reason: 'unknown',
        });
        for (const [id, visitor, url] of [
          ['off', 'short', 'https://shop.example/'],
          ['off', 'visitor bad id', 'https://shop.example/'],
          ['off', 'visitor-bad-1', 'javascript:alert(1)'],
          ['off', 'visitor-bad-1', 'not a url'],
          ['Bad!', 'visitor-bad-1', 'https://shop.example/'],
        ] as const) {
          const res = await ask(id, visitor, url);
          assert.equal(res.status, 400, `${id} ${visitor} ${url}`);
        }
      });
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
