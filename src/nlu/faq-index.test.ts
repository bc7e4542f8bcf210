import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PARAPHRASES, SHOP_FAQS, UNRELATED } from './faq-fixture.test-fixture.js';
import { ANSWER_CONFIDENCE, FaqIndex, SUGGEST_CONFIDENCE } from './faq-index.js';

const index = FaqIndex.build(SHOP_FAQS);

for (const [query, id] of PARAPHRASES) {
  test(`paraphrase "${query}" is answered by ${id}`, () => {
    const [top] = index.search(query);
    assert.equal(top?.id, id);
    assert.ok(top.confidence >= ANSWER_CONFIDENCE, `confidence ${top.confidence}`);
    assert.ok(top.confidence <= 1);
  });
}

for (const query of UNRELATED) {
  test(`unrelated "${query}" stays below the suggestion threshold`, () => {
    for (const match of index.search(query)) {
      assert.ok(match.confidence < SUGGEST_CONFIDENCE, `${match.id} at ${match.confidence}`);
    }
  });
}

test('greetings and chit-chat match no FAQ', () => {
  for (const text of [
    'こんにちは',
    'hello',
    'ありがとう',
    'thanks',
    'Hi there!',
    'ありがとうございました',
  ]) {
    assert.deepEqual(index.search(text), [], text);
  }
});

test('a single generic word is suggested, not answered', () => {
  const [top] = index.search('注文');
  assert.ok(top);
  assert.ok(top.confidence < ANSWER_CONFIDENCE);
});

test('matches explain themselves and come best first', () => {
  const results = index.search('how much is shipping', { limit: 3 });
  assert.deepEqual(results[0]?.matchedTerms.sort(), ['cost', 'shipping']);
  for (let i = 1; i < results.length; i++) {
    assert.ok((results[i - 1]?.score ?? 0) >= (results[i]?.score ?? 0));
  }
  assert.equal(results[0]?.category, 'shipping');
});

test('limit, empty index and size behave', () => {
  assert.equal(index.size, SHOP_FAQS.length);
  assert.ok(index.search('order', { limit: 1 }).length <= 1);
  assert.deepEqual(FaqIndex.build([]).search('送料'), []);
  assert.equal(FaqIndex.build([]).size, 0);
});

test('alternates are searchable', () => {
  const [top] = index.search('お届けまでの日数');
  assert.equal(top?.id, 'ja-delivery-time');
});

// How fast it builds is measured by `npm run bench`, not asserted here.
test('builds and searches 10,000 FAQs', () => {
  const docs = Array.from({ length: 10_000 }, (_, i) => {
    const base = SHOP_FAQS[i % SHOP_FAQS.length]!;
    return { ...base, id: `faq-${i}`, question: `${base.question} ${i}` };
  });
  const big = FaqIndex.build(docs);
  assert.equal(big.size, 10_000);
  assert.ok(big.search('送料っていくらかかりますか').length > 0);
});

test('searches leave no scores behind for the next one', () => {
  const first = index.search('送料っていくらかかりますか', { limit: 3, minConfidence: 0 });
  index.search('how much is shipping', { limit: 3, minConfidence: 0 });
  index.search('キャンセルできますか', { limit: 3, minConfidence: 0 });
  assert.deepEqual(
    index.search('送料っていくらかかりますか', { limit: 3, minConfidence: 0 }),
    first,
  );
});

test('re-ranking keeps scores in order and the confidence floor', () => {
  const results = index.search('送料', { limit: 5, minConfidence: 0 });
  for (let i = 1; i < results.length; i++) {
    assert.ok((results[i - 1]?.score ?? 0) >= (results[i]?.score ?? 0));
  }
  for (const match of index.search('送料')) assert.ok(match.confidence >= 0.15);
});
