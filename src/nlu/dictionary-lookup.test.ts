import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { before, test } from 'node:test';
import kuromoji from 'kuromoji';
import { commonPrefixSearch, type DoubleArrayTrie, speedUpLookups } from './dictionary-lookup.js';
import { PARAPHRASES, SHOP_FAQS, UNRELATED } from './faq-fixture.test-fixture.js';

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
let tokenizer: Tokenizer;
let trie: DoubleArrayTrie;

before(async () => {
  const require = createRequire(import.meta.url);
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  tokenizer = await new Promise<Tokenizer>((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
  );
  trie = (tokenizer as unknown as { viterbi_builder: { trie: DoubleArrayTrie } }).viterbi_builder
    .trie;
});

const texts = [
  ...SHOP_FAQS.flatMap((faq) => [faq.question, ...(faq.alternates ?? []), faq.answer]),
  ...PARAPHRASES.map(([query]) => query),
  ...UNRELATED,
  'ｶﾀｶﾅの半角とＡＢＣ全角、123と①',
  '絵文字😀のあとに𠮷野家（サロゲートペア）',
  'Mixed 日本語 and English, café naïve',
  '😀😀😀の後にツナギチャットボットとABCD１２３４５',
  '𠮷𠮷野家とｶﾞｷﾞｸﾞ、〜ー～。！？',
];

test('the trie search finds what the original finds, at every position of every text', () => {
  const original = Object.getPrototypeOf(trie).commonPrefixSearch as (key: string) => unknown;
  let compared = 0;
  for (const text of texts) {
    for (let start = 0; start < text.length; start++) {
      const key = text.slice(start);
      // The original cannot encode a key that starts inside a surrogate pair.
      if (/^[\udc00-\udfff]/.test(key)) continue;
      assert.deepEqual(commonPrefixSearch(trie, key), original.call(trie, key), key);
      compared++;
    }
  }
  assert.ok(compared > 1000, `compared ${compared} keys`);
});

test('a tokenizer with the faster lattice builder gives the same tokens', () => {
  const before = texts.map((text) => tokenizer.tokenize(text));
  const builder = (tokenizer as unknown as { viterbi_builder: { build: unknown } }).viterbi_builder;
  const kuromojiBuild = builder.build;
  speedUpLookups(tokenizer);
  assert.notEqual(builder.build, kuromojiBuild, 'the lattice builder is replaced');
  assert.deepEqual(
    texts.map((text) => tokenizer.tokenize(text)),
    before,
  );
});

test('a lone surrogate gives no match instead of an exception', () => {
  assert.deepEqual(commonPrefixSearch(trie, '\ud83d送料'), []);
  speedUpLookups(tokenizer);
  assert.ok(tokenizer.tokenize('送料\ud83dはいくら').length > 0);
});
