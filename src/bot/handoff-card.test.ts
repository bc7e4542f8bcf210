import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FaqIndex } from '../nlu/index.js';
import { buildHandoffCard } from './handoff-card.js';

const index = FaqIndex.build([
  {
    id: 'f1',
    question: 'How do I get a refund?',
    answer: 'Refunds take five days.',
    alternates: [],
    category: 'payments',
    language: 'en',
  },
]);

const messages = [
  { author: 'customer' as const, text: 'I want a refund for my broken headphones' },
  { author: 'bot' as const, text: 'Refunds take five days.' },
  { author: 'customer' as const, text: 'talk to a human' },
];

test('the handoff card names the trained intent when the classifier is sure', () => {
  const card = buildHandoffCard({
    messages,
    reason: 'requested',
    index,
    language: 'en',
    classifyIntent: (text) => (text.includes('refund') ? 'billing/refund' : null),
  });
  assert.equal(card.intent, 'billing/refund');
});

test('without a sure intent the closest FAQ category stands in', () => {
  const card = buildHandoffCard({
    messages,
    reason: 'requested',
    index,
    language: 'en',
    classifyIntent: () => null,
  });
  assert.equal(card.intent, 'payments');
});

test('a card built from the analyses the bot made of the message is the card built afresh', async () => {
  const { loadJapaneseAnalyzer } = await import('../nlu/index.js');
  const { decideReply } = await import('./bot.js');
  await loadJapaneseAnalyzer();
  const faq = FaqIndex.build([
    {
      id: 'ship',
      question: '送料はいくらですか？',
      answer: '全国一律500円です。',
      alternates: [],
      category: '配送',
      language: 'ja',
    },
  ]);
  const turn = [
    { author: 'customer' as const, text: '注文した商品の送料について聞きたいです' },
    { author: 'bot' as const, text: 'すみません、わかりませんでした' },
    { author: 'customer' as const, text: '配送について教えてください、注文番号は12345です' },
  ];
  const analyses = new Map();
  const decision = decideReply({
    text: turn[2]?.text ?? '',
    index: faq,
    botMisses: 1,
    analyses,
  });
  assert.ok(analyses.size > 0, 'the decision left its analyses for the card');
  const options = { messages: turn, reason: 'low_confidence' as const, index: faq, language: 'ja' };
  const shared = buildHandoffCard({ ...options, analyses });
  assert.deepEqual(shared, buildHandoffCard(options));
  assert.equal(decision.language, 'ja');
  assert.ok(shared.keywords.length > 0);
});

test('a customer back with a new request gets a card about it, not about the one an operator answered', () => {
  const faq = FaqIndex.build([
    {
      id: 'refund',
      question: 'How do I get a refund?',
      answer: 'Refunds take five days.',
      alternates: [],
      category: 'payments',
      language: 'en',
    },
    {
      id: 'track',
      question: 'Where is my package? How do I track my delivery?',
      answer: 'Use the tracking link in your email.',
      alternates: [],
      category: 'delivery',
      language: 'en',
    },
  ]);
  const card = buildHandoffCard({
    messages: [
      { author: 'customer', text: 'I want a refund for my broken headphones' },
      { author: 'customer', text: 'refund refund the refund please' },
      { author: 'agent', text: 'Your refund is on its way.' },
      {
        author: 'customer',
        text: 'Thanks. Now my second package is missing, where is my delivery?',
      },
    ],
    reason: 'low_confidence',
    index: faq,
    language: 'en',
  });
  assert.equal(card.intent, 'delivery');
  assert.doesNotMatch(card.summary, /refund/i);
});

test('a long history is read from its latest messages, within the bound', async () => {
  const { CARD_ABOUT_CHARS, latestRequest } = await import('./handoff-card.js');
  const older = Array.from({ length: 40 }, (_, i) => ({
    author: 'customer' as const,
    text: `older question number ${i} about something else entirely`,
  }));
  const about = latestRequest([
    ...older,
    { author: 'bot', text: 'Sorry, I did not understand.' },
    { author: 'customer', text: 'my parcel never arrived' },
  ]);
  assert.equal(about.at(-1), 'my parcel never arrived', 'the latest is always read');
  assert.ok(about.join('').length <= CARD_ABOUT_CHARS);
  assert.ok(about.length > 1 && about.length < 41, `${about.length} messages read`);
  // The latest ones, in the order written.
  const all = [...older.map((m) => m.text), 'my parcel never arrived'];
  assert.deepEqual(about, all.slice(-about.length));
  // A handoff request alone is still what the customer said.
  assert.deepEqual(latestRequest([{ author: 'customer', text: 'talk to a human' }]), [
    'talk to a human',
  ]);
});

test('a message repeated while waiting is read once, where it was last written', async () => {
  const { latestRequest } = await import('./handoff-card.js');
  const waiting = Array.from({ length: 60 }, (_, i) => ({
    author: 'customer' as const,
    text: i % 2 === 0 ? 'where is my parcel?' : ' hello? ',
  }));
  const about = latestRequest([
    { author: 'customer', text: 'I want to change my address' },
    ...waiting,
    { author: 'customer', text: 'where is my parcel?' },
  ]);
  // What else the customer said is no longer crowded out by the repeats.
  assert.deepEqual(about, ['I want to change my address', ' hello? ', 'where is my parcel?']);
});

test("the bot's answers are listed once each, the latest few", async () => {
  const { CARD_BOT_ANSWERS } = await import('./handoff-card.js');
  const sorry = 'Sorry, I did not understand. Could you rephrase?';
  const answers = Array.from({ length: 14 }, (_, i) => `Answer number ${i}`);
  const card = buildHandoffCard({
    messages: [
      ...answers.flatMap((text) => [
        { author: 'customer' as const, text: 'something' },
        { author: 'bot' as const, text },
        { author: 'bot' as const, text: sorry },
      ]),
      { author: 'customer', text: 'a person please' },
    ],
    reason: 'requested',
    index,
    language: 'en',
  });
  assert.equal(card.botAnswers.length, CARD_BOT_ANSWERS);
  assert.deepEqual(card.botAnswers, [...answers.slice(-(CARD_BOT_ANSWERS - 1)), sorry]);
});
