import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type ChatFailure, createChatClient } from './chat-client.js';
import { startChatCompletionsStandIn } from './chat-completions.test-fixture.js';

const apiKey = 'sk-test-secret-key';
let standIn: Awaited<ReturnType<typeof startChatCompletionsStandIn>>;
let failures: (ChatFailure & { purpose: string; endpoint: string })[] = [];

before(async () => {
  standIn = await startChatCompletionsStandIn();
});
after(() => standIn.close());

const client = () => {
  failures = [];
  return createChatClient({
    baseUrl: `${standIn.baseUrl}/`,
    apiKey,
    model: 'test-model',
    onFailure: (failure) => failures.push(failure),
  });
};
const ask = (timeoutMs = 2000) =>
  client()([{ role: 'user', content: 'hello' }], { timeoutMs, purpose: 'answer' });

test('posts an OpenAI-compatible request and returns the first choice', async () => {
  standIn.setReply(() => ({ content: 'Hi there' }));
  assert.equal(await ask(), 'Hi there');
  const request = standIn.requests.at(-1);
  assert.equal(request?.method, 'POST');
  assert.equal(request?.path, '/v1/chat/completions');
  assert.equal(request?.headers.authorization, `Bearer ${apiKey}`);
  assert.equal(request?.headers['content-type'], 'application/json');
  assert.deepEqual(request?.body, {
    model: 'test-model',
    messages: [{ role: 'user', content: 'hello' }],
    temperature: 0,
  });
  assert.deepEqual(failures, []);
});

test('no API key sends no Authorization header (local models)', async () => {
  standIn.setReply(() => ({ content: 'ok' }));
  const complete = createChatClient({
    baseUrl: standIn.baseUrl,
    apiKey: undefined,
    model: 'm',
  });
  assert.equal(
    await complete([{ role: 'user', content: 'x' }], { timeoutMs: 2000, purpose: 'answer' }),
    'ok',
  );
  assert.equal(standIn.requests.at(-1)?.headers.authorization, undefined);
});

test('a non-2xx status yields null and reports the status without the key', async () => {
  standIn.setReply(() => ({ status: 500, raw: '{"error":{"message":"boom"}}' }));
  assert.equal(await ask(), null);
  assert.equal(failures.length, 1);
  assert.deepEqual(
    { reason: failures[0]?.reason, status: (failures[0] as { status?: number }).status },
    { reason: 'status', status: 500 },
  );
  assert.doesNotMatch(JSON.stringify(failures), new RegExp(apiKey));
});

test('a slow endpoint is cut off at the timeout', async () => {
  standIn.setReply(() => ({ content: 'late', delayMs: 1000 }));
  const started = Date.now();
  assert.equal(await ask(100), null);
  assert.ok(Date.now() - started < 900, 'did not wait for the endpoint');
  assert.equal(failures[0]?.reason, 'timeout');
});

test('malformed bodies yield null: not JSON, no choices, content not a string', async () => {
  for (const raw of [
    'not json at all',
    '{"choices":[]}',
    '{"choices":[{"message":{"content":null}}]}',
    '{"error":"nope"}',
  ]) {
    standIn.setReply(() => ({ raw }));
    assert.equal(await ask(), null, raw);
    assert.equal(failures[0]?.reason, 'malformed', raw);
  }
});

test('an unreachable endpoint yields null, reported without credentials in the URL', async () => {
  const complete = createChatClient({
    baseUrl: 'http://user:hunter2@127.0.0.1:1/v1?key=secret',
    apiKey,
    model: 'm',
    onFailure: (failure) => failures.push(failure),
  });
  failures = [];
  assert.equal(
    await complete([{ role: 'user', content: 'x' }], { timeoutMs: 2000, purpose: 'summary' }),
    null,
  );
  assert.equal(failures[0]?.reason, 'network');
  assert.equal(failures[0]?.purpose, 'summary');
  assert.doesNotMatch(JSON.stringify(failures), /hunter2|secret|sk-test/);
});
