import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  demo,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

const metricsToken = 'policy-thread-metrics';

/** What the node reports of where its work (`metric`) was done: on the thread or the event loop. */
async function whereDone(
  server: TestServer,
  metric = 'tsunagi_bot_policy_verdicts',
): Promise<{ thread: number; eventLoop: number }> {
  const res = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  });
  const text = await res.text();
  const read = (where: string) =>
    Number(new RegExp(`${metric}\\{where="${where}"\\} (\\d+)`).exec(text)?.[1] ?? NaN);
  return { thread: read('thread'), eventLoop: read('event_loop') };
}
const verdicts = (server: TestServer) => whereDone(server);

type Sent = { status: number; body: { replies: { text: string }[] } };

describe('the answer policy on a thread of its own (POLICY_THREAD=on)', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer(undefined, { POLICY_THREAD: 'on', METRICS_TOKEN: metricsToken });
    for (let i = 0; i < 200 && (await server.api.get('/readyz')).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    admin = await server.api.login(demo.admin.email, demo.admin.password);
  });
  after(() => server.cleanup());

  test('customers get the same answers once the thread gives the verdicts', async () => {
    const chat = await startWidgetConversation(server.api);
    const first = (await chat.send('送料っていくらかかりますか？')) as Sent;
    assert.equal(first.status, 200);
    const answer = first.body.replies[0]?.text;
    assert.match(answer ?? '', /550円/);
    // The thread loads its dictionary and builds its copy of the FAQ meanwhile.
    let counted = await verdicts(server);
    for (let i = 0; i < 200 && counted.thread === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const again = (await (
        await startWidgetConversation(server.api)
      ).send('送料っていくらかかりますか？')) as Sent;
      assert.equal(again.body.replies[0]?.text, answer);
      counted = await verdicts(server);
    }
    assert.ok(counted.thread > 0, 'the thread gave verdicts');
    const before = counted.thread;
    const english = (await chat.send('How much does shipping cost?')) as Sent;
    assert.match(english.body.replies[0]?.text ?? '', /550/);
    const human = await chat.send('人と話したい');
    assert.equal(human.status, 200);
    const status = await chat.history();
    assert.notEqual((status.body as { status: string }).status, 'bot');
    assert.ok(
      (await verdicts(server)).thread > before,
      'the later messages were decided there too',
    );
  });

  test("a handoff's card reads the customer's words on the thread", async () => {
    const cards = async () => (await whereDone(server, 'tsunagi_handoff_card_readings')).thread;
    const before = await cards();
    const chat = await startWidgetConversation(server.api);
    await chat.send('注文番号 A-10293 の商品がまだ届きません。いつ届きますか？');
    assert.equal((await chat.send('人と話したい')).status, 200);
    const detail = await server.api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
      admin,
    );
    const card = detail.body.handoff;
    assert.equal(card.reason, 'requested');
    assert.match(card.summary, /届きません/);
    assert.equal(card.intent, '配送');
    assert.deepEqual(card.entities, [{ type: 'order_number', value: 'A-10293' }]);
    assert.ok(card.keywords.length > 0);
    assert.equal(await cards(), before + 1, 'the words were read on the thread');
  });

  test('a FAQ added is answered from at once, and then from the thread', async () => {
    const question = '好きなメンバーのトレカを選べますか？';
    const created = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/faqs`,
      {
        question,
        answer: 'トレカはランダム封入のため、メンバーはお選びいただけません。',
        language: 'ja',
      },
      admin,
    );
    assert.equal(created.status, 201);
    const ask = async () =>
      (
        (await (
          await startWidgetConversation(server.api)
        ).send('好きなメンバーのトレカを選びたい')) as Sent
      ).body.replies[0]?.text;
    assert.match((await ask()) ?? '', /ランダム封入/, 'the very next message knows the new FAQ');
    const start = (await verdicts(server)).thread;
    let counted = start;
    for (let i = 0; i < 200 && counted === start; i++) {
      await new Promise((r) => setTimeout(r, 50));
      assert.match((await ask()) ?? '', /ランダム封入/);
      counted = (await verdicts(server)).thread;
    }
    assert.ok(counted > start, "the thread's copy of the new FAQ answers too");
  });
});
