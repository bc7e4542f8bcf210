import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoFaq } from '../demo/demo-faq.js';
import { startChatCompletionsStandIn } from '../llm/chat-completions.test-fixture.js';
import { type ChatComplete, type ChatMessage, createChatClient } from '../llm/index.js';
import { answerPolicyFor, FaqIndex } from '../nlu/index.js';
import { decideReply } from './bot.js';
import { createBotAssistant } from './bot-assistant.js';
import {
  buildGroundedPrompt,
  MAX_GROUNDED_ANSWER,
  parseGroundedReply,
  REFUSAL_TOKEN,
} from './grounded-answer.js';
import { buildHandoffCard } from './handoff-card.js';
import { boundTranscript, MAX_SUMMARY } from './handoff-summary.js';

const index = FaqIndex.build(
  demoFaq.map((f, i) => ({
    id: `faq_${i}`,
    question: f.question,
    answer: f.answer,
    alternates: f.alternates ?? [],
    category: f.category,
    language: f.language,
  })),
);

/** Retrieval finds candidates for it (two close FAQs) but is not sure enough to answer on its own. */
const unsure = 'Cancel or return?';

const idsIn = (messages: ChatMessage[]) =>
  [...(messages[0]?.content ?? '').matchAll(/<faq id="([^"]+)">/g)].map((m) => m[1] ?? '');

/** A model that answers with `reply(given ids)` and records what it was asked. */
function fakeModel(reply: (ids: string[], messages: ChatMessage[]) => string | null) {
  const calls: { messages: ChatMessage[]; purpose: string; timeoutMs: number }[] = [];
  const complete: ChatComplete = async (messages, options) => {
    calls.push({ messages, purpose: options.purpose, timeoutMs: options.timeoutMs });
    return reply(idsIn(messages), messages);
  };
  return { complete, calls };
}

test('the precondition: retrieval has candidates for the unsure question but no confident answer', () => {
  const matches = index.search(unsure, { limit: 3 });
  assert.ok(matches.length > 0);
  assert.notEqual(answerPolicyFor(index).decide(unsure).action, 'answer');
});

test('a grounded answer citing a given FAQ is what the bot says, and it is no miss', async () => {
  const model = fakeModel((ids) => `Returns of broken items are free of charge. [${ids[0]}]`);
  const assist = await createBotAssistant({ complete: model.complete }).prepare({
    text: unsure,
    index,
    botMisses: 0,
    fallbackLanguage: 'en',
    history: async () => [],
  });
  assert.equal(model.calls.length, 1);
  assert.equal(model.calls[0]?.purpose, 'answer');
  const given = idsIn(model.calls[0]?.messages ?? []);
  assert.deepEqual(
    given,
    index.search(unsure, { limit: 3 }).map((m) => m.id),
    'only the top candidates go to the model',
  );
  assert.match(model.calls[0]?.messages[0]?.content ?? '', /Reply in English/);
  assert.equal(model.calls[0]?.messages[1]?.content, unsure);
  assert.deepEqual(assist.grounded?.faqIds, [given[0]]);

  const decision = decideReply({
    text: unsure,
    index,
    botMisses: 1,
    grounded: assist.grounded,
  });
  assert.equal(decision.replies[0]?.text, 'Returns of broken items are free of charge.');
  assert.equal(decision.replies[0]?.buttons, undefined);
  assert.equal(decision.botMisses, 0);
  assert.equal(decision.handoff, null);
  assert.equal(decision.answered?.id, given[0]);
  assert.equal(assist.summary, null, 'no handoff, no summary');
});

