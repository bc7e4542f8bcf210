import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { UnansweredQuestion } from './unanswered.repository.js';
import { createUnansweredBatch } from './unanswered-batch.js';

const question = (id: string, conversationId: string, text: string): UnansweredQuestion => ({
  id,
  tenantId: 't1',
  conversationId,
  text,
  language: 'ja',
  createdAt: new Date().toISOString(),
  resolvedAt: null,
  resolvedFaqId: null,
  chosenFaqId: null,
});

test('questions recorded together are stored in one write, each once, before their callers go on', async () => {
  const writes: UnansweredQuestion[][] = [];
  const batch = createUnansweredBatch(
    {
      insertMany: async (questions) => {
        await new Promise((r) => setTimeout(r, 5));
        writes.push(questions);
      },
    },
    () => assert.fail('no error expected'),
  );
  await Promise.all([
    batch.add(question('q1', 'c1', '配送について教えてください')),
    batch.add(question('q2', 'c2', '注文の確認をしたい')),
    batch.add(question('q3', 'c1', '配送について教えてください')),
  ]);
  assert.equal(writes.length, 1, 'one write for the three');
  assert.deepEqual(
    writes[0]?.map((q) => q.id),
    ['q1', 'q2'],
    'the repeat of one conversation is kept once',
  );
  await batch.add(question('q4', 'c1', '配送について教えてください'));
  assert.equal(writes.length, 2, 'a later turn writes again');
});

test('a failed write is reported and never fails the customer message', async () => {
  const errors: unknown[] = [];
  const batch = createUnansweredBatch(
    {
      insertMany: async () => {
        throw new Error('disk full');
      },
    },
    (error) => errors.push(error),
  );
  await batch.add(question('q1', 'c1', 'x'));
  assert.equal(errors.length, 1);
});
