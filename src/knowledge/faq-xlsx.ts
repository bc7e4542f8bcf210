import ExcelJS from 'exceljs';
import { type ParsedFaqCsv, parseFaqRecords } from './faq-csv.js';

/** The text a person sees in a cell: rich text joined, formulas by their result, dates as ISO. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/**
 * Parses the first worksheet of an XLSX file with the same header and rules as the CSV
 * import. Empty rows are skipped but keep their numbers, so errors point at the right row.
 */
export async function parseFaqXlsx(data: Buffer): Promise<ParsedFaqCsv> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [], fatal: 'Not a readable XLSX file' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], errors: [], fatal: 'The workbook has no worksheet' };
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    records[rowNumber - 1] = cells;
  });
  for (let i = 0; i < records.length; i++) records[i] ??= [];
  const parsed = parseFaqRecords(records);
  // Rows with no cells at all are gaps in the sheet, not mistakes.
  return {
    ...parsed,
    errors: parsed.errors.filter((e) => (records[e.row - 1] ?? []).some((cell) => cell !== '')),
  };
}