test('a reply citing no given id, or the refusal token, leaves the bot as it was', async () => {
  const plain = decideReply({ text: unsure, index, botMisses: 0 });
  for (const reply of [
    'Returns are free. [faq_999]',
    'Returns are free.',
    REFUSAL_TOKEN,
    `I am not sure. ${REFUSAL_TOKEN}`,
    null,
  ]) {
    const model = fakeModel((ids) => (reply === REFUSAL_TOKEN ? `${reply} [${ids[0]}]` : reply));
    const assist = await createBotAssistant({ complete: model.complete }).prepare({
      text: unsure,
      index,
      botMisses: 0,
      fallbackLanguage: null,
      history: async () => [],
    });
    assert.equal(assist.grounded, null, String(reply));
    const decision = decideReply({ text: unsure, index, botMisses: 0, grounded: assist.grounded });
    assert.deepEqual(decision, plain, String(reply));
  }
});

test('the decision ignores a grounded answer citing none of its candidates', () => {
  const decision = decideReply({
    text: unsure,
    index,
    botMisses: 0,
    grounded: { text: 'Invented', faqIds: ['faq_from_elsewhere'] },
  });
  assert.notEqual(decision.replies[0]?.text, 'Invented');
  assert.equal(decision.botMisses, 1);
});

test('confident answers, small talk and requests for a human never ask for an answer', async () => {
  const model = fakeModel(() => 'unused');
  const assistant = createBotAssistant({ complete: model.complete });
  for (const text of ['how much does shipping cost?', 'hello', 'thanks!']) {
    await assistant.prepare({
      text,
      index,
      botMisses: 0,
      fallbackLanguage: 'en',
      history: async () => [],
    });
  }
  assert.deepEqual(model.calls, []);
});

test('no candidates at all: the model is not asked', async () => {
  const model = fakeModel(() => 'unused');
  await createBotAssistant({ complete: model.complete }).prepare({
    text: 'What is the capital of Australia?',
    index,
    botMisses: 0,
    fallbackLanguage: 'en',
    history: async () => [],
  });
  assert.deepEqual(model.calls, []);
});

test('a handoff asks for a summary of the bounded conversation, with a tight timeout', async () => {
  const model = fakeModel(() => '  Customer A-10293 has not received the order.\n');
  const history = [
    { author: 'customer' as const, text: '注文番号 A-10293 の荷物がまだ届きません' },
    { author: 'bot' as const, text: 'ご注文確定から通常2〜4営業日でお届けします。' },
    { author: 'system' as const, text: 'internal' },
  ];
  const assist = await createBotAssistant({
    complete: model.complete,
    summaryTimeoutMs: 1234,
  }).prepare({
    text: '人と話したい',
    index,
    botMisses: 0,
    fallbackLanguage: 'ja',
    history: async () => history,
  });
  assert.equal(assist.summary, 'Customer A-10293 has not received the order.');
  assert.equal(model.calls.length, 1);
  assert.equal(model.calls[0]?.purpose, 'summary');
  assert.equal(model.calls[0]?.timeoutMs, 1234);
  const transcript = model.calls[0]?.messages[1]?.content ?? '';
  assert.match(transcript, /^Customer: 注文番号 A-10293/);
  assert.match(transcript, /Customer: 人と話したい\nBot: オペレーターにおつなぎします/);
  assert.doesNotMatch(transcript, /internal/, 'system notices stay out');

  const card = buildHandoffCard({
    messages: history,
    reason: 'requested',
    index,
    language: 'ja',
    summary: assist.summary,
  });
  assert.equal(card.summary, assist.summary);
  const extractive = buildHandoffCard({
    messages: history,
    reason: 'requested',
    index,
    language: 'ja',
  });
  assert.match(extractive.summary, /A-10293/, 'without a model summary the extractive one stays');
});

test('a failed summary is null, so the card keeps its extractive summary', async () => {
  const model = fakeModel(() => null);
  const assist = await createBotAssistant({ complete: model.complete }).prepare({
    text: 'talk to a human',
    index,
    botMisses: 0,
    fallbackLanguage: 'en',
    history: async () => [{ author: 'customer', text: 'My parcel is late' }],
  });
  assert.equal(assist.summary, null);
});

