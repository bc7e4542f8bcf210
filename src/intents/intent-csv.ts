import { parse } from 'csv-parse/sync';

export type IntentRow = { text: string; intent: string };
export type IntentRowError = { row: number; message: string };

export type ParsedIntentCsv = {
  rows: { row: number; value: IntentRow }[];
  errors: IntentRowError[];
  /** Set when the file as a whole is unusable; then there are no rows. */
  fatal?: string;
};

/** Names may be namespaced with `/` (Rasa and xSID style: `weather/find`). */
const INTENT_NAME = /^[\p{L}\p{N}_.:/-]{1,100}$/u;

/**
 * Parses a `text,intent` CSV (header required, any column order, BOM allowed). Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
export function parseIntentCsv(text: string): ParsedIntentCsv {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return { rows: [], errors: [], fatal: `Not valid CSV: ${(error as Error).message}` };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const col = { text: header.indexOf('text'), intent: header.indexOf('intent') };
  if (col.text < 0 || col.intent < 0) {
    return { rows: [], errors: [], fatal: 'The header row must name the columns text and intent' };
  }
  const rows: ParsedIntentCsv['rows'] = [];
  const errors: IntentRowError[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const value = { text: record[col.text] ?? '', intent: record[col.intent] ?? '' };
    if (!value.text) errors.push({ row, message: 'text is empty' });
    else if (!value.intent) errors.push({ row, message: 'intent is empty' });
    else if (value.text.length > 1000)
      errors.push({ row, message: 'text is longer than 1000 characters' });
    else if (!INTENT_NAME.test(value.intent))
      errors.push({
        row,
        message: 'intent must be 1–100 letters, digits or _ . : / - (no spaces)',
      });
    else rows.push({ row, value });
  });
  return { rows, errors };
}
