import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoFaq } from '../demo/demo-faq.js';
import { answerPolicyFor, primeAnswerPolicy } from './answer-policy.js';
import { readCustomer } from './customer-reading.js';
import { keywordTokens } from './extract-keywords.js';
import { FaqIndex } from './faq-index.js';
import { loadJapaneseAnalyzer } from './japanese-analyzer.js';
import { createPolicyWorker } from './policy-worker.js';
import { type SharedAnalyses, withSharedAnalyses } from './tokenise.js';

const docs = demoFaq.map((faq, i) => ({ id: `faq-${i}`, alternates: [], ...faq }));
const texts = [
  '送料っていくらかかりますか？',
  '商品が届くまで何日くらいかかりますか？',
  'How much does shipping cost?',
  '返品ってできますか？',
  '配送について教えてください',
  'I have a question about something else entirely',
  '  パスワードを忘れてしまいました\n',
];

const worker = createPolicyWorker();
before(() => loadJapaneseAnalyzer());
after(() => worker.close());

/** Asks until the thread has its copy (it loads its dictionary, then builds the index). */
async function verdictOf(tenantId: string, index: FaqIndex, text: string) {
  for (let tries = 0; tries < 600; tries++) {
    const verdict = await worker.decide(tenantId, index, text);
    if (verdict) return verdict;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the policy thread never answered');
}

test("the thread's verdicts are the event loop's, with the same analyses of the message", async () => {
  const index = FaqIndex.build(docs);
  // Calibrated with customers' picks, as a tenant's index is: the copy must use them too.
  await primeAnswerPolicy(index, [{ text: '送料どのくらい', faqId: 'faq-0' }]);
  for (const text of texts) {
    const verdict = await verdictOf('t1', index, text);
    const here: SharedAnalyses = new Map();
    const policy = withSharedAnalyses(here, () => {
      const decided = answerPolicyFor(index).decide(text.trim());
      keywordTokens(text);
      return decided;
    });
    assert.deepEqual(verdict.policy, policy, text);
    assert.deepEqual(verdict.analyses, here, text);
  }
});

test('a changed FAQ is a new index: nothing is answered from the old copy', async () => {
  const first = FaqIndex.build(docs);
  await verdictOf('t2', first, '送料はいくら？');
  const changed = FaqIndex.build([
    ...docs,
    {
      id: 'new',
      question: 'トレカは選べますか？',
      answer: '選べません。',
      alternates: [],
      language: 'ja',
      category: null,
    },
  ]);
  // The copy of the new FAQ is not there yet: the caller decides itself.
  assert.equal(await worker.decide('t2', changed, '好きなメンバーのトレカを選びたい'), undefined);
  const verdict = await verdictOf('t2', changed, '好きなメンバーのトレカを選びたい');
  assert.equal(verdict.policy.matches[0]?.id, 'new');
  assert.deepEqual(
    verdict.policy,
    answerPolicyFor(changed).decide('好きなメンバーのトレカを選びたい'),
  );
});

test('messages asked at once, more than one hand-off of them, each get their own verdict', async () => {
  const index = FaqIndex.build(docs);
  await verdictOf('t3', index, texts[0] as string);
  const burst = Array.from({ length: 40 }, (_, i) => texts[i % texts.length] as string);
  const verdicts = await Promise.all(burst.map((text) => worker.decide('t3', index, text)));
  verdicts.forEach((verdict, i) => {
    const text = burst[i] as string;
    assert.ok(verdict, text);
    assert.deepEqual(verdict.policy, answerPolicyFor(index).decide(text.trim()), text);
  });
});

test("a handoff card's reading of the customer's words on the thread is the event loop's", async () => {
  const index = FaqIndex.build(docs);
  const requests = [
    {
      about: ['注文番号 A-12345 の商品がまだ届きません。いつ届きますか？'],
      customer: ['こんにちは', '注文番号 A-12345 の商品がまだ届きません。いつ届きますか？'],
    },
    {
      about: ['返品したいです', '送料はどちらが負担しますか？ 本当に困っています'],
      customer: ['返品したいです', '送料はどちらが負担しますか？ 本当に困っています'],
    },
    {
      about: ['I was charged twice for order 99812, please refund me'],
      customer: ['hi', 'I was charged twice for order 99812, please refund me', 'agent please'],
    },
  ];
  // Before the thread has this FAQ's copy it reads nothing: the caller reads the words itself.
  assert.equal(
    await worker.read('t4', index, { ...(requests[0] as (typeof requests)[0]), withSummary: true }),
    undefined,
  );
  await verdictOf('t4', index, texts[0] as string);
  for (const request of requests) {
    for (const withSummary of [true, false]) {
      const onThread = await worker.read('t4', index, { ...request, withSummary });
      assert.ok(onThread, request.about[0]);
      assert.deepEqual(onThread, readCustomer({ index, ...request, withSummary }));
    }
  }
  const read = await worker.read('t4', index, {
    ...(requests[0] as (typeof requests)[0]),
    withSummary: true,
  });
  assert.equal(read?.category, '配送');
  assert.deepEqual(read?.entities, [{ type: 'order_number', value: 'A-12345' }]);
  assert.ok(worker.counts().cards.thread >= 7);
});
