import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntentClassifier } from './intent-classifier.js';
import { intentFixture } from './intent-fixture.test-fixture.js';

const unseen: [string, string][] = [
  ['where is my parcel right now', 'track_order'],
  ['has the order been shipped', 'track_order'],
  ['please cancel my purchase', 'cancel_order'],
  ['I would like to cancel this order', 'cancel_order'],
  ['I cannot remember my password', 'reset_password'],
  ['reset the password for my login', 'reset_password'],
  ['can I get my money back', 'refund'],
  ['refund the damaged item please', 'refund'],
  ['注文をキャンセルできますか', 'cancel_order'],
  ['パスワードを忘れてしまいました', 'reset_password'],
  ['商品はいつ届く予定ですか', 'track_order'],
  ['返金をお願いします', 'refund'],
];

test('a classifier trained on a small fixture recognises paraphrases in English and Japanese', async () => {
  const model = await IntentClassifier.train(intentFixture);
  assert.deepEqual(model.intents, ['cancel_order', 'refund', 'reset_password', 'track_order']);
  const correct = unseen.filter(([text, intent]) => model.rank(text)[0]?.name === intent);
  assert.ok(
    correct.length >= 11,
    `${correct.length}/${unseen.length} right; wrong: ${unseen
      .filter((u) => !correct.includes(u))
      .map(([t]) => t)
      .join(' | ')}`,
  );
  const ranked = model.rank('where is my order');
  const total = ranked.reduce((sum, r) => sum + r.confidence, 0);
  assert.ok(Math.abs(total - 1) < 1e-6, 'probabilities sum to one');
  assert.equal(model.classify('where is my order')?.name, 'track_order');
});

test('it abstains on text unlike any intent, and learns out-of-scope examples', async () => {
  const withOos = await IntentClassifier.train([
    ...intentFixture,
    ...[
      'what is the weather tomorrow',
      'tell me a joke',
      'who won the football match',
      'play some music',
      'how tall is mount fuji',
      '明日の天気は',
      'おすすめの映画は',
      '今何時ですか',
    ].map((text) => ({ text, intent: 'out_of_scope' })),
  ]);
  for (const text of ['will it rain this weekend', 'sing me a song', '週末の天気はどうですか']) {
    assert.equal(withOos.classify(text), null, text);
  }
  assert.equal(withOos.classify('cancel my order please')?.name, 'cancel_order');

  // Without out-of-scope examples the threshold comes from held-out in-scope examples.
  const plain = await IntentClassifier.train(intentFixture);
  assert.ok(plain.threshold >= 0.4 && plain.threshold <= 0.5, `threshold ${plain.threshold}`);
  assert.equal(plain.classify('zzzz qqqq'), null, 'nothing known: no intent');
});

test('training yields to the event loop and the same data trains the same model', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const [a, b] = await Promise.all([
    IntentClassifier.train(intentFixture, { epochs: 40, sliceMs: 1 }),
    IntentClassifier.train(intentFixture, { epochs: 40, sliceMs: 1 }),
  ]);
  clearInterval(timer);
  assert.ok(ticks > 0, 'timers ran while training');
  assert.deepEqual(a.rank('refund please'), b.rank('refund please'));
});

test('a single intent can be trained: it abstains on what is unlike it', async () => {
  const model = await IntentClassifier.train(intentFixture.filter((e) => e.intent === 'refund'));
  assert.deepEqual(model.intents, ['refund']);
  assert.equal(model.classify('I want a refund')?.name, 'refund');
});

test('the logistic model alone still trains, and agrees with the averaged model on clear cases', async () => {
  const [alone, averaged] = await Promise.all([
    IntentClassifier.train(intentFixture, { svmC: 0 }),
    IntentClassifier.train(intentFixture),
  ]);
  for (const [text, intent] of unseen.slice(0, 4)) {
    assert.equal(alone.rank(text)[0]?.name, intent, text);
    assert.equal(averaged.rank(text)[0]?.name, intent, text);
  }
});
