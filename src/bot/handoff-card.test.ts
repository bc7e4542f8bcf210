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
