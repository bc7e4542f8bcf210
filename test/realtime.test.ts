import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  databasesUnderTest,
  demo,
  nextEvent,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

type Seen = { id: string; text: string }[];
const collectInto = (seen: Seen) => (socket: Socket) => {
  socket.on('message.created', (m: { id: string; text: string }) => seen.push(m));
};
const settle = () => new Promise((r) => setTimeout(r, 300));

for (const database of databasesUnderTest()) {
  describe(`realtime namespaces (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    test('handshakes without valid credentials are refused', async () => {
      await assert.rejects(connectSocket(server.url, '/agent', { token: 'forged' }));
      await assert.rejects(connectSocket(server.url, '/agent', {}));
      const chat = await startWidgetConversation(server.api);
      await assert.rejects(
        connectSocket(server.url, '/widget', {
          widgetKey: demo.widgetKey,
          conversationId: chat.conversationId,
          customerToken: 'wrong',
        }),
      );
      await assert.rejects(
        connectSocket(server.url, '/widget', {
          widgetKey: 'nope',
          conversationId: chat.conversationId,
          customerToken: chat.customerToken,
        }),
      );
    });

    test('a widget that reconnects gets exactly the messages it missed, in order', async () => {
      const chat = await startWidgetConversation(server.api);
      const first = await chat.send('こんにちは');
      const lastSeen = first.body.replies.at(-1).id as string;
      // Offline: the customer is away while the conversation moves on.
      const token = await server.api.login(demo.agent1.email, demo.agent1.password);
      const base = `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`;
      await server.api.post(`${base}/assign`, {}, token);
      await server.api.post(`${base}/messages`, { text: 'one' }, token);
      await server.api.post(`${base}/messages`, { text: 'two' }, token);

      const seen: Seen = [];
      const socket = await connectSocket(
        server.url,
        '/widget',
        {
          widgetKey: demo.widgetKey,
          conversationId: chat.conversationId,
          customerToken: chat.customerToken,
          after: lastSeen,
        },
        collectInto(seen),
      );
      await settle();
      try {
        const texts = seen.map((m) => m.text);
        assert.equal(texts.length, 3, JSON.stringify(texts));
        assert.deepEqual(texts.slice(1), ['one', 'two']);
        assert.match(texts[0] ?? '', /佐藤/, 'the joined notice comes first');
        const live = nextEvent(
          socket,
          'message.created',
          (m: { text: string }) => m.text === 'three',
        );
        await server.api.post(`${base}/messages`, { text: 'three' }, token);
        await live;
      } finally {
        socket.close();
      }
    });

    test('a console that reconnects gets what it missed; an agent does not hear others’ conversations', async () => {
      const t1 = await server.api.login(demo.agent1.email, demo.agent1.password);
      const t2 = await server.api.login(demo.agent2.email, demo.agent2.password);
      const chat = await startWidgetConversation(server.api);
      const hello = await chat.send('hello');
      const base = `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`;
      await server.api.post(`${base}/assign`, {}, t1);
      await server.api.post(`${base}/messages`, { text: 'private to agent one' }, t1);
      await chat.send('thanks, and one more thing');

      const after = hello.body.replies.at(-1).id as string;
      const seen1: Seen = [];
      const seen2: Seen = [];
      const s1 = await connectSocket(
        server.url,
        '/agent',
        { token: t1, after },
        collectInto(seen1),
      );
      const s2 = await connectSocket(
        server.url,
        '/agent',
        { token: t2, after },
        collectInto(seen2),
      );
      await settle();
      try {
        assert.deepEqual(
          seen1
            .map((m) => m.text)
            .filter((x) => x !== undefined)
            .slice(-2),
          ['private to agent one', 'thanks, and one more thing'],
        );
        assert.ok(!seen2.some((m) => m.text === 'private to agent one'));
      } finally {
        s1.close();
        s2.close();
      }
    });

    test('a burst of concurrent sends: the console hears every message once, each conversation in order', async () => {
      const token = await server.api.login(demo.admin.email, demo.admin.password);
      const heard: { id: string; conversationId: string; author: string; text: string }[] = [];
      const operator = await connectSocket(server.url, '/agent', { token }, (socket) => {
        socket.on('message.created', (m: (typeof heard)[number]) => heard.push(m));
      });
      try {
        const chats = await Promise.all(
          Array.from({ length: 4 }, () => startWidgetConversation(server.api)),
        );
        const sent = await Promise.all(
          chats.flatMap((chat, c) =>
            Array.from({ length: 8 }, (_, i) => chat.send(`burst ${c}-${i} 送料はいくらですか`)),
          ),
        );
        const stored = sent.flatMap((r) => [
          r.body.message.id,
          ...r.body.replies.map((m: { id: string }) => m.id),
        ]);
        await settle();
        const mine = heard.filter((m) =>
          chats.some((chat) => chat.conversationId === m.conversationId),
        );
        assert.deepEqual(mine.map((m) => m.id).sort(), [...stored].sort());
        for (const chat of chats) {
          const inConversation = mine.filter((m) => m.conversationId === chat.conversationId);
          const { body } = await chat.history();
          assert.deepEqual(
            inConversation.map((m) => m.id),
            body.messages.map((m: { id: string }) => m.id),
          );
        }
      } finally {
        operator.close();
      }
    });
  });
}
