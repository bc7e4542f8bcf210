import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  databasesUnderTest,
  demo,
  type Json,
  nextEvent,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

const hour = 3600_000;
const t = `/api/v1/tenants/${demo.tenantId}`;

for (const database of databasesUnderTest()) {
  describe(`Callback requests live on the agent socket (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    let agent1: string;
    let agent2: string;
    const sockets: Socket[] = [];
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent1 = await server.api.login(demo.agent1.email, demo.agent1.password);
      agent2 = await server.api.login(demo.agent2.email, demo.agent2.password);
    });
    after(async () => {
      for (const s of sockets) s.close();
      await server.cleanup();
    });
    const connect = async (token: string) => {
      const socket = await connectSocket(server.url, '/agent', { token });
      sockets.push(socket);
      return socket;
    };

    it('the widget form, claiming and completing reach the supervisor and every operator at once', async () => {
      const [board, op1, op2] = await Promise.all([
        connect(admin),
        connect(agent1),
        connect(agent2),
      ]);
      const chat = await startWidgetConversation(server.api, {
        language: 'ja',
        contact: { name: '折返 花子' },
      });
      const isThis = (c: Json) => c.conversationId === chat.conversationId;
      const created = [board, op1, op2].map((s) => nextEvent(s, 'callback.created', isThis));
      const start = new Date(Date.now() + hour).toISOString();
      const end = new Date(Date.now() + 2 * hour).toISOString();
      const booked = await server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/callbacks`,
        {
          body: { phone: '090-1111-2222', windowStart: start, windowEnd: end },
          token: chat.customerToken,
        },
      );
      assert.equal(booked.status, 201);
      for (const heard of await Promise.all(created)) {
        assert.equal(heard.id, booked.body.id);
        assert.equal(heard.status, 'open');
        assert.equal(heard.phone, '+819011112222');
        assert.equal(heard.contactName, '折返 花子');
        assert.equal(heard.windowStart, start);
      }

      const claimed = [board, op2].map((s) =>
        nextEvent(s, 'callback.updated', (c: Json) => isThis(c) && c.status === 'claimed'),
      );
      const url = `${t}/callbacks/${booked.body.id}`;
      assert.equal((await server.api.post(`${url}/claim`, {}, agent1)).status, 200);
      for (const heard of await Promise.all(claimed)) {
        assert.ok(heard.assigneeId, 'the claimer is set');
        assert.ok(heard.assigneeName, 'and named');
      }

      const done = nextEvent(
        board,
        'callback.updated',
        (c: Json) => isThis(c) && c.status === 'completed',
      );
      assert.equal((await server.api.post(`${url}/complete`, {}, agent1)).status, 200);
      assert.equal((await done).attempts, 1);
    });

    it('a callback booked through the chat questions is announced once the message is stored', async () => {
      const board = await connect(admin);
      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      const created = nextEvent(
        board,
        'callback.created',
        (c: Json) => c.conversationId === chat.conversationId,
      );
      await chat.send('折り返し電話をお願いします');
      await chat.send('080-2222-3333');
      const booked = await chat.send('明日 14時〜16時');
      assert.match(booked.body.replies[0].text, /承りました/);
      const heard = await created;
      assert.equal(heard.phone, '+818022223333');
      assert.equal(heard.channel, 'web');
      const listed = await server.api.get(`${t}/callbacks`, admin);
      assert.ok(listed.body.callbacks.some((c: Json) => c.id === heard.id));
    });

    it('an operator whose tenant masks personal data hears the phone number masked', async () => {
      await server.api.put(`${t}/security`, { maskPiiForAgents: true }, admin);
      try {
        const masked = await server.api.login(demo.agent1.email, demo.agent1.password);
        const [op, board] = await Promise.all([connect(masked), connect(admin)]);
        const chat = await startWidgetConversation(server.api, { language: 'ja' });
        const isThis = (c: Json) => c.conversationId === chat.conversationId;
        const heardByOp = nextEvent(op, 'callback.created', isThis);
        const heardByBoard = nextEvent(board, 'callback.created', isThis);
        const res = await server.api.request(
          'POST',
          `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/callbacks`,
          {
            body: {
              phone: '090-3333-4444',
              windowStart: new Date(Date.now() + hour).toISOString(),
              windowEnd: new Date(Date.now() + 2 * hour).toISOString(),
            },
            token: chat.customerToken,
          },
        );
        assert.equal(res.status, 201);
        assert.equal((await heardByBoard).phone, '+819033334444');
        const opHeard = await heardByOp;
        assert.notEqual(opHeard.phone, '+819033334444');
        assert.match(opHeard.phone, /\*/);
        assert.match(opHeard.phone, /44$/);
      } finally {
        await server.api.put(`${t}/security`, { maskPiiForAgents: false }, admin);
      }
    });
  });
}
