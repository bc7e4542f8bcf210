import { type ParsedFaqCsv, parseFaqRecords } from './faq-csv.js';
import {
  type SpreadsheetLimits,
  spreadsheetLimits,
  zipDeclaredSize,
} from './spreadsheet-limits.js';
import { readSheet } from './spreadsheet-worker.js';

const refuse = (fatal: string): ParsedFaqCsv => ({ rows: [], errors: [], fatal });

/**
 * Parses the first worksheet of an XLSX file with the same header and rules as the CSV
 * import. Empty rows are skipped but keep their numbers, so errors point at the right row.
 * The file is read on a worker thread, within `limits`; a file past them is one clear error.
 */
export async function parseFaqXlsx(
  data: Buffer,
  limits: SpreadsheetLimits = spreadsheetLimits,
): Promise<ParsedFaqCsv> {
  const declared = zipDeclaredSize(data);
  if (!declared) return refuse('Not a readable XLSX file');
  if (declared.entries > limits.maxZipEntries || declared.unpackedBytes > limits.maxUnpackedBytes) {
    return refuse(
      `The XLSX unpacks to more than ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB`,
    );
  }
  const read = await readSheet({ kind: 'xlsx', data }, limits);
  if ('refused' in read) return refuse(read.refused);
  const records = read.records;
  const parsed = parseFaqRecords(records);
  // Rows with no cells at all are gaps in the sheet, not mistakes.
  return {
    ...parsed,
    errors: parsed.errors.filter((e) => (records[e.row - 1] ?? []).some((cell) => cell !== '')),
  };
}

/** The CSV import's parsing, on the worker thread and within `limits`. */
export async function parseFaqCsvOffThread(
  text: string,
  limits: SpreadsheetLimits = spreadsheetLimits,
): Promise<ParsedFaqCsv> {
  const read = await readSheet({ kind: 'csv', text }, limits);
  if ('refused' in read) return refuse(read.refused);
  return parseFaqRecords(read.records);
}
