import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { parseFaqCsvOffThread, parseFaqXlsx } from './faq-xlsx.js';
import { spreadsheetLimits } from './spreadsheet-limits.js';

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

test('a sheet past the limits is refused before it is walked: far columns, too many rows', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('FAQ');
  sheet.addRow(['question', 'answer']);
  for (let r = 2; r <= 60; r++) {
    sheet.getCell(`A${r}`).value = 'q';
    sheet.getCell(`B${r}`).value = 'a';
    sheet.getCell(`XFD${r}`).value = 'x';
  }
  const far = Buffer.from(await book.xlsx.writeBuffer());
  const started = performance.now();
  assert.match((await parseFaqXlsx(far)).fatal ?? '', /Row 2 has a cell in column XFD/);
  // Found in the sheet's XML before the XLSX library loads (that path took 1.5–3 s here).
  assert.ok(performance.now() - started < 1200, `${performance.now() - started} ms`);

  const long = await workbook([
    ['question', 'answer'],
    ...Array.from({ length: 30 }, () => ['q', 'a']),
  ]);
  const limits = { ...spreadsheetLimits, maxRows: 20 };
  assert.match((await parseFaqXlsx(long, limits)).fatal ?? '', /more than 20 rows/);
  const cells = { ...spreadsheetLimits, maxCells: 10 };
  assert.match((await parseFaqXlsx(long, cells)).fatal ?? '', /more than 10 cells/);
  const small = { ...spreadsheetLimits, maxUnpackedBytes: 1000 };
  assert.match((await parseFaqXlsx(long, small)).fatal ?? '', /unpacks to more than/);
});

test('CSV is read off the event loop with the same limits', async () => {
  const rows = Array.from({ length: 30 }, (_, i) => `q${i},a${i}`).join('\n');
  const ok = await parseFaqCsvOffThread(`question,answer\n${rows}\n`);
  assert.equal(ok.rows.length, 30);
  const limits = { ...spreadsheetLimits, maxRows: 20 };
  assert.match(
    (await parseFaqCsvOffThread(`question,answer\n${rows}\n`, limits)).fatal ?? '',
    /more than 20 rows/,
  );
});
