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