test('replies are cleaned of citations and kept within the length limit', () => {
  const entries = ['faq_1', 'faq_2', 'faq_10'].map((id) => ({
    id,
    question: `question ${id}`,
    answer: id === 'faq_2' ? 'See https://shop.example.test/returns for details.' : 'An answer.',
  }));
  const parse = (reply: string) => parseGroundedReply(reply, entries);
  assert.deepEqual(parse('送料は無料です [faq_1]。'), {
    text: '送料は無料です。',
    faqIds: ['faq_1'],
  });
  assert.deepEqual(parse('Yes. [faq_2, faq_1] [faq_9]')?.faqIds, ['faq_1', 'faq_2']);
  assert.deepEqual(parse('Yes.【faq_10】')?.faqIds, ['faq_10'], 'faq_1 is not cited by faq_10');
  assert.equal(parse('Yes. (Sources: faq_2)')?.text, 'Yes.');
  assert.equal(parse('Yes, see faq_1.')?.text, 'Yes, see.', 'a bare id counts and is removed');
  assert.equal(parse('Yes. [faq_99]'), null, 'an id not given is no citation');
  assert.equal(parse('[faq_1]'), null, 'nothing but a citation');
  assert.equal(
    parse('Returns: https://shop.example.test/returns. [faq_2]')?.text,
    'Returns: https://shop.example.test/returns.',
    'a link from the entries is kept',
  );
  assert.equal(parse('Pay at https://evil.example.test now [faq_2]'), null, 'an invented link');
  const long = `${'This sentence is part of a very long answer. '.repeat(40)}[faq_1]`;
  const limited = parse(long)?.text ?? '';
  assert.ok(limited.length <= MAX_GROUNDED_ANSWER, `${limited.length}`);
  assert.match(limited, /\.$/, 'cut at a sentence end');
});

test('the prompt holds only the given entries, the refusal token and the language', () => {
  const [system, user] = buildGroundedPrompt({
    question: '返品の送料は？',
    entries: [{ id: 'faq_a', question: '返品できますか？', answer: '到着後7日以内です。' }],
    language: 'ja',
  });
  assert.equal(system?.role, 'system');
  assert.match(
    system?.content ?? '',
    /<faq id="faq_a">\nQ: 返品できますか？\nA: 到着後7日以内です。\n<\/faq>/,
  );
  assert.match(system?.content ?? '', new RegExp(`exactly ${REFUSAL_TOKEN}`));
  assert.match(system?.content ?? '', /Reply in Japanese/);
  assert.deepEqual(user, { role: 'user', content: '返品の送料は？' });
});

test('the transcript keeps the latest turns within its bound', () => {
  const messages = Array.from({ length: 100 }, (_, i) => ({
    author: 'customer' as const,
    text: `message ${i} ${'x'.repeat(200)}`,
  }));
  const transcript = boundTranscript(messages);
  assert.ok(transcript.length <= 4000);
  assert.match(transcript, /message 99/);
  assert.doesNotMatch(transcript, /message 0 /);
  assert.ok(MAX_SUMMARY <= 300);
});

test('a model slower than the answer timeout is given up on, and the bot answers as without one', async () => {
  const standIn = await startChatCompletionsStandIn(() => ({
    content: 'late [faq_17]',
    delayMs: 2000,
  }));
  try {
    const failures: string[] = [];
    const assistant = createBotAssistant({
      complete: createChatClient({
        baseUrl: standIn.baseUrl,
        apiKey: 'k',
        model: 'm',
        onFailure: (failure) => failures.push(failure.reason),
      }),
      answerTimeoutMs: 100,
    });
    const started = Date.now();
    const assist = await assistant.prepare({
      text: unsure,
      index,
      botMisses: 0,
      fallbackLanguage: 'en',
      history: async () => [],
    });
    assert.ok(Date.now() - started < 1500, 'did not wait for the model');
    assert.equal(assist.grounded, null);
    assert.deepEqual(failures, ['timeout']);
  } finally {
    await standIn.close();
  }
});
