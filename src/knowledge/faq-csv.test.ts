import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFaqCsv } from './faq-csv.js';

test('parses rows with quoted commas and newlines, any column order, with a BOM', () => {
  const csv =
    '\uFEFFcategory,question,answer\n配送,"送料は、いくらですか？","全国一律550円です。\n5,000円以上で無料。"\n,How to return?,Within 8 days\n';
  const { rows, errors } = parseFaqCsv(csv);
  assert.deepEqual(errors, []);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0], {
    row: 2,
    value: {
      question: '送料は、いくらですか？',
      answer: '全国一律550円です。\n5,000円以上で無料。',
      category: '配送',
    },
  });
  assert.equal(rows[1]?.value.category, null);
});

test('bad rows are reported with their spreadsheet row number, good rows kept', () => {
  const { rows, errors } = parseFaqCsv('question,answer\nq1,a1\n,a2\nq3,\nq4,a4\n');
  assert.deepEqual(
    rows.map((r) => r.value.question),
    ['q1', 'q4'],
  );
  assert.deepEqual(errors, [
    { row: 3, message: 'question is empty' },
    { row: 4, message: 'answer is empty' },
  ]);
});

test('a missing header or broken quoting is one clear error', () => {
  assert.match(parseFaqCsv('foo,bar\n1,2\n').fatal ?? '', /header/);
  const broken = parseFaqCsv('question,answer\n"unterminated,a\n');
  assert.equal(broken.rows.length, 0);
  assert.match(broken.fatal ?? '', /CSV/);
});
