import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REFERENCE_TERMS, referenceDetectSentiment } from '../bench/reference-sentiment.js';
import { detectSentiment } from '../src/nlu/detect-sentiment.js';

// detectSentiment skips the entries absent from a message; its answers must not change.

const DATASET = [
  process.env.ASDC_DIALOGS,
  path.resolve(import.meta.dirname, '../../shared/datasets/asdc_ja/dialogs.jsonl'),
  '/work/shared/datasets/asdc_ja/dialogs.jsonl',
].find((p) => p && fs.existsSync(p));

test('sentiment: the same answer as before on every ASDC utterance', { skip: !DATASET }, () => {
  const texts = fs
    .readFileSync(DATASET as string, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { utterances: { text: string }[] }).utterances)
    .map((u) => u.text);
  assert.ok(texts.length > 1000);
  const differing = texts.filter((t) => detectSentiment(t) !== referenceDetectSentiment(t));
  assert.deepEqual(differing, []);
});

test('sentiment: the same answer as before on texts dense with cues, overlaps and negation', () => {
  const pieces = [
    ...REFERENCE_TERMS,
    ...REFERENCE_TERMS.map((t) => t.toUpperCase()),
    // Katakana and full-width spellings fold onto the listed forms.
    'ガッカリ',
    'ウンザリ',
    'ＢＡＤ',
    'Ｔｈａｎｋｓ',
    '不满意',
    '不错',
    'not',
    "don't",
    'never',
    'no',
    'ない',
    'なかった',
    'ません',
    '不',
    '没有',
    '안',
    '지 않',
    'です',
    'です。',
    'ね',
    ' ',
    ' ',
    '、',
    '!!',
    '？？',
    '!',
    'ORDER',
    'WHERE',
    'really',
    'very',
    'the',
    'service',
    '対応',
    '注文',
    '😡',
    'ｰ',
    "'",
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const counts = { positive: 0, neutral: 0, negative: 0 };
  for (let i = 0; i < 20000; i++) {
    const length = 1 + Math.floor(next() * 7);
    let text = '';
    for (let j = 0; j < length; j++) {
      text += pieces[Math.floor(next() * pieces.length)];
      if (next() < 0.4) text += ' ';
    }
    const expected = referenceDetectSentiment(text);
    assert.equal(detectSentiment(text), expected, text);
    counts[expected]++;
  }
  // The texts reach every outcome, so the comparison covers each path.
  assert.ok(
    counts.positive > 1000 && counts.negative > 1000 && counts.neutral > 1000,
    JSON.stringify(counts),
  );
});
