import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  connectSocket,
  databasesUnderTest,
  nextEvent,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

for (const database of databasesUnderTest()) {
  describe(`console API (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    const agentToken = async (ws: Awaited<ReturnType<typeof createWorkspace>>, index: number) => {
      const users = await ws.get('/users');
      const email = users.body.users.find((u: { id: string }) => u.id === ws.agentIds[index]).email;
      return server.api.login(email, 'routing-password-1');
    };

    test('internal notes reach staff live and never the customer (no widget event, not in the widget history)', async () => {
      const ws = await createWorkspace(server, [{ name: 'A', languages: ['ja'] }]);
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'ja' });
      await chat.send('人と話したい');
      const widgetEvents: string[] = [];
      const widget = await connectSocket(
        server.url,
        '/widget',
        {
          widgetKey: ws.widgetKey,
          conversationId: chat.conversationId,
          customerToken: chat.customerToken,
        },
        (s) => s.onAny((event) => widgetEvents.push(event)),
      );
      const staff = await connectSocket(server.url, '/agent', { token: ws.adminToken });
      const heard = nextEvent(staff, 'note.created');
      const note = await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/notes`,
        { text: '社内メモ: 返金は上長確認が必要' },
        ws.adminToken,
      );
      assert.equal(note.status, 201);
      assert.equal((await heard).text, '社内メモ: 返金は上長確認が必要');
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!widgetEvents.includes('note.created'));
      assert.ok(!JSON.stringify((await chat.history()).body).includes('社内メモ'));
      const details = await ws.get(`/conversations/${chat.conversationId}/details`);
      assert.deepEqual(
        details.body.notes.map((n: { text: string }) => n.text),
        ['社内メモ: 返金は上長確認が必要'],
      );
      widget.close();
      staff.close();
    });

    test('typing indicators travel both ways', async () => {
      const ws = await createWorkspace(server, [{ name: 'A', languages: ['en'] }]);
      const token = await agentToken(ws, 0);
      await server.api.put(`${ws.base}/agents/me/status`, { status: 'online' }, token);
      const chat = await ws.chat({ language: 'en' });
      await chat.send('talk to a human');
      const agent = await connectSocket(server.url, '/agent', { token });
      const widget = await connectSocket(server.url, '/widget', {
        widgetKey: ws.widgetKey,
        conversationId: chat.conversationId,
        customerToken: chat.customerToken,
      });
      const customerTyping = nextEvent(agent, 'typing');
      widget.emit('typing', { isTyping: true });
      assert.deepEqual(await customerTyping, {
        conversationId: chat.conversationId,
        author: 'customer',
        isTyping: true,
      });
      const agentTyping = nextEvent(widget, 'typing');
      agent.emit('typing', { conversationId: chat.conversationId, isTyping: true });
      assert.equal((await agentTyping).author, 'agent');
      agent.close();
      widget.close();
    });

    test('the inbox filters by view, queue, tag and channel, searches, and counts unread', async () => {
      const ws = await createWorkspace(server, [{ name: 'A', languages: ['ja'] }]);
      const token = await agentToken(ws, 0);
      const queue = await server.api.post(
        `${ws.base}/queues`,
        { name: 'JA', languages: ['ja'] },
        ws.adminToken,
      );
      const waiting = await ws.chat({ language: 'ja', contact: { name: '山田 太郎' } });
      await waiting.send('注文番号 A-10293 が届きません。人と話したい');
      const mine = await ws.chat({ language: 'en', contact: { name: 'Jane Doe' } });
      await mine.send('talk to a human');
      await server.api.post(`${ws.base}/conversations/${mine.conversationId}/assign`, {}, token);
      await server.api.put(
        `${ws.base}/conversations/${mine.conversationId}/handling`,
        { tags: ['refund', 'urgent'], category: '返品' },
        token,
      );

      const ids = async (query: string, as = token) =>
        (await server.api.get(`${ws.base}/inbox${query}`, as)).body.conversations.map(
          (c: { id: string }) => c.id,
        );
      assert.deepEqual(await ids('?view=queued'), [waiting.conversationId]);
      assert.deepEqual(await ids('?view=mine'), [mine.conversationId]);
      assert.deepEqual(await ids(`?queueId=${queue.body.id}`), [waiting.conversationId]);
      assert.deepEqual(await ids('?tag=refund'), [mine.conversationId]);
      assert.deepEqual(await ids('?tag=ref'), [], 'whole tags only');
      assert.deepEqual(await ids('?q=A-10293'), [waiting.conversationId], 'message text');
      assert.deepEqual(await ids('?q=jane'), [mine.conversationId], 'contact name');
      assert.deepEqual(await ids('?q=100%25'), []);
      assert.equal((await ids('?channel=web')).length, 2);
      assert.equal((await ids('?channel=email')).length, 0);

      const row = async () =>
        (await server.api.get(`${ws.base}/inbox?view=mine`, token)).body.conversations[0] as {
          unread: number;
          slaDueAt: string;
        };
      assert.ok((await row()).unread > 0);
      assert.ok((await row()).slaDueAt, 'an SLA due time from the queue time');
      await server.api.post(`${ws.base}/conversations/${mine.conversationId}/read`, {}, token);
      assert.equal((await row()).unread, 0);
      const reply = await server.api.post(
        `${ws.base}/conversations/${mine.conversationId}/messages`,
        { text: 'Looking into it.' },
        token,
      );
      assert.equal(reply.status, 201);
      assert.equal((await row()).unread, 0, 'only what the customer wrote counts');
      await mine.send('any news?');
      assert.equal((await row()).unread, 1);
      assert.deepEqual((await ws.get('/tags')).body.tags, ['refund', 'urgent']);
      assert.equal((await server.api.get(`${ws.base}/inbox?view=everything`, token)).status, 400);
    });

    test('canned responses: admins manage them, agents read them; shortcuts are unique', async () => {
      const ws = await createWorkspace(server, [{ name: 'A' }]);
      const token = await agentToken(ws, 0);
      const url = `${ws.base}/canned-responses`;
      const body = {
        shortcut: 'thanks',
        title: 'お礼',
        text: '{{contact.name}}様、お問い合わせありがとうございます。',
      };
      assert.equal((await server.api.post(url, body, token)).status, 403);
      const created = await server.api.post(url, body, ws.adminToken);
      assert.equal(created.status, 201);
      assert.equal((await server.api.post(url, body, ws.adminToken)).status, 409);
      assert.equal(
        (await server.api.post(url, { ...body, shortcut: 'has space' }, ws.adminToken)).status,
        400,
      );
      const listed = await server.api.get(url, token);
      assert.equal(listed.body.cannedResponses[0].text, body.text);
      const edited = await server.api.put(
        `${url}/${created.body.id}`,
        { ...body, title: 'Thanks' },
        ws.adminToken,
      );
      assert.equal(edited.status, 200);
      assert.equal(
        (await server.api.request('DELETE', `${url}/${created.body.id}`, { token: ws.adminToken }))
          .status,
        200,
      );
      assert.equal(
        (await server.api.request('DELETE', `${url}/${created.body.id}`, { token: ws.adminToken }))
          .status,
        404,
      );
    });

    test('banned words: built-in ones and the tenant’s own are found with their positions', async () => {
      const ws = await createWorkspace(server, [{ name: 'A' }]);
      const token = await agentToken(ws, 0);
      await server.api.put(
        `${ws.base}/banned-words`,
        { words: ['競合社', ' 競合社 '] },
        ws.adminToken,
      );
      assert.deepEqual((await ws.get('/banned-words')).body.words, ['競合社']);
      const text = 'それはバカな話です。競合社より安いです';
      const check = await server.api.post(`${ws.base}/moderation/check`, { text }, token);
      assert.deepEqual(
        check.body.matches.map((m: { start: number; end: number }) => text.slice(m.start, m.end)),
        ['バカ', '競合社'],
      );
      assert.equal(
        (await server.api.put(`${ws.base}/banned-words`, { words: ['x'] }, token)).status,
        403,
      );
    });

    test('suggested replies come from the FAQ; the wrap-up draft and the stored wrap-up', async () => {
      const ws = await createWorkspace(server, [{ name: 'A', languages: ['ja'] }]);
      await server.api.post(
        `${ws.base}/faqs`,
        { question: '送料はいくらですか', answer: '送料は全国一律550円です。', category: '配送' },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'ja', contact: { externalId: 'wrap-1' } });
      await chat.send('注文番号 A-10293 の件で人と話したい');
      await chat.send('ところで送料はいくらかかりますか？');
      const suggestions = await ws.get(`/conversations/${chat.conversationId}/suggestions`);
      assert.equal(suggestions.body.suggestions[0].answer, '送料は全国一律550円です。');
      await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/messages`,
        { text: '送料は550円です。' },
        ws.adminToken,
      );

      const draft = await ws.get(`/conversations/${chat.conversationId}/wrap-up-draft`);
      assert.equal(draft.status, 200);
      assert.match(draft.body.summary, /A-10293/);
      assert.match(draft.body.summary, /→ 送料は550円です。/);
      const saved = await server.api.put(
        `${ws.base}/conversations/${chat.conversationId}/wrap-up`,
        { category: '配送', summary: `${draft.body.summary}\n確認済み` },
        ws.adminToken,
      );
      assert.equal(saved.status, 200);
      await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/resolve`,
        {},
        ws.adminToken,
      );
      const details = await ws.get(`/conversations/${chat.conversationId}/details`);
      assert.equal(details.body.category, '配送');
      assert.match(details.body.wrapUpSummary, /確認済み$/);
      // The customer's next conversation shows it in the customer panel.
      const next = await ws.chat({ language: 'ja', contact: { externalId: 'wrap-1' } });
      const panel = (await ws.get(`/conversations/${next.conversationId}/details`)).body;
      assert.equal(panel.pastConversations[0].id, chat.conversationId);
      assert.equal(panel.pastConversations[0].category, '配送');
    });

    test('the supervisor overview shows queues with waits and SLA, and agents with load', async () => {
      const ws = await createWorkspace(server, [
        { name: 'A', languages: ['ja'], maxConcurrent: 1 },
      ]);
      await server.api.post(
        `${ws.base}/queues`,
        { name: '日本語', languages: ['ja'], slaFirstReplySeconds: 60 },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      for (let i = 0; i < 2; i++) {
        const chat = await ws.chat({ language: 'ja' });
        await chat.send('人と話したい');
      }
      const overview = (await ws.get('/supervisor/overview')).body;
      const queue = overview.queues.find((q: { name: string }) => q.name === '日本語');
      assert.equal(queue.waiting, 1);
      assert.equal(queue.slaTargetSeconds, 60);
      assert.equal(queue.sla.ok, 2, 'both unanswered, neither late yet');
      assert.deepEqual(
        overview.agents.map((a: { name: string; load: number; status: string }) => [
          a.name,
          a.load,
          a.status,
        ]),
        [
          ['Admin', 0, 'offline'],
          ['A', 1, 'online'],
        ],
      );
    });
  });
}
