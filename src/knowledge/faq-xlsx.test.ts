import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { parseFaqXlsx } from './faq-xlsx.js';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('FAQ');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('reads the first worksheet with the CSV rules and spreadsheet row numbers', async () => {
  const data = await workbook([
    ['Category', 'Question', 'Answer'],
    ['配送', '送料はいくらですか？', '全国一律550円です。\n5,000円以上で無料。'],
    [null, 'How do I return an item?', 'Within 8 days of delivery.'],
    [],
    ['', '', 'an answer without a question'],
    ['', 'a question without an answer', ''],
    ['misc', 42, 'numbers are read as text'],
  ]);
  const { rows, errors, fatal } = await parseFaqXlsx(data);
  assert.equal(fatal, undefined);
  assert.deepEqual(
    rows.map((r) => [r.row, r.value.question, r.value.category]),
    [
      [2, '送料はいくらですか？', '配送'],
      [3, 'How do I return an item?', null],
      [7, '42', 'misc'],
    ],
  );
  assert.equal(rows[0]?.value.answer, '全国一律550円です。\n5,000円以上で無料。');
  assert.deepEqual(errors, [
    { row: 5, message: 'question is empty' },
    { row: 6, message: 'answer is empty' },
  ]);
});

test('a file that is not XLSX, or lacks the header, is one clear error', async () => {
  assert.match((await parseFaqXlsx(Buffer.from('question,answer\nq,a\n'))).fatal ?? '', /XLSX/);
  const noHeader = await parseFaqXlsx(
    await workbook([
      ['foo', 'bar'],
      ['1', '2'],
    ]),
  );
  assert.match(noHeader.fatal ?? '', /header/);
});
