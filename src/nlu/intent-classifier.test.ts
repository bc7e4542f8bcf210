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

test('regularisation and threshold are chosen by cross-validation on the examples themselves', async () => {
  // Namespaced names and one intent with half the examples.
  const examples = intentFixture
    .map((e) => ({ ...e, intent: `shop/${e.intent}` }))
    .filter((e, i) => e.intent !== 'shop/refund' || i % 2 === 0);
  const model = await IntentClassifier.train(examples);
  const report = model.report;
  assert.equal(report.folds, 5);
  assert.equal(report.examples, examples.length);
  assert.deepEqual(
    report.candidates.map((c) => c.svmC),
    [0.1, 0.25, 0.5, 1, 2],
  );
  const best = Math.max(...report.candidates.map((c) => c.accuracy));
  assert.equal(report.candidates.find((c) => c.svmC === report.svmC)?.accuracy, best);
  assert.equal(report.accuracy, best);
  assert.ok(report.accuracy !== null && report.accuracy > 0.7, `CV accuracy ${report.accuracy}`);
  assert.equal(report.outOfScopeRecall, null, 'no out-of-scope examples given');
  assert.ok(Math.abs(report.threshold - model.threshold) < 0.001, 'the threshold in use');
  assert.equal(model.rank('cancel my order please')[0]?.name, 'shop/cancel_order');

  // The accuracy is out-of-fold, not on the training data: with labels dealt at random it
  // falls to about chance, though the model still fits its own examples.
  const names = [...new Set(examples.map((e) => e.intent))];
  const shuffled = examples.map((e, i) => ({ text: e.text, intent: names[(i * 7) % 4] ?? '' }));
  const noise = await IntentClassifier.train(shuffled);
  assert.ok((noise.report.accuracy ?? 1) < 0.5, `CV accuracy on noise ${noise.report.accuracy}`);
  const fitted = shuffled.filter((e) => noise.rank(e.text)[0]?.name === e.intent).length;
  assert.ok(fitted / shuffled.length > 0.8, 'yet it fits the examples it saw');

  // A C given by the caller is kept; only the calibration is cross-validated.
  const fixed = await IntentClassifier.train(examples, { svmC: 0.3 });
  assert.equal(fixed.report.svmC, 0.3);
  assert.deepEqual(
    fixed.report.candidates.map((c) => c.svmC),
    [0.3],
  );
});

test('out-of-scope examples are judged in cross-validation and set the threshold', async () => {
  const oos = [
    'what is the weather tomorrow',
    'tell me a joke',
    'who won the football match',
    'play some music',
    'how tall is mount fuji',
    '明日の天気は',
    'おすすめの映画は',
    '今何時ですか',
    'what is the capital of france',
    'recommend a good book',
  ].map((text) => ({ text, intent: 'out_of_scope' }));
  const model = await IntentClassifier.train([...intentFixture, ...oos]);
  assert.ok(model.report.outOfScopeRecall !== null, 'out-of-scope recall reported');
  assert.ok(model.report.threshold >= 0.4 && model.report.threshold < 1);
  assert.equal(model.classify('sing me a song'), null);
});
