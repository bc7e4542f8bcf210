import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  connectSocket,
  createApi,
  createPgSchema,
  demo,
  type Json,
  type NodeProcess,
  nextEvent,
  owner,
  startNodeProcess,
  startWidgetConversation,
} from './support/harness.js';

const pgUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const timeoutMs = 1500;

describe('widget triggers, callbacks and the agent bot across nodes (PostgreSQL and Redis)', {
  skip: !pgUrl || !redisUrl ? 'needs TEST_DATABASE_URL and TEST_REDIS_URL' : false,
}, () => {
  let schema: { url: string; drop: () => Promise<void> };
  let a: NodeProcess;
  let b: NodeProcess;
  let bot: http.Server;
  let botToken = '';
  /** Every turn the external bot was offered, and what its bot-reply (through node B) got. */
  const turns: Json[] = [];
  const answers: { turnId: string; status: number }[] = [];

  before(async () => {
    schema = await createPgSchema(pgUrl as string);
    const env = {
      DATABASE_URL: schema.url,
      REDIS_URL: redisUrl as string,
      REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}`,
      TSUNAGI_OWNER_EMAIL: owner.email,
      TSUNAGI_OWNER_PASSWORD: owner.password,
      OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
      AGENT_BOT_TIMEOUT_MS: String(timeoutMs),
    };
    [a, b] = await Promise.all([startNodeProcess(env), startNodeProcess(env)]);
    // The external bot answers every turn through node B, whichever node took the message.
    bot = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.end('{}');
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
        if (body.type !== 'conversation.bot_turn') return;
        turns.push(body.data);
        const { conversationId, turnId, message } = body.data;
        const text = message.text as string;
        if (text.includes('考え中')) return; // never answers
        const delay = text.includes('遅れて') ? timeoutMs + 1000 : 0;
        setTimeout(() => {
          void createApi(b.url)
            .post(
              `/api/v1/tenants/demo/conversations/${conversationId}/bot-reply`,
              { turnId, replies: [{ text: `外部ボット: ${text}` }] },
              botToken,
            )
            .then(
              (r) => answers.push({ turnId, status: r.status }),
              () => answers.push({ turnId, status: 0 }),
            );
        }, delay);
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    bot?.closeAllConnections();
    bot?.close();
    for (const node of [a, b]) if (node && node.child.exitCode === null) node.child.kill('SIGKILL');
    await schema?.drop();
  });

  const eventually = async <T>(what: string, read: () => Promise<T | undefined>, ms = 5000) => {
    for (const until = Date.now() + ms; Date.now() < until; ) {
      const value = await read();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`not within ${ms} ms: ${what}`);
  };

  test('a trigger list changed on node A is served by node B at once', async () => {
    const apiA = createApi(a.url);
    const apiB = createApi(b.url);
    const admin = await apiA.login(demo.admin.email, demo.admin.password);
    const rule = { id: 'first', message: { en: 'Hi' }, when: {} };
    await apiA.put('/api/v1/tenants/demo/widget-triggers', { triggers: [rule] }, admin);
    const config = async () =>
      ((await apiB.get(`/api/v1/widget/${demo.widgetKey}/config`)).body.triggers as Json[]).map(
        (t) => t.id,
      );
    assert.deepEqual(await config(), ['first']); // now kept by node B
    await apiA.put(
      '/api/v1/tenants/demo/widget-triggers',
      { triggers: [{ ...rule, id: 'second' }] },
      admin,
    );
    // Kept lists are re-read after a minute at most: sooner than that is the event.
    await eventually('node B serving the new list', async () => {
      const ids = await config();
      return ids[0] === 'second' ? ids : undefined;
    });
    // The per-visitor limit holds across nodes: one show a day, asked on either.
    const ask = (node: NodeProcess) =>
      createApi(node.url).post(`/api/v1/widget/${demo.widgetKey}/triggers/second/show`, {
        visitorId: 'visitor-across-nodes',
        url: 'https://shop.example/',
      });
    const [one, two] = await Promise.all([ask(a), ask(b)]);
    assert.deepEqual([one.body.show, two.body.show].sort(), [false, true]);
  });

  test('callback questions started on node A go on on node B; the booking reaches a socket on B', async () => {
    const apiA = createApi(a.url);
    const apiB = createApi(b.url);
    // Node B has read which conversations have questions under way before these start.
    await (await startWidgetConversation(apiB)).send('こんにちは');
    const chat = await startWidgetConversation(apiA, { language: 'ja' });
    const onB = {
      send: (text: string) =>
        apiB.request(
          'POST',
          `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/messages`,
          { body: { text }, token: chat.customerToken },
        ),
    };
    const admin = await apiB.login(demo.admin.email, demo.admin.password);
    const board = await connectSocket(b.url, '/agent', { token: admin });
    try {
      const announced = nextEvent(
        board,
        'callback.created',
        (c: Json) => c.conversationId === chat.conversationId,
      );
      const asked = await chat.send('折り返し電話をお願いします');
      assert.match(asked.body.replies[0].text, /電話番号/);
      await new Promise((r) => setTimeout(r, 200)); // the customer types
      const phone = await onB.send('080-4444-5555');
      assert.match(phone.body.replies[0].text, /時間帯/);
      const booked = await chat.send('明日 14時〜16時');
      assert.match(booked.body.replies[0].text, /承りました/);
      assert.equal((await announced).phone, '+818044445555');
      // Over: node B answers as the bot again.
      const next = await onB.send('送料はいくらですか？');
      assert.doesNotMatch(next.body.replies[0]?.text ?? '', /電話番号|時間帯/);
    } finally {
      board.close();
    }
  });

  test('an external bot answering through node B completes the turn held on node A', async () => {
    const apiA = createApi(a.url);
    const admin = await apiA.login(demo.admin.email, demo.admin.password);
    const port = (bot.address() as AddressInfo).port;
    const hook = await apiA.post(
      '/api/v1/tenants/demo/webhooks',
      { url: `http://127.0.0.1:${port}/bot`, events: ['conversation.bot_turn'] },
      admin,
    );
    assert.equal(hook.status, 201, JSON.stringify(hook.body));
    const token = await apiA.post(
      '/api/v1/tenants/demo/api-tokens',
      { name: 'External bot', scopes: ['conversations:write'] },
      admin,
    );
    botToken = token.body.token;

    const chat = await startWidgetConversation(apiA);
    const started = Date.now();
    const res = await chat.send('送料はいくらですか');
    assert.equal(res.status, 200);
    assert.deepEqual(
      (res.body.replies as Json[]).map((r) => r.text),
      ['外部ボット: 送料はいくらですか'],
    );
    assert.ok(Date.now() - started < timeoutMs, 'answered before the timeout');
    const turn = turns.find((t) => t.conversationId === chat.conversationId);
    assert.ok(turn);
    // The customer's reply can come back before node B's answer to the bot's own request.
    const answered = await eventually('node B answering the bot', async () =>
      answers.find((x) => x.turnId === turn.turnId),
    );
    assert.equal(answered.status, 200);
    const history = await chat.history();
    assert.deepEqual(
      (history.body.messages as Json[]).map((m) => [m.author, m.text]),
      [
        ['customer', '送料はいくらですか'],
        ['bot', '外部ボット: 送料はいくらですか'],
      ],
    );
  });

  test('without an answer in time the built-in bot answers once; a late reply on node B is refused', async () => {
    const chat = await startWidgetConversation(createApi(a.url));
    const res = await chat.send('送料はいくらですか 遅れてすみません');
    assert.equal(res.status, 200);
    const replies = (res.body.replies as Json[]).map((r) => r.text as string);
    assert.ok(replies.length > 0);
    assert.ok(!replies.some((t) => t.startsWith('外部ボット')));
    const turn = turns.find((t) => t.conversationId === chat.conversationId);
    assert.ok(turn);
    const late = await eventually('the late bot-reply', async () =>
      answers.find((x) => x.turnId === turn.turnId),
    );
    assert.equal(late.status, 409);
    const history = await chat.history();
    const messages = history.body.messages as Json[];
    assert.equal(messages.filter((m) => m.author === 'customer').length, 1);
    assert.deepEqual(
      messages.filter((m) => m.author === 'bot').map((m) => m.text),
      replies,
      'the built-in answer, stored once, and nothing from the late reply',
    );
  });

  test('many turns at once on both nodes, all answered through node B, each complete once', async () => {
    const chats = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        startWidgetConversation(createApi(i % 2 ? b.url : a.url)),
      ),
    );
    const results = await Promise.all(chats.map((chat, i) => chat.send(`質問 ${i}`)));
    for (const chat of chats) {
      assert.equal(
        turns.filter((t) => t.conversationId === chat.conversationId).length,
        1,
        'offered once',
      );
    }
    results.forEach((res, i) => {
      assert.equal(res.status, 200);
      assert.deepEqual(
        (res.body.replies as Json[]).map((r) => r.text),
        [`外部ボット: 質問 ${i}`],
      );
    });
  });
});
