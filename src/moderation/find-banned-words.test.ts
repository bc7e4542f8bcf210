import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtInBannedWords } from './built-in-words.js';
import { findBannedWords } from './find-banned-words.js';

test('finds Japanese words anywhere and English words only as whole words, with offsets', () => {
  const text = 'お客様、それはバカな質問ではありません。Your class is not stupid.';
  const matches = findBannedWords(text, builtInBannedWords);
  assert.deepEqual(
    matches.map((m) => m.word),
    ['バカ', 'stupid'],
    '"class" does not match "ass"',
  );
  for (const m of matches) assert.equal(text.slice(m.start, m.end), m.word);
});

test('is case-insensitive, prefers the longer word, and takes the tenant’s own words', () => {
  assert.deepEqual(
    findBannedWords('That is BULLSHIT', builtInBannedWords).map((m) => m.word),
    ['BULLSHIT'],
  );
  assert.deepEqual(
    findBannedWords('競合のA社の方が安いです', ['A社']).map((m) => m.word),
    ['A社'],
  );
  assert.deepEqual(findBannedWords('ご案内いたします', builtInBannedWords), []);
});
