import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { decideReply } from '../src/bot/index.js';
import { demoOrderFlow } from '../src/flows/index.js';
import { localMinutes } from '../src/integrations/proactive-rules.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import { signedContact } from './support/identity.js';

type Received = { headers: http.IncomingHttpHeaders; raw: string; body: Json; at: number };

/** A webhook receiver: records every request, answering with what `answer` says. */
async function startReceiver(answer: (body: Json, attempt: number) => number) {
  const received: Received[] = [];
  const attempts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw) as Json;
      const key = String(req.headers['x-tsunagi-delivery']);
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      received.push({ headers: req.headers, raw, body, at: Date.now() });
      res.statusCode = answer(body, attempt);
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

async function waitFor<T>(what: string, check: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

for (const database of databasesUnderTest()) {
  describe(`API tokens (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    it('a token does what its scopes allow, gets 403 outside them and 401 once revoked', async () => {
      const { api } = server;
      const created = await api.post(
        '/api/v1/tenants/demo/api-tokens',
        { name: 'CRM sync', scopes: ['conversations:read'] },
        admin,
      );
      assert.equal(created.status, 201);
      const token = created.body.token as string;
      assert.match(token, /^tsu_/);

      assert.equal((await api.get('/api/v1/tenants/demo/inbox', token)).status, 200);
      const faq = await api.post(
        '/api/v1/tenants/demo/faqs',
        { question: 'q', answer: 'a' },
        token,
      );
      assert.equal(faq.status, 403);
      assert.equal(faq.body.error.code, 'forbidden');
      // Managing tokens is never a token's business, whatever its scopes.
      const minted = await api.post(
        '/api/v1/tenants/demo/api-tokens',
        { name: 'x', scopes: ['conversations:read'] },
        token,
      );
      assert.equal(minted.status, 403);
      // Nor is a person's own account: a token has no password, sessions or second factor.
      for (const [method, path] of [
        ['GET', '/api/v1/auth/me'],
        ['GET', '/api/v1/auth/sessions'],
        ['POST', '/api/v1/auth/totp/setup'],
      ] as const) {
        const res = await api.request(method, path, {
          token,
          body: method === 'POST' ? {} : undefined,
        });
        assert.equal(res.status, 403, `${method} ${path}`);
        assert.equal(res.body.error.code, 'forbidden');
      }
      // Another tenant is not found, not forbidden.
      const owner = await api.login('owner@tsunagi.test', 'owner-password-1');
      const other = await api.post('/api/v1/tenants', { name: 'Other' }, owner);
      assert.equal((await api.get(`/api/v1/tenants/${other.body.id}/inbox`, token)).status, 404);

      const list = await api.get('/api/v1/tenants/demo/api-tokens', admin);
      assert.equal(list.status, 200);
      const listed = list.body.tokens.find((t: Json) => t.id === created.body.id);
      assert.deepEqual(listed.scopes, ['conversations:read']);
      assert.ok(listed.lastUsedAt);
      assert.equal(JSON.stringify(list.body).includes(token), false);

      const faqToken = (
        await api.post(
          '/api/v1/tenants/demo/api-tokens',
          { name: 'FAQ sync', scopes: ['faqs:write'] },
          admin,
        )
      ).body.token as string;
      const added = await api.post(
        '/api/v1/tenants/demo/faqs',
        { question: '営業時間は？', answer: '10時から' },
        faqToken,
      );
      assert.equal(added.status, 201);
      assert.equal((await api.get('/api/v1/tenants/demo/inbox', faqToken)).status, 403);

      const revoked = await api.request(
        'DELETE',
        `/api/v1/tenants/demo/api-tokens/${created.body.id}`,
        {
          token: admin,
        },
      );
      assert.equal(revoked.status, 200);
      const after = await api.get('/api/v1/tenants/demo/inbox', token);
      assert.equal(after.status, 401);
      assert.equal(after.body.error.code, 'unauthorized');
      assert.equal((await api.get('/api/v1/tenants/demo/inbox', 'tsu_made-up')).status, 401);
    });

    it('refuses bad input and non-admins', async () => {
      const { api } = server;
      for (const body of [
        {},
        { name: 'x', scopes: [] },
        { name: 'x', scopes: ['everything'] },
        { name: '', scopes: ['faqs:write'] },
      ]) {
        const res = await api.post('/api/v1/tenants/demo/api-tokens', body, admin);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      const agent = await api.login(demo.agent1.email, demo.agent1.password);
      const res = await api.post(
        '/api/v1/tenants/demo/api-tokens',
        { name: 'x', scopes: ['faqs:write'] },
        agent,
      );
      assert.equal(res.status, 403);
      const tokens = await api.get('/api/v1/tenants/demo/api-tokens', admin);
      assert.equal(
        tokens.body.tokens.some((t: Json) => t.name === 'x'),
        false,
      );
    });
  });

  describe(`Webhooks (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database, {
        OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
        WEBHOOK_RETRY_BASE_MS: '100',
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    it('signs deliveries, retries after 500s and keeps one conversation in order', async () => {
      const { api } = server;
      // The first message's delivery fails twice: the later ones of that conversation wait.
      const receiver = await startReceiver((body, attempt) =>
        body.type === 'message.created' && body.data.message.text === 'one' && attempt <= 2
          ? 500
          : 200,
      );
      try {
        const created = await api.post(
          '/api/v1/tenants/demo/webhooks',
          { url: receiver.url, events: ['message.created', 'conversation.updated'] },
          admin,
        );
        assert.equal(created.status, 201);
        const { id, secret } = created.body as { id: string; secret: string };

        const chat = await startWidgetConversation(api);
        for (const text of ['one', 'two', 'three']) {
          assert.equal((await chat.send(text)).status, 200);
        }
        const customerTexts = () =>
          receiver.received
            .filter(
              (r) =>
                r.body.type === 'message.created' &&
                r.body.data.message.conversationId === chat.conversationId &&
                r.body.data.message.author === 'customer',
            )
            .map((r) => r.body.data.message.text as string);
        await waitFor('three customer messages delivered', () =>
          customerTexts().filter((t) => t !== 'one').length >= 2 ? true : undefined,
        );
        // Two 500s, then the retry that went through, then the others in order.
        assert.deepEqual(customerTexts(), ['one', 'one', 'one', 'two', 'three']);

        for (const r of receiver.received) {
          const expected = createHmac('sha256', secret).update(r.raw).digest('hex');
          assert.equal(r.headers['x-tsunagi-signature'], expected);
          assert.equal(r.headers['x-tsunagi-event'], r.body.type);
          assert.equal(r.body.tenantId, 'demo');
        }

        // Every delivery of this conversation arrived in the order it happened.
        const seen = receiver.received.filter(
          (r) =>
            (r.body.data.message?.conversationId ?? r.body.data.conversation?.id) ===
            chat.conversationId,
        );
        const firstArrival = new Map<string, number>();
        seen.forEach((r, i) => {
          const key = String(r.headers['x-tsunagi-delivery']);
          if (!firstArrival.has(key)) firstArrival.set(key, i);
        });
        const order = [...firstArrival.keys()];
        assert.deepEqual(order, [...order].sort());

        const log = await api.get(`/api/v1/tenants/demo/webhooks/${id}/deliveries`, admin);
        assert.equal(log.status, 200);
        const first = log.body.deliveries.find((d: Json) => d.payload.data.message?.text === 'one');
        assert.equal(first.status, 'delivered');
        assert.equal(first.attempts, 3);
        assert.equal(first.responseStatus, 200);

        const before = receiver.received.length;
        const replay = await api.post(
          `/api/v1/tenants/demo/webhooks/${id}/deliveries/${first.id}/replay`,
          {},
          admin,
        );
        assert.equal(replay.status, 201);
        assert.equal(replay.body.replayOf, first.id);
        const again = await waitFor('the replay', () =>
          receiver.received
            .slice(before)
            .find((r) => r.headers['x-tsunagi-delivery'] === replay.body.id),
        );
        assert.equal(again.raw, JSON.stringify(first.payload));
      } finally {
        receiver.close();
      }
    });

    it('a 4xx is not retried; deleted webhooks get nothing more', async () => {
      const { api } = server;
      const receiver = await startReceiver(() => 410);
      try {
        const created = await api.post(
          '/api/v1/tenants/demo/webhooks',
          { url: receiver.url, events: ['conversation.updated'] },
          admin,
        );
        const chat = await startWidgetConversation(api);
        await chat.send('人と話したい');
        await waitFor('a delivery', () => (receiver.received.length > 0 ? true : undefined));
        await new Promise((r) => setTimeout(r, 500));
        const log = await api.get(
          `/api/v1/tenants/demo/webhooks/${created.body.id}/deliveries`,
          admin,
        );
        assert.ok(
          log.body.deliveries.every((d: Json) => d.status === 'failed' && d.attempts === 1),
        );
        const count = receiver.received.length;
        const removed = await api.request(
          'DELETE',
          `/api/v1/tenants/demo/webhooks/${created.body.id}`,
          {
            token: admin,
          },
        );
        assert.equal(removed.status, 200);
        await chat.send('まだですか');
        await new Promise((r) => setTimeout(r, 500));
        assert.equal(receiver.received.length, count);
        const list = await api.get('/api/v1/tenants/demo/webhooks', admin);
        assert.equal(
          list.body.webhooks.some((w: Json) => w.id === created.body.id),
          false,
        );
      } finally {
        receiver.close();
      }
    });

    it('refuses bad input and unknown ids', async () => {
      const { api } = server;
      for (const body of [
        { url: 'not a url', events: ['message.created'] },
        { url: 'ftp://example.com/', events: ['message.created'] },
        { url: 'https://example.com/', events: [] },
        { url: 'https://example.com/', events: ['message.exploded'] },
      ]) {
        assert.equal((await api.post('/api/v1/tenants/demo/webhooks', body, admin)).status, 400);
      }
      assert.equal(
        (await api.get('/api/v1/tenants/demo/webhooks/whk_nope/deliveries', admin)).status,
        404,
      );
      const agent = await api.login(demo.agent1.email, demo.agent1.password);
      const res = await api.post(
        '/api/v1/tenants/demo/webhooks',
        { url: 'https://example.com/', events: ['message.created'] },
        agent,
      );
      assert.equal(res.status, 403);
    });
  });

  describe(`Outbound address rules (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    it('refuses webhooks to private, loopback and link-local addresses unless allowed', async () => {
      for (const url of [
        'http://127.0.0.1:9/hook',
        'http://10.0.0.5/hook',
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]:8080/hook',
        'http://192.168.0.10/hook',
        'http://localhost:3000/hook',
      ]) {
        const res = await server.api.post(
          '/api/v1/tenants/demo/webhooks',
          { url, events: ['message.created'] },
          admin,
        );
        assert.equal(res.status, 400, url);
        assert.match(res.body.error.message, /private|loopback|link-local/);
      }
      const list = await server.api.get('/api/v1/tenants/demo/webhooks', admin);
      assert.deepEqual(list.body.webhooks, []);
    });

    it('the demo ships an order-status flow against its own shop API, and only that path is let through', async () => {
      const chat = await startWidgetConversation(server.api);
      const asked = await chat.send('注文状況を教えて');
      assert.match(asked.body.replies[0].text, /ご注文番号/);
      const answered = await chat.send('1002');
      assert.equal(
        answered.body.replies[0].text,
        'ご注文 1002 の状況: 準備中（お届け予定: 12月10日）',
      );
      // The same server's other paths stay refused.
      const port = new URL(server.url).port;
      const res = await server.api.post(
        '/api/v1/tenants/demo/webhooks',
        { url: `http://127.0.0.1:${port}/api/v1/tenants`, events: ['message.created'] },
        admin,
      );
      assert.equal(res.status, 400);
    });
  });

  describe(`Proactive messages (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    it('messages the contact in their last conversation, within the daily limit', async () => {
      const { api } = server;
      // An identified customer: the shop's server signed the id (unsigned ids stay anonymous).
      const chat = await startWidgetConversation(api, {
        contact: await signedContact(api, admin, 'demo', { externalId: 'cust-42', name: '佐藤' }),
      });
      await chat.send('こんにちは');
      const rule = await api.put(
        '/api/v1/tenants/demo/proactive-rules/order.delayed',
        {
          template: '{{contact.name}}様、ご注文 {{data.orderId}} の到着が遅れています。',
          dailyLimit: 2,
        },
        admin,
      );
      assert.equal(rule.status, 200);
      const token = (
        await api.post(
          '/api/v1/tenants/demo/api-tokens',
          { name: 'Shop', scopes: ['events:write'] },
          admin,
        )
      ).body.token as string;
      const event = (orderId: string) => ({
        type: 'order.delayed',
        contact: { externalId: 'cust-42' },
        data: { orderId },
      });

      const first = await api.post('/api/v1/tenants/demo/events', event('A-1001'), token);
      assert.equal(first.status, 200);
      assert.equal(first.body.status, 'sent');
      assert.equal(first.body.conversationId, chat.conversationId);
      assert.equal(first.body.channel, 'web');
      const history = await chat.history();
      const shown = history.body.messages.find((m: Json) => m.id === first.body.messageId);
      assert.equal(shown.text, '佐藤様、ご注文 A-1001 の到着が遅れています。');
      assert.equal(shown.author, 'bot');

      assert.equal(
        (await api.post('/api/v1/tenants/demo/events', event('A-1002'), admin)).body.status,
        'sent',
      );
      const third = await api.post('/api/v1/tenants/demo/events', event('A-1003'), token);
      assert.deepEqual(third.body, { status: 'skipped', reason: 'daily_limit' });
      const after = await chat.history();
      assert.equal(
        after.body.messages.some((m: Json) => m.text.includes('A-1003')),
        false,
      );

      const nobody = await api.post(
        '/api/v1/tenants/demo/events',
        { type: 'order.delayed', contact: { email: 'nobody@example.com' }, data: {} },
        token,
      );
      assert.deepEqual(nobody.body, { status: 'no_contact', reason: 'unknown_contact' });
      const noRule = await api.post(
        '/api/v1/tenants/demo/events',
        { type: 'order.shipped', contact: { externalId: 'cust-42' }, data: {} },
        token,
      );
      assert.deepEqual(noRule.body, { status: 'skipped', reason: 'no_rule' });
    });

    it('defers a message inside quiet hours in the tenant’s time zone', async () => {
      const { api } = server;
      const zone = 'America/Los_Angeles';
      assert.equal(
        (await api.put('/api/v1/tenants/demo/routing/settings', { timeZone: zone }, admin)).status,
        200,
      );
      const now = localMinutes(new Date(), zone);
      const at = (m: number) => {
        const v = (m + 1440) % 1440;
        return `${String(Math.floor(v / 60)).padStart(2, '0')}:${String(v % 60).padStart(2, '0')}`;
      };
      await api.put(
        '/api/v1/tenants/demo/proactive-rules/cart.reminder',
        {
          template: 'カートに商品が残っています',
          quietHours: { start: at(now - 60), end: at(now + 60) },
        },
        admin,
      );
      const chat = await startWidgetConversation(api, { contact: { email: 'quiet@example.com' } });
      await chat.send('hello');
      const res = await api.post(
        '/api/v1/tenants/demo/events',
        { type: 'cart.reminder', contact: { email: 'quiet@example.com' }, data: {} },
        admin,
      );
      assert.equal(res.body.status, 'deferred');
      const wait = Date.parse(res.body.sendAt) - Date.now();
      assert.ok(wait > 58 * 60_000 && wait <= 61 * 60_000, `sendAt ${res.body.sendAt}`);
      const history = await chat.history();
      assert.equal(
        history.body.messages.some((m: Json) => m.text.includes('カート')),
        false,
      );
    });

    it('refuses bad input and tokens without events:write', async () => {
      const { api } = server;
      for (const body of [
        {},
        { type: 'x', contact: {}, data: {} },
        { type: 'x', contact: { email: 'not-an-email' } },
        { type: '', contact: { externalId: 'a' } },
        { type: 'x', contact: { externalId: 'a' }, data: 'text' },
      ]) {
        assert.equal((await api.post('/api/v1/tenants/demo/events', body, admin)).status, 400);
      }
      for (const body of [
        { template: '' },
        { template: 'x', quietHours: { start: '25:00', end: '08:00' } },
        { template: 'x', dailyLimit: -1 },
      ]) {
        assert.equal(
          (await api.put('/api/v1/tenants/demo/proactive-rules/bad.rule', body, admin)).status,
          400,
        );
      }
      const rules = await api.get('/api/v1/tenants/demo/proactive-rules', admin);
      assert.equal(
        rules.body.rules.some((r: Json) => r.eventType === 'bad.rule'),
        false,
      );
      const faqToken = (
        await api.post(
          '/api/v1/tenants/demo/api-tokens',
          { name: 'f', scopes: ['faqs:write'] },
          admin,
        )
      ).body.token as string;
      const res = await api.post(
        '/api/v1/tenants/demo/events',
        { type: 'x', contact: { externalId: 'a' }, data: {} },
        faqToken,
      );
      assert.equal(res.status, 403);
    });
  });

  describe(`Flows (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    it('stores each save as a version, keeps skill headers secret, refuses bad flows', async () => {
      const { api } = server;
      const flow = demoOrderFlow('https://shop.example.com');
      const lookup = flow.steps.find((s) => s.id === 'lookup') as Json;
      lookup.headers = { authorization: 'Bearer shop-secret-123' };
      const first = await api.put('/api/v1/tenants/demo/flows/orders', flow, admin);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.version, 1);
      const shownLookup = first.body.steps.find((s: Json) => s.id === 'lookup');
      assert.equal(shownLookup.headers.authorization, '********');
      assert.equal(JSON.stringify(first.body).includes('shop-secret-123'), false);

      // Sent back as shown (masked), the secret is kept; the new version has the new name.
      const second = await api.put(
        '/api/v1/tenants/demo/flows/orders',
        { ...first.body, name: '注文状況 v2' },
        admin,
      );
      assert.equal(second.status, 200, JSON.stringify(second.body));
      assert.equal(second.body.version, 2);
      assert.deepEqual(second.body.versions, [1, 2]);
      const compiled = await server.services.integrations.flows.compiled('demo', 'orders');
      const step = compiled?.byId.get('lookup') as Json;
      assert.equal(step.headers.authorization, 'Bearer shop-secret-123');

      const v1 = await api.get('/api/v1/tenants/demo/flows/orders?version=1', admin);
      assert.equal(v1.body.name, flow.name);
      const list = await api.get('/api/v1/tenants/demo/flows', admin);
      assert.deepEqual(
        list.body.flows.filter((f: Json) => f.id === 'orders').map((f: Json) => f.version),
        [2],
      );

      for (const body of [
        { name: 'x', trigger: {}, steps: [{ id: 'a', type: 'end' }] },
        { name: 'x', trigger: { keyword: 'x' }, steps: [] },
        { name: 'x', trigger: { keyword: 'x' }, steps: [{ id: 'a', type: 'teleport' }] },
        {
          name: 'x',
          trigger: { keyword: 'x' },
          steps: [{ id: 'a', type: 'message', text: 'hi', next: 'nowhere' }],
        },
        {
          name: 'x',
          trigger: { keyword: 'x' },
          steps: [{ id: 'a', type: 'question', text: 'q', variable: 'v', kind: 'shoe_size' }],
        },
      ]) {
        const res = await api.put('/api/v1/tenants/demo/flows/bad', body, admin);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      assert.equal((await api.get('/api/v1/tenants/demo/flows/bad', admin)).status, 404);

      const agent = await api.login(demo.agent1.email, demo.agent1.password);
      assert.equal((await api.put('/api/v1/tenants/demo/flows/x', flow, agent)).status, 403);

      // The simulator runs an unsaved draft (skill secrets kept) and stores nothing.
      const draft = {
        name: '下書き',
        trigger: { keyword: '下書き' },
        steps: [
          {
            id: 'ask',
            type: 'question',
            text: 'メールアドレスを教えてください',
            variable: 'email',
            kind: 'email',
          },
          { id: 'done', type: 'end', text: '{{email}} に送ります' },
        ],
      };
      const opened = await api.post(
        '/api/v1/tenants/demo/flows/orders/simulate',
        { state: null, draft },
        admin,
      );
      assert.equal(opened.status, 200, JSON.stringify(opened.body));
      assert.deepEqual(opened.body.replies, [{ text: 'メールアドレスを教えてください' }]);
      const next = await api.post(
        '/api/v1/tenants/demo/flows/orders/simulate',
        { state: opened.body.state, text: 'Hanako@Example.jp', draft },
        admin,
      );
      assert.deepEqual(next.body.replies, [{ text: 'hanako@example.jp に送ります' }]);
      const badDraft = await api.post(
        '/api/v1/tenants/demo/flows/orders/simulate',
        {
          state: null,
          draft: { ...draft, steps: [{ id: 'a', type: 'message', text: 'x', next: 'b' }] },
        },
        admin,
      );
      assert.equal(badDraft.status, 400);
      assert.match(JSON.stringify(badDraft.body), /unknown step/);
      assert.deepEqual(
        (await api.get('/api/v1/tenants/demo/flows/orders', admin)).body.versions,
        [1, 2],
      );

      const removed = await api.request('DELETE', '/api/v1/tenants/demo/flows/orders', {
        token: admin,
      });
      assert.equal(removed.status, 200);
      assert.equal((await api.get('/api/v1/tenants/demo/flows/orders', admin)).status, 404);
    });

    it('starts a flow when the bot would answer the FAQ it is triggered by', async () => {
      const { api } = server;
      const index = await server.services.knowledge.getIndex('demo');
      const faqId = decideReply({ text: '送料はいくらですか', index, botMisses: 0 }).answered?.id;
      assert.ok(faqId, 'the demo FAQ answers the shipping question');
      const saved = await api.put(
        '/api/v1/tenants/demo/flows/shipping',
        {
          name: '送料のご案内',
          trigger: { faqId },
          steps: [
            {
              id: 'ask',
              type: 'question',
              text: 'お届け先の都道府県を教えてください',
              variable: 'area',
              kind: 'text',
            },
            { id: 'end', type: 'end', text: '{{area}} への送料をご案内します' },
          ],
        },
        admin,
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const chat = await startWidgetConversation(api);
      const asked = await chat.send('送料はいくらですか');
      assert.deepEqual(
        (asked.body.replies as Json[]).map((r) => r.text),
        ['お届け先の都道府県を教えてください'],
      );
      const answered = await chat.send('北海道');
      assert.deepEqual(
        (answered.body.replies as Json[]).map((r) => r.text),
        ['北海道 への送料をご案内します'],
      );
      // Another question is answered by the FAQ bot as before.
      const other = await startWidgetConversation(api);
      const hours = await other.send('こんにちは');
      assert.ok(!(hours.body.replies as Json[]).some((r) => /都道府県/.test(r.text)));
      await api.request('DELETE', '/api/v1/tenants/demo/flows/shipping', { token: admin });
    });
  });

  describe(`The order-status flow on the widget (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    let shop: http.Server;
    let shopHits = 0;
    before(async () => {
      shop = http.createServer((req, res) => {
        shopHits++;
        const order = /\/demo\/shop\/orders\/([\w-]+)$/.exec(req.url ?? '')?.[1];
        res.setHeader('content-type', 'application/json');
        if (order === '1001')
          return res.end(JSON.stringify({ status: '発送済み', eta: '12月8日' }));
        if (order === '2002') return setTimeout(() => res.end('{}'), 3000).unref();
        if (order === '3003') {
          res.statusCode = 503;
          return res.end('{}');
        }
        if (order === '4004') return res.end('<html>maintenance</html>');
        res.statusCode = 404;
        res.end('{}');
      });
      await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
      server = await startTestServer(database, { OUTBOUND_ALLOW_HOSTS: '127.0.0.1' });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      const flow = demoOrderFlow(`http://127.0.0.1:${(shop.address() as AddressInfo).port}`);
      const lookup = flow.steps.find((s) => s.id === 'lookup') as Json;
      lookup.timeoutMs = 500;
      const saved = await server.api.put('/api/v1/tenants/demo/flows/order-status', flow, admin);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
    });
    after(async () => {
      await server.cleanup();
      shop.closeAllConnections();
      shop.close();
    });

    const texts = (res: Json) => (res.body.replies as Json[]).map((r) => r.text as string);

    it('asks the order number, validates it, calls the shop and answers with its status', async () => {
      const chat = await startWidgetConversation(server.api);
      const start = await chat.send('注文状況を知りたい');
      assert.equal(start.status, 200);
      assert.match(texts(start)[0] ?? '', /ご注文番号/);
      const bad = await chat.send('わからない');
      assert.match(texts(bad)[0] ?? '', /もう一度/);
      const answered = await chat.send('1001');
      assert.deepEqual(texts(answered).slice(0, 2), [
        'ご注文 1001 の状況: 発送済み（お届け予定: 12月8日）',
        'ほかにお手伝いできることはありますか？',
      ]);
      assert.deepEqual(
        answered.body.replies[1].buttons.map((b: Json) => b.label),
        ['いいえ、大丈夫です', '担当者と話す'],
      );
      const end = await chat.send('いいえ、大丈夫です');
      assert.deepEqual(texts(end), ['ご利用ありがとうございました。']);
      // The flow is over: the FAQ bot answers the next message.
      const faq = await chat.send('送料はいくらですか');
      assert.doesNotMatch(texts(faq).join(' '), /ご注文番号/);
    });

    for (const [order, what] of [
      ['2002', 'slow'],
      ['3003', 'down'],
      ['4004', 'answers garbage'],
    ] as const) {
      it(`a shop API that is ${what}: a clear message, a handoff with the order number, nothing lost`, async () => {
        const chat = await startWidgetConversation(server.api);
        await chat.send('注文状況');
        const hitsBefore = shopHits;
        const res = await chat.send(order);
        assert.equal(res.status, 200);
        assert.match(
          texts(res)[0] ?? '',
          new RegExp(`ご注文 ${order} の状況をただいま確認できませんでした`),
        );
        // Retried once when slow or down; garbage is not retried.
        assert.equal(shopHits - hitsBefore, what === 'answers garbage' ? 1 : 2);
        const details = await server.api.get(
          `/api/v1/tenants/demo/conversations/${chat.conversationId}`,
          admin,
        );
        assert.equal(details.status, 200);
        assert.ok(['queued', 'assigned'].includes(details.body.conversation.status));
        assert.deepEqual(details.body.handoff.variables, { order });
        const history = await chat.history();
        const all = (history.body.messages as Json[]).map((m) => m.text);
        assert.ok(all.includes(order) && all.includes('注文状況'));
      });
    }
  });

  describe(`The agent-bot API (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    let bot: http.Server;
    let botUrl: string;
    /** Turns the external bot was offered, with the raw body and its signature. */
    const turns: { body: Json; raw: string; signature: string }[] = [];
    let botToken = '';
    const botReplies: { status: number; body: Json }[] = [];
    before(async () => {
      server = await startTestServer(database, {
        OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
        AGENT_BOT_TIMEOUT_MS: '1500',
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      // The external bot: answers each turn through the API, after acknowledging the webhook.
      bot = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const body = JSON.parse(raw) as Json;
          turns.push({ body, raw, signature: String(req.headers['x-tsunagi-signature']) });
          if (String(body.data?.message?.text).includes('障害中')) {
            res.statusCode = 500;
            return res.end('{}');
          }
          res.end('{}');
          if (body.type !== 'conversation.bot_turn') return;
          const { conversationId, turnId, message } = body.data;
          const text = message.text as string;
          if (text.includes('考え中')) return; // never answers: the built-in bot takes over
          if (text.includes('障害中')) return; // answered 500 above: retried after the deadline
          const answer = text.includes('担当')
            ? {
                turnId,
                replies: [{ text: '担当者におつなぎします。' }],
                handoff: true,
                variables: { plan: 'ゴールド' },
              }
            : {
                turnId,
                replies: [
                  {
                    text: `外部ボットです: ${text}`,
                    buttons: [{ label: 'はい' }, { label: 'いいえ', text: 'いいえ、結構です' }],
                  },
                ],
              };
          void server.api
            .post(
              `/api/v1/tenants/demo/conversations/${conversationId}/bot-reply`,
              answer,
              botToken,
            )
            .then((r) => botReplies.push({ status: r.status, body: r.body }));
        });
      });
      await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
      botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/bot`;
      const token = await server.api.post(
        '/api/v1/tenants/demo/api-tokens',
        { name: 'External bot', scopes: ['conversations:write'] },
        admin,
      );
      assert.equal(token.status, 201);
      botToken = token.body.token;
    });
    after(async () => {
      await server.cleanup();
      bot.closeAllConnections();
      bot.close();
    });

    const texts = (res: Json) => (res.body.replies as Json[]).map((r) => r.text as string);

    it('without a subscribed bot, the built-in bot answers and no turn is offered', async () => {
      const chat = await startWidgetConversation(server.api);
      const res = await chat.send('送料はいくらですか');
      assert.equal(res.status, 200);
      assert.ok(texts(res).length > 0);
      assert.equal(turns.length, 0);
    });

    it('an external bot takes the turn: signed webhook, its replies and buttons stored', async () => {
      const hook = await server.api.post(
        '/api/v1/tenants/demo/webhooks',
        { url: botUrl, events: ['conversation.bot_turn'] },
        admin,
      );
      assert.equal(hook.status, 201, JSON.stringify(hook.body));
      const chat = await startWidgetConversation(server.api);
      const res = await chat.send('送料はいくらですか');
      assert.equal(res.status, 200);
      assert.deepEqual(texts(res), ['外部ボットです: 送料はいくらですか']);
      assert.deepEqual(res.body.replies[0].buttons, [
        { label: 'はい', text: 'はい' },
        { label: 'いいえ', text: 'いいえ、結構です' },
      ]);
      const turn = turns.find((t) => t.body.data.conversationId === chat.conversationId);
      assert.ok(turn);
      assert.equal(turn.body.type, 'conversation.bot_turn');
      assert.equal(turn.body.data.message.text, '送料はいくらですか');
      assert.equal(
        turn.signature,
        createHmac('sha256', hook.body.secret).update(turn.raw).digest('hex'),
      );
      assert.deepEqual(await waitFor('the bot-reply answer', () => botReplies.at(-1)), {
        status: 200,
        body: { accepted: true },
      });
      const history = await chat.history();
      assert.deepEqual(
        (history.body.messages as Json[]).map((m) => [m.author, m.text]),
        [
          ['customer', '送料はいくらですか'],
          ['bot', '外部ボットです: 送料はいくらですか'],
        ],
      );
    });

    it('the external bot hands off with variables on the handoff card', async () => {
      const chat = await startWidgetConversation(server.api);
      const res = await chat.send('担当の人と話したい');
      assert.deepEqual(texts(res), ['担当者におつなぎします。']);
      const details = await server.api.get(
        `/api/v1/tenants/demo/conversations/${chat.conversationId}`,
        admin,
      );
      assert.ok(['queued', 'assigned'].includes(details.body.conversation.status));
      assert.deepEqual(details.body.handoff.variables, { plan: 'ゴールド' });
    });

    it('a bot that does not answer in time: the built-in bot answers; a late reply is refused', async () => {
      const chat = await startWidgetConversation(server.api);
      const started = Date.now();
      const res = await chat.send('送料はいくらですか 考え中');
      const waited = Date.now() - started;
      assert.equal(res.status, 200);
      assert.ok(waited >= 1400, `waited ${waited} ms`);
      assert.ok(texts(res).length > 0);
      assert.ok(!texts(res).some((t) => t.startsWith('外部ボット')));
      const turn = turns.find((t) => t.body.data.conversationId === chat.conversationId);
      assert.ok(turn);
      const late = await server.api.post(
        `/api/v1/tenants/demo/conversations/${chat.conversationId}/bot-reply`,
        { turnId: turn.body.data.turnId, replies: [{ text: '遅れました' }] },
        botToken,
      );
      assert.equal(late.status, 409);
      const history = await chat.history();
      assert.ok(!(history.body.messages as Json[]).some((m) => m.text === '遅れました'));
    });

    it('a bot turn whose delivery failed is not offered again after its deadline', async () => {
      const chat = await startWidgetConversation(server.api);
      const res = await chat.send('送料はいくらですか 障害中');
      assert.equal(res.status, 200);
      assert.ok(!texts(res).some((t) => t.startsWith('外部ボット')));
      const hooks = await server.api.get('/api/v1/tenants/demo/webhooks', admin);
      const hookId = hooks.body.webhooks[0].id as string;
      let delivery: Json | undefined;
      for (const until = Date.now() + 15_000; !delivery && Date.now() < until; ) {
        await new Promise((r) => setTimeout(r, 200));
        const log = await server.api.get(
          `/api/v1/tenants/demo/webhooks/${hookId}/deliveries`,
          admin,
        );
        delivery = (log.body.deliveries as Json[]).find(
          (d) => d.payload.data.conversationId === chat.conversationId && d.status === 'failed',
        );
      }
      assert.ok(delivery, 'the late retry was given up');
      assert.match(delivery.lastError, /deadline passed/);
      assert.equal(
        turns.filter((t) => t.body.data?.conversationId === chat.conversationId).length,
        1,
        'offered once, not again after the deadline',
      );
    });

    it('refuses bad answers and tokens without conversations:write', async () => {
      const url = '/api/v1/tenants/demo/conversations/cnv_x/bot-reply';
      for (const body of [
        {},
        { turnId: 'turn_x' },
        { turnId: 'turn_x', replies: [{ text: '' }] },
        { turnId: 'turn_x', replies: [{ text: 'x', buttons: [{ label: '' }] }] },
      ]) {
        const res = await server.api.post(url, body, botToken);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      const reader = await server.api.post(
        '/api/v1/tenants/demo/api-tokens',
        { name: 'reader', scopes: ['conversations:read'] },
        admin,
      );
      const refused = await server.api.post(
        url,
        { turnId: 'turn_x', replies: [{ text: 'x' }] },
        reader.body.token,
      );
      assert.equal(refused.status, 403);
      const unknown = await server.api.post(
        url,
        { turnId: 'turn_x', replies: [{ text: 'x' }] },
        botToken,
      );
      assert.equal(unknown.status, 409);
    });
  });
}
