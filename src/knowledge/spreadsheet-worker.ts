import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type SpreadsheetLimits, spreadsheetLimits } from './spreadsheet-limits.js';

/**
 * Reads a CSV or the first worksheet of an XLSX into rows of cell texts, on a worker thread
 * (inline source, so the built server and the tests under tsx load it the same way). Cells
 * are read one by one as stored, never by walking up to a row's last column, and the limits
 * are checked as it goes: the first cell past them ends the work.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const limits = workerData.limits;
class Refused extends Error {}
const columnName = (column) => {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const cellText = (value) => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
};
const tooManyRows = () => new Refused('The file has more than ' + limits.maxRows + ' rows');
// The first worksheet's XML, straight from the zip: scanned for far cells before the XLSX
// library (slow to load, and it builds every column up to the farthest cell) gets the file.
function firstSheetXml(data) {
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return undefined;
  let at = data.readUInt32LE(end + 16);
  for (let n = data.readUInt16LE(end + 10); n > 0; n--) {
    if (data.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (name !== 'xl/worksheets/sheet1.xml') continue;
    if (data.readUInt32LE(local) !== 0x04034b50) return undefined;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + compressed);
    const zlib = require('node:zlib');
    if (method === 0) return raw.toString('utf8');
    if (method !== 8) return undefined;
    return zlib.inflateRawSync(raw, { maxOutputLength: limits.maxUnpackedBytes }).toString('utf8');
  }
  return undefined;
}
const columnNumber = (letters) => {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};
function scanSheetXml(xml) {
  let cells = 0;
  for (const match of xml.matchAll(/<c\\b[^>]*?\\br="([A-Z]{1,3})(\\d+)"/g)) {
    const column = columnNumber(match[1]);
    const row = Number(match[2]);
    if (column > limits.maxColumns)
      throw new Refused('Row ' + row + ' has a cell in column ' + match[1] + '; FAQ sheets use columns A to ' + columnName(limits.maxColumns));
    if (row > limits.maxRows) throw tooManyRows();
    if (++cells > limits.maxCells) throw new Refused('The file has more than ' + limits.maxCells + ' cells');
  }
}
async function readXlsx(data) {
  let xml;
  try {
    xml = firstSheetXml(data);
  } catch {
    throw new Refused('Not a readable XLSX file');
  }
  if (xml !== undefined) scanSheetXml(xml);
  const ExcelJS = require(workerData.exceljs);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new Refused('Not a readable XLSX file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Refused('The workbook has no worksheet');
  const records = [];
  let cells = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > limits.maxRows) throw tooManyRows();
    const record = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > limits.maxColumns)
        throw new Refused('Row ' + rowNumber + ' has a cell in column ' + columnName(column) + '; FAQ sheets use columns A to ' + columnName(limits.maxColumns));
      if (++cells > limits.maxCells) throw new Refused('The file has more than ' + limits.maxCells + ' cells');
      record[column - 1] = cellText(cell.value).trim();
    });
    for (let i = 0; i < record.length; i++) if (record[i] === undefined) record[i] = '';
    records[rowNumber - 1] = record;
  });
  for (let i = 0; i < records.length; i++) if (records[i] === undefined) records[i] = [];
  return records;
}
function readCsv(text) {
  const { parse } = require(workerData.csvParse);
  let records;
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, to: limits.maxRows + 1 });
  } catch (error) {
    throw new Refused('Not valid CSV: ' + (error && error.message));
  }
  if (records.length > limits.maxRows) throw tooManyRows();
  let cells = 0;
  for (const record of records) {
    if (record.length > limits.maxColumns && record.slice(limits.maxColumns).some((c) => c !== ''))
      throw new Refused('A row has more than ' + limits.maxColumns + ' columns');
    cells += record.length;
    if (cells > limits.maxCells) throw new Refused('The file has more than ' + limits.maxCells + ' cells');
  }
  return records;
}
(async () => {
  try {
    const input = workerData.input;
    const records = input.kind === 'csv' ? readCsv(input.text) : await readXlsx(Buffer.from(input.data));
    parentPort.postMessage({ records });
  } catch (error) {
    parentPort.postMessage(error instanceof Refused ? { refused: error.message } : { failed: String(error && error.message || error) });
  }
})();
`;

export type SheetRead = { records: string[][] } | { refused: string };

const require = createRequire(import.meta.url);
const modules = {
  exceljs: require.resolve('exceljs'),
  csvParse: require.resolve('csv-parse/sync'),
};

/** Reads with at most this many workers at once; others wait their turn. */
const maxParallel = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= maxParallel) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Rows of cell texts, or why the file was refused (too big, unreadable). */
export function readSheet(
  input: { kind: 'csv'; text: string } | { kind: 'xlsx'; data: Buffer },
  limits: SpreadsheetLimits = spreadsheetLimits,
): Promise<SheetRead> {
  return takeTurn(
    () =>
      new Promise<SheetRead>((resolve, reject) => {
        const worker = new Worker(workerSource, {
          eval: true,
          execArgv: [],
          workerData: {
            ...modules,
            limits,
            input:
              input.kind === 'csv' ? input : { kind: 'xlsx', data: new Uint8Array(input.data) },
          },
          resourceLimits: {
            maxOldGenerationSizeMb: limits.maxWorkerHeapMb,
            maxYoungGenerationSizeMb: 32,
          },
        });
        let isSettled = false;
        const settle = (result: SheetRead | Error) => {
          if (isSettled) return;
          isSettled = true;
          clearTimeout(timer);
          void worker.terminate();
          if (result instanceof Error) reject(result);
          else resolve(result);
        };
        const timer = setTimeout(
          () => settle({ refused: 'The file took too long to read' }),
          limits.timeoutMs,
        );
        worker.on(
          'message',
          (message: { records: string[][] } | { refused: string } | { failed: string }) => {
            if ('failed' in message)
              settle(new Error(`spreadsheet reader failed: ${message.failed}`));
            else settle(message);
          },
        );
        worker.on('error', (error: Error & { code?: string }) =>
          settle(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? { refused: 'The file needs too much memory to read' }
              : error,
          ),
        );
        worker.on('exit', () => settle(new Error('spreadsheet reader stopped without an answer')));
      }),
  );
}
