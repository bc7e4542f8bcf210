import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { referenceFold, referenceWidth } from '../bench/reference-sentiment.js';
import { foldKana, normaliseWidth } from '../src/nlu/normalise.js';

// normaliseWidth and foldKana read text code unit by code unit rather than through
// Unicode-property expressions; what they return must not change. The expressions they
// replaced (bench/reference-sentiment.ts) are the reference, over every code point and ASDC.

function mismatches(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (normaliseWidth(t) !== referenceWidth(t) || foldKana(t) !== referenceFold(t)) out.push(t);
    if (out.length >= 5) break;
  }
  return out;
}

test('normalise: every code point between letters (and separators) as before', () => {
  function* texts() {
    for (let c = 0; c < 0x110000; c++) {
      // Surrogate code units are tried alone below.
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      yield `ア${ch}b`;
      // Beside separators too, in the planes with letters and marks (the BMP).
      if (c <= 0xffff) yield ` ${ch}、${ch}x`;
    }
    for (let c = 0xd800; c <= 0xdfff; c++) {
      const ch = String.fromCharCode(c);
      yield `a${ch}カ`;
      yield `${ch} ${ch}`;
    }
  }
  assert.deepEqual(mismatches(texts()), []);
});

test('normalise: random mixtures of kana, Latin, marks, spaces and symbols, as before', () => {
  const pool = [
    ...[' ', '　', '\n', '\t', '\u00a0', '\ufeff', '、', '。', '!', '？', '・', '゛'],
    ...["'", '’', '`', 'ー', 'ｰ', '-', '~', '〜', 'ア', 'カ', 'ヴ', 'ﾊﾞ', 'あ', '漢', '𠀋'],
    ...['a', 'Z', '1', '１', 'é', 'e\u0301', '😀', '𝐀', '\ud800', '\udc00', "don't"],
  ];
  let seed = 3;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  function* texts() {
    for (let i = 0; i < 100000; i++) {
      let t = '';
      const n = Math.floor(next() * 10);
      for (let j = 0; j < n; j++) t += pool[Math.floor(next() * pool.length)];
      yield t;
    }
  }
  assert.deepEqual(mismatches(texts()), []);
});

const DATASET = [
  process.env.ASDC_DIALOGS,
  path.resolve(import.meta.dirname, '../../shared/datasets/asdc_ja/dialogs.jsonl'),
  '/work/shared/datasets/asdc_ja/dialogs.jsonl',
].find((p) => p && fs.existsSync(p));

test('normalise: every ASDC utterance as before', { skip: !DATASET }, () => {
  const texts = fs
    .readFileSync(DATASET as string, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { utterances: { text: string }[] }).utterances)
    .map((u) => u.text);
  assert.deepEqual(mismatches(texts), []);
});
