import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  completion,
  type RecordedRequest,
  type StandInReply,
  startChatCompletionsStandIn,
} from '../src/llm/chat-completions.test-fixture.js';
import {
  demo,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

const apiKey = 'sk-llm-test-key';
const model = 'stand-in-model';
/** The demo FAQ has candidates for it, but none close enough to answer without help. */
const unsure = 'Do I pay a fee to follow a parcel abroad?';

const givenIds = (request: RecordedRequest): string[] =>
  [...String(request.body?.messages?.[0]?.content ?? '').matchAll(/<faq id="([^"]+)">/g)].map(
    (m) => m[1] ?? '',
  );
const isAnswerRequest = (request: RecordedRequest) => givenIds(request).length > 0;

describe('optional LLM provider through the real server', () => {
  let server: TestServer;
  let standIn: Awaited<ReturnType<typeof startChatCompletionsStandIn>>;
  let adminToken: string;
  const reply = (answer: (r: RecordedRequest) => StandInReply, summary = 'SUMMARY') =>
    standIn.setReply((r) => (isAnswerRequest(r) ? answer(r) : { content: summary }));

  before(async () => {
    standIn = await startChatCompletionsStandIn();
    server = await startTestServer(undefined, {
      LLM_BASE_URL: standIn.baseUrl,
      LLM_MODEL: model,
      LLM_API_KEY: apiKey,
    });
    adminToken = await server.api.login(demo.admin.email, demo.admin.password);
  });
  after(async () => {
    await server.cleanup();
    await standIn.close();
  });

  test('a grounded answer citing one of the given FAQ entries is sent to the customer', async () => {
    reply((r) => ({ content: `Returns of damaged items are free of charge. [${givenIds(r)[0]}]` }));
    const asked = standIn.requests.length;
    const chat = await startWidgetConversation(server.api, { language: 'en' });
    const res = await chat.send(unsure);
    assert.equal(res.status, 200);
    assert.equal(res.body.replies.length, 1);
    assert.equal(res.body.replies[0].text, 'Returns of damaged items are free of charge.');
    assert.equal(res.body.replies[0].buttons, undefined);

    const requests = standIn.requests.slice(asked);
    assert.equal(requests.length, 1, 'one call, for the answer');
    const request = requests[0] as RecordedRequest;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v1/chat/completions');
    assert.equal(request.headers.authorization, `Bearer ${apiKey}`);
    assert.equal(request.body.model, model);
    assert.equal(request.body.temperature, 0);
    assert.deepEqual(
      request.body.messages.map((m: { role: string }) => m.role),
      ['system', 'user'],
    );
    assert.equal(request.body.messages[1].content, unsure);

    // Only this tenant's best few entries, and no secrets, leave the server.
    const ids = givenIds(request);
    assert.ok(ids.length >= 1 && ids.length <= 3, `${ids.length} entries`);
    const faqs = await server.api.get(`/api/v1/tenants/${demo.tenantId}/faqs`, adminToken);
    const tenantIds = new Set(faqs.body.faqs.map((f: { id: string }) => f.id));
    for (const id of ids) assert.ok(tenantIds.has(id), id);
    assert.doesNotMatch(JSON.stringify(request.body), new RegExp(`${apiKey}|${adminToken}`));

    const history = await chat.history();
    assert.equal(history.body.status, 'bot');
    const unanswered = await server.api.get(
      `/api/v1/tenants/${demo.tenantId}/unanswered`,
      adminToken,
    );
    if (unanswered.status === 200) {
      assert.ok(
        !JSON.stringify(unanswered.body).includes(unsure),
        'an answered question is not recorded as unanswered',
      );
    }
  });

  test('a refusal, a reply citing no given id, a 500 or malformed JSON fall back to suggestions', async () => {
    const cases: [string, (r: RecordedRequest) => StandInReply][] = [
      ['refusal', () => ({ content: 'NO_ANSWER' })],
      ['no citation', () => ({ content: 'Returns are always free.' })],
      ['foreign citation', () => ({ content: 'Returns are always free. [faq_not_given]' })],
      ['500', () => ({ status: 500, raw: '{"error":{"message":"overloaded"}}' })],
      ['malformed', () => ({ raw: '{"choices": [' })],
      ['wrong shape', () => ({ raw: completion('x').replace('"content"', '"text"') })],
    ];
    for (const [name, answer] of cases) {
      reply(answer);
      const chat = await startWidgetConversation(server.api, { language: 'en' });
      const res = await chat.send(unsure);
      assert.equal(res.status, 200, name);
      const bot = res.body.replies[0];
      assert.doesNotMatch(bot.text, /always free|damaged/, name);
      assert.ok(
        bot.buttons?.some((b: { label: string }) => /operator/i.test(b.label)),
        `${name}: offers the usual way on`,
      );
      assert.equal((await chat.history()).body.status, 'bot', name);
    }
  });

  test('the handoff card carries the model’s summary of the conversation', async () => {
    reply(() => ({ content: 'NO_ANSWER' }), 'Customer asks where order A-10293 is.');
    const asked = standIn.requests.length;
    const chat = await startWidgetConversation(server.api, { language: 'ja' });
    await chat.send('注文番号 A-10293 の商品がまだ届きません');
    const handoff = await chat.send('人と話したい');
    assert.equal(handoff.status, 200);
    assert.equal((await chat.history()).body.status, 'queued');

    const summaryRequest = standIn.requests.slice(asked).find((r) => !isAnswerRequest(r));
    assert.ok(summaryRequest, 'the model was asked for a summary');
    const transcript = summaryRequest.body.messages[1].content as string;
    assert.match(transcript, /Customer: 注文番号 A-10293 の商品がまだ届きません/);
    assert.match(transcript, /Customer: 人と話したい/);

    const detail = await server.api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
      adminToken,
    );
    assert.equal(detail.body.handoff.summary, 'Customer asks where order A-10293 is.');
    assert.ok(
      detail.body.handoff.entities.some((e: { value: string }) => e.value === 'A-10293'),
      'the rest of the card is as without a model',
    );
  });

  test('a failing summary leaves the extractive one and does not stop the handoff', async () => {
    standIn.setReply(() => ({ status: 503, raw: 'unavailable' }));
    const chat = await startWidgetConversation(server.api, { language: 'ja' });
    await chat.send('注文番号 A-10293 の商品がまだ届きません');
    const handoff = await chat.send('人と話したい');
    assert.equal(handoff.status, 200);
    assert.equal((await chat.history()).body.status, 'queued');
    const detail = await server.api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
      adminToken,
    );
    assert.match(detail.body.handoff.summary, /A-10293|届きません/);
  });
});
