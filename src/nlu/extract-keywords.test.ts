import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { extractKeywords } from './extract-keywords.js';
import { loadJapaneseAnalyzer } from './japanese-analyzer.js';

// As in the server: Japanese text goes through the morphological analyser.
before(() => loadJapaneseAnalyzer());

test('no pieces of email addresses, links or domain names among the keywords', () => {
  const keywords = extractKeywords([
    '注文した商品が届きません。連絡先は ito.hanako@example.com です',
    '追跡は https://shop.example.com/orders/12345?ref=mail を見ました。example.com のサポートです',
    'Please write to support@example.co.jp or visit www.example.org/help about the refund',
  ]);
  for (const piece of [
    'ito',
    'hanako',
    'example',
    'com',
    'co',
    'jp',
    'org',
    'https',
    'www',
    'orders',
    'ref',
    'support',
  ]) {
    assert.ok(!keywords.includes(piece), `no "${piece}" in ${keywords.join(', ')}`);
  }
  assert.ok(keywords.includes('商品') && keywords.includes('refund'), keywords.join(', '));
});

test('each keyword once, whatever its case, width or analysis', () => {
  const keywords = extractKeywords([
    'Example Shop の注文が届きません',
    'Example Shops cannot find my order',
    'Refund please',
    'REFUND for my order',
    'ｒｅｆｕｎｄ order',
  ]);
  const folded = keywords.map((k) => k.normalize('NFKC').toLowerCase());
  assert.equal(new Set(folded).size, folded.length, keywords.join(', '));
  assert.ok(folded.includes('refund'));
});
