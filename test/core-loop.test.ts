import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  connectSocket,
  databasesUnderTest,
  demo,
  nextEvent,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

for (const database of databasesUnderTest()) {
  describe(`core loop: widget → bot → handoff → operator (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    test('the bot answers a FAQ question in Japanese and in English', async () => {
      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      const ja = await chat.send('送料っていくらかかりますか？');
      assert.equal(ja.status, 200);
      assert.equal(ja.body.message.author, 'customer');
      assert.equal(ja.body.replies.length, 1);
      assert.equal(ja.body.replies[0].author, 'bot');
      assert.match(ja.body.replies[0].text, /550円/);

      const en = await chat.send('how much does shipping cost?');
      assert.match(en.body.replies[0].text, /550 yen/);
      const history = await chat.history();
      assert.equal(history.body.status, 'bot');
      assert.deepEqual(
        history.body.messages.map((m: { author: string }) => m.author),
        ['customer', 'bot', 'customer', 'bot'],
      );
    });

    test('an unrelated question gets no FAQ answer', async () => {
      const chat = await startWidgetConversation(server.api);
      const res = await chat.send('今日の東京の天気は晴れますか？');
      assert.equal(res.status, 200);
      const reply = res.body.replies[0];
      assert.doesNotMatch(reply.text, /550|返品|パスワード|ポイント/);
      assert.ok(reply.buttons?.length >= 1, 'offers a way to reach a human');
    });

    test('asking for a human queues the conversation with a handoff card; the agent replies and the customer sees it', async () => {
      const chat = await startWidgetConversation(server.api, {
        contact: { name: '山田 太郎' },
        language: 'ja',
      });
      await chat.send('注文番号 A-10293 の商品がまだ届きません。yamada@example.com に連絡ください');
      const handoff = await chat.send('人と話したい');
      assert.equal(handoff.status, 200);
      assert.equal((await chat.history()).body.status, 'queued', 'no agent is online yet');

      const token = await server.api.login(demo.agent1.email, demo.agent1.password);
      const queued = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations?status=queued`,
        token,
      );
      assert.ok(
        queued.body.conversations.some((c: { id: string }) => c.id === chat.conversationId),
      );

      const agentSocket = await connectSocket(server.url, '/agent', { token });
      const widgetSocket = await connectSocket(server.url, '/widget', {
        widgetKey: demo.widgetKey,
        conversationId: chat.conversationId,
        customerToken: chat.customerToken,
      });
      try {
        const assigned = nextEvent(
          agentSocket,
          'conversation.updated',
          (c: { id: string; status: string }) =>
            c.id === chat.conversationId && c.status === 'assigned',
        );
        const online = await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
          { status: 'online' },
          token,
        );
        assert.equal(online.status, 200);
        await assigned;

        const mine = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations?status=assigned&assignee=me`,
          token,
        );
        assert.deepEqual(
          mine.body.conversations.map((c: { id: string }) => c.id),
          [chat.conversationId],
        );

        const detail = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
          token,
        );
        assert.equal(detail.status, 200);
        const card = detail.body.handoff;
        assert.ok(card, 'handoff card present');
        assert.match(card.summary, /届きません|A-10293/);
        assert.ok(
          card.entities.some(
            (e: { type: string; value: string }) =>
              e.type === 'order_number' && e.value === 'A-10293',
          ),
        );
        assert.ok(
          card.entities.some(
            (e: { type: string; value: string }) =>
              e.type === 'email' && e.value === 'yamada@example.com',
          ),
        );
        assert.ok(card.keywords.length > 0);
        assert.ok(['positive', 'neutral', 'negative'].includes(card.sentiment));
        assert.equal(detail.body.conversation.contactName, '山田 太郎');

        const seen = nextEvent(
          widgetSocket,
          'message.created',
          (m: { author: string; text: string }) => m.author === 'agent',
        );
        const reply = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}/messages`,
          { text: 'お待たせしました。佐藤が確認いたします。' },
          token,
        );
        assert.equal(reply.status, 201);
        assert.equal(reply.body.author, 'agent');
        const live = await seen;
        assert.equal(live.text, 'お待たせしました。佐藤が確認いたします。');

        const retryBody = { text: '確認しました', clientMessageId: 'console-1' };
        const sendOnce = () =>
          server.api.post(
            `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}/messages`,
            retryBody,
            token,
          );
        const [r1, r2] = await Promise.all([sendOnce(), sendOnce()]);
        assert.equal(r1.body.id, r2.body.id, 'a retried agent send returns the first message');

        const after = await chat.history(handoff.body.message.id);
        assert.equal(
          after.body.messages.filter((m: { text: string }) => m.text === '確認しました').length,
          1,
        );
        assert.equal(after.body.status, 'assigned');
        assert.ok(
          after.body.messages.some(
            (m: { author: string; text: string }) => m.author === 'agent' && m.text === live.text,
          ),
        );

        const resolved = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}/resolve`,
          undefined,
          token,
        );
        assert.equal(resolved.status, 200);
        assert.equal((await chat.history()).body.status, 'resolved');
      } finally {
        agentSocket.close();
        widgetSocket.close();
        await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
          { status: 'offline' },
          token,
        );
      }
    });

    test('a handoff goes straight to an online agent, preferring one who speaks the language', async () => {
      const t1 = await server.api.login(demo.agent1.email, demo.agent1.password);
      const t2 = await server.api.login(demo.agent2.email, demo.agent2.password);
      await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
        { status: 'online' },
        t1,
      );
      await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
        { status: 'online' },
        t2,
      );
      try {
        const chat = await startWidgetConversation(server.api, { language: 'ko' });
        await chat.send('상담원 연결해 주세요');
        const history = await chat.history();
        assert.equal(history.body.status, 'assigned');
        const agent2Inbox = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations?assignee=me`,
          t2,
        );
        assert.ok(
          agent2Inbox.body.conversations.some((c: { id: string }) => c.id === chat.conversationId),
          'the Korean-speaking agent got it',
        );
        assert.ok(
          history.body.messages.some((m: { author: string }) => m.author === 'system'),
          'the customer is told who joined',
        );
      } finally {
        await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
          { status: 'offline' },
          t1,
        );
        await server.api.put(
          `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
          { status: 'offline' },
          t2,
        );
      }
    });

    test('repeated misses hand the conversation over without being asked', async () => {
      const chat = await startWidgetConversation(server.api, { language: 'en' });
      await chat.send('Do you sell refrigerators for camping?');
      await chat.send('What is the capital of Australia?');
      const history = await chat.history();
      assert.equal(history.body.status, 'queued');
    });

    test('a retried clientMessageId returns the first result and stores nothing new', async () => {
      const chat = await startWidgetConversation(server.api);
      const first = await chat.send('パスワードを忘れました', 'client-1');
      const again = await chat.send('パスワードを忘れました', 'client-1');
      assert.deepEqual(again.body, first.body);
      const concurrent = await Promise.all(
        [1, 2, 3].map(() => chat.send('領収書はもらえますか', 'client-2')),
      );
      for (const r of concurrent) assert.equal(r.body.message.id, concurrent[0]?.body.message.id);
      const history = await chat.history();
      assert.equal(
        history.body.messages.filter((m: { author: string }) => m.author === 'customer').length,
        2,
      );
    });

    test('messages sent at once, to one conversation and to several, are each stored once and answered', async () => {
      const busy = await startWidgetConversation(server.api);
      const others = await Promise.all([1, 2, 3].map(() => startWidgetConversation(server.api)));
      const texts = ['送料はいくらですか', '領収書はもらえますか', 'パスワードを忘れました'];
      // One tick: five to one conversation (one of them a retry), one to each of the others.
      const results = await Promise.all([
        ...texts.map((text, i) => busy.send(text, `busy-${i}`)),
        busy.send(texts[0] as string, 'busy-0'),
        busy.send('When will my order arrive?', 'busy-3'),
        ...others.map((chat, i) => chat.send(texts[i] as string, `other-${i}`)),
      ]);
      for (const r of results) assert.equal(r.status, 200);
      assert.equal(results[3]?.body.message.id, results[0]?.body.message.id);
      const { messages } = (await busy.history()).body as {
        messages: { id: string; author: string }[];
      };
      // Each customer message once, its answer right after it (they are appended together).
      assert.deepEqual(
        messages.map((m) => m.author),
        ['customer', 'bot', 'customer', 'bot', 'customer', 'bot', 'customer', 'bot'],
      );
      assert.equal(new Set(messages.map((m) => m.id)).size, 8);
      for (const r of results) assert.equal(r.body.replies.length, 1);
      for (const chat of others) {
        const authors = ((await chat.history()).body.messages as { author: string }[]).map(
          (m) => m.author,
        );
        assert.deepEqual(authors.slice(-2), ['customer', 'bot']);
      }
    });

    test('the OpenAPI document describes the contract', async () => {
      const res = await server.api.get('/api/v1/openapi.json');
      assert.equal(res.status, 200);
      assert.equal(res.body.openapi, '3.1.0');
      for (const path of [
        '/api/v1/auth/login',
        '/api/v1/tenants',
        '/api/v1/tenants/{tenantId}/users',
        '/api/v1/tenants/{tenantId}/faqs',
        '/api/v1/tenants/{tenantId}/faqs/import',
        '/api/v1/tenants/{tenantId}/nlu/parse',
        '/api/v1/widget/{widgetKey}/conversations',
        '/api/v1/widget/{widgetKey}/conversations/{id}/messages',
        '/api/v1/tenants/{tenantId}/agents/me/status',
        '/api/v1/tenants/{tenantId}/conversations',
        '/api/v1/tenants/{tenantId}/conversations/{id}',
        '/api/v1/tenants/{tenantId}/conversations/{id}/assign',
        '/api/v1/tenants/{tenantId}/conversations/{id}/messages',
        '/api/v1/tenants/{tenantId}/conversations/{id}/resolve',
      ]) {
        assert.ok(res.body.paths[path], `documents ${path}`);
      }
      assert.ok(
        res.body.paths['/api/v1/tenants/{tenantId}/faqs/import'].post.requestBody.content[
          'text/csv'
        ],
      );
    });

    test('healthz answers ok', async () => {
      const res = await server.api.get('/healthz');
      assert.deepEqual([res.status, res.body], [200, { status: 'ok' }]);
    });
  });
}

describe('operations endpoints', () => {
  test('readiness, metrics and request ids', async () => {
    const metricsToken = 'metrics-token-for-tests';
    const server = await startTestServer(undefined, { METRICS_TOKEN: metricsToken });
    try {
      // Not ready while the Japanese dictionary loads (the server already answers), then ready.
      let ready = await server.api.get('/readyz');
      for (let i = 0; i < 100 && ready.status === 503; i++) {
        assert.deepEqual(ready.body, { status: 'warming' });
        await new Promise((r) => setTimeout(r, 50));
        ready = await server.api.get('/readyz');
      }
      assert.deepEqual([ready.status, ready.body], [200, { status: 'ready' }]);
      const chat = await startWidgetConversation(server.api);
      await chat.send('送料はいくらですか');
      const metrics = await fetch(`${server.url}/metrics`, {
        headers: { authorization: `Bearer ${metricsToken}` },
      });
      const text = await metrics.text();
      assert.match(text, /tsunagi_messages_total\{author="bot"\} 1/);
      assert.match(
        text,
        /tsunagi_http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/widget\/:widgetKey\/conversations\/:id\/messages"/,
      );
      assert.match(text, /tsunagi_conversations_queued 0/);
      const withId = await fetch(`${server.url}/healthz`, {
        headers: { 'x-request-id': 'trace-123' },
      });
      assert.equal(withId.headers.get('x-request-id'), 'trace-123');
      const bogus = await fetch(`${server.url}/healthz`, {
        headers: { 'x-request-id': 'bad id with spaces' },
      });
      assert.notEqual(bogus.headers.get('x-request-id'), 'bad id with spaces');
    } finally {
      await server.cleanup();
    }
  });
});
