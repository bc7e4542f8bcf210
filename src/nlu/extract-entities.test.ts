import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from './extract-entities.js';

test('order numbers in their common shapes', () => {
  assert.deepEqual(extractEntities('Order A-10293 and ORD-2024-0001, also #12345'), [
    { type: 'order_number', value: 'A-10293' },
    { type: 'order_number', value: 'ORD-2024-0001' },
    { type: 'order_number', value: '12345' },
  ]);
  assert.deepEqual(extractEntities('注文番号 123456 の件です'), [
    { type: 'order_number', value: '123456' },
  ]);
});

test('emails and phones, Japanese and international', () => {
  assert.deepEqual(
    extractEntities('メール test.user@example.co.jp 電話 090-1234-5678 / 03-1234-5678'),
    [
      { type: 'email', value: 'test.user@example.co.jp' },
      { type: 'phone', value: '090-1234-5678' },
      { type: 'phone', value: '03-1234-5678' },
    ],
  );
  assert.deepEqual(extractEntities('Call +81 90 1234 5678'), [
    { type: 'phone', value: '+81 90 1234 5678' },
  ]);
});

test('dates and amounts; a phone is never an amount', () => {
  assert.deepEqual(
    extractEntities('2026-11-22、2026/11/22、11月22日、Nov 22、明日').map((e) => e.value),
    ['2026-11-22', '2026/11/22', '11月22日', 'Nov 22', '明日'],
  );
  const amounts = extractEntities('¥3,000 と 3000円 と $25.99 と 25 dollars と 3,000 yen');
  assert.ok(amounts.every((e) => e.type === 'amount'));
  assert.deepEqual(
    amounts.map((e) => e.value),
    ['¥3,000', '3000円', '$25.99', '25 dollars', '3,000 yen'],
  );
  assert.deepEqual(
    extractEntities('090-1234-5678').map((e) => e.type),
    ['phone'],
  );
});

test('full-width input, urls, and deduplication in order of appearance', () => {
  assert.deepEqual(extractEntities('注文番号：１２３４５６、もう一度 注文番号 123456'), [
    { type: 'order_number', value: '123456' },
  ]);
  assert.deepEqual(extractEntities('see https://example.com/a?b=1.'), [
    { type: 'url', value: 'https://example.com/a?b=1' },
  ]);
  assert.deepEqual(extractEntities('こんにちは'), []);
});
