import { parse } from 'csv-parse/sync';

export type FaqRow = { question: string; answer: string; category: string | null };
export type RowError = { row: number; message: string };

/**
 * Parses a `question,answer,category` CSV (header required, any column order, BOM allowed).
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export type ParsedFaqCsv = {
  rows: { row: number; value: FaqRow }[];
  errors: RowError[];
  /** Set when the file as a whole is unusable (not CSV, no header); then there are no rows. */
  fatal?: string;
};

export function parseFaqCsv(text: string): ParsedFaqCsv {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return {
      rows: [],
      errors: [],
      fatal: `Not valid CSV: ${(error as Error).message}`,
    };
  }
  return parseFaqRecords(records);
}

/**
 * Validates rows of cells (the header first), from CSV or a spreadsheet alike. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
export function parseFaqRecords(records: string[][]): ParsedFaqCsv {
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const col = {
    question: header.indexOf('question'),
    answer: header.indexOf('answer'),
    category: header.indexOf('category'),
  };
  if (col.question < 0 || col.answer < 0) {
    return {
      rows: [],
      errors: [],
      fatal: 'The header row must name the columns question and answer',
    };
  }
  const rows: { row: number; value: FaqRow }[] = [];
  const errors: RowError[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const question = record[col.question] ?? '';
    const answer = record[col.answer] ?? '';
    const category = col.category >= 0 ? record[col.category] || null : null;
    if (!question) errors.push({ row, message: 'question is empty' });
    else if (!answer) errors.push({ row, message: 'answer is empty' });
    else if (question.length > 1000)
      errors.push({ row, message: 'question is longer than 1000 characters' });
    else if (answer.length > 10_000)
      errors.push({ row, message: 'answer is longer than 10000 characters' });
    else rows.push({ row, value: { question, answer, category } });
  });
  return { rows, errors };
}
