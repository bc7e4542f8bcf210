import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectSentiment } from './detect-sentiment.js';
import { extractKeywords } from './extract-keywords.js';
import { summarise } from './summarise.js';

test('keywords are content words, most salient first, without particles', () => {
  const keywords = extractKeywords([
    'こんにちは',
    '注文した商品の領収書がほしいです',
    '領収書の宛名を会社名にできますか',
  ]);
  assert.equal(keywords[0], '領収書');
  assert.ok(keywords.includes('宛名'));
  for (const particle of ['の', 'が', 'を', 'です', 'こんにちは']) {
    assert.ok(!keywords.includes(particle), particle);
  }
  const english = extractKeywords(['Hi, my refund has not arrived', 'Where is my refund?'], 2);
  assert.equal(english.length, 2);
  assert.equal(english[0], 'refund');
});

test('sentiment: complaints, praise, negation and shouting', () => {
  assert.equal(detectSentiment('最悪です。何度も連絡しているのに届かない'), 'negative');
  assert.equal(detectSentiment('This is unacceptable, I am really angry'), 'negative');
  assert.equal(detectSentiment('Where is my order??!!'), 'negative');
  assert.equal(detectSentiment('정말 짜증나요'), 'negative');
  assert.equal(detectSentiment('太差了，我要投诉'), 'negative');
  assert.equal(detectSentiment('I am not happy with this'), 'negative');
  assert.equal(detectSentiment('丁寧な対応ありがとうございます、助かりました'), 'positive');
  assert.equal(detectSentiment('Thank you, that was very helpful'), 'positive');
  assert.equal(detectSentiment('很满意，谢谢'), 'positive');
  assert.equal(detectSentiment('不满意'), 'negative');
  assert.equal(detectSentiment('送料はいくらですか'), 'neutral');
  assert.equal(detectSentiment('How do I reset my password?'), 'neutral');
});

test('summary picks the informative customer sentence and stays short', () => {
  const summary = summarise([
    'こんにちは',
    '先週注文したスニーカーがまだ届きません。注文番号はA-10293です。',
    'よろしくお願いします',
  ]);
  assert.ok(summary.includes('届きません') || summary.includes('A-10293'), summary);
  assert.ok(!summary.startsWith('こんにちは'));
  assert.ok([...summary].length <= 120);
  const long = summarise(['I need a refund for '.concat('the blue jacket '.repeat(20))]);
  assert.ok([...long].length <= 120);
  assert.equal(summarise([]), '');
});
