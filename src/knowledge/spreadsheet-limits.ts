/**
 * What one FAQ import may hold. A spreadsheet is small on the wire and large in memory
 * (a 3 KB XLSX can name cells up to column XFD); these bound the work before and while it is
 * read, and the reading runs on a worker thread with its own memory cap and a deadline.
 */
export const spreadsheetLimits = {
  /** FAQ rows in one import (the header not counted). */
  maxFaqs: 5_000,
  /** Rows read from a file, empty ones included. */
  maxRows: 20_000,
  /** Columns: the FAQ header needs three; A–Z leaves room for notes. */
  maxColumns: 26,
  /** Non-empty cells. */
  maxCells: 150_000,
  /** The XLSX's files unpacked, as its zip directory declares them. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** Files inside the XLSX. */
  maxZipEntries: 1_000,
  /** The worker thread's heap. */
  maxWorkerHeapMb: 256,
  /** The worker is stopped after this long. */
  timeoutMs: 15_000,
};

export type SpreadsheetLimits = typeof spreadsheetLimits;

/** Column number (1-based) as a spreadsheet names it: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * The sizes an XLSX (a zip) declares in its central directory, read without unpacking
 * anything: what unpacking would cost, refused before it starts. Undefined when the buffer is
 * not a zip this reader understands (ZIP64 included), which the XLSX reader then refuses.
 */
export function zipDeclaredSize(
  data: Buffer,
): { entries: number; unpackedBytes: number } | undefined {
  const minEnd = 22;
  if (data.length < minEnd) return undefined;
  let end = -1;
  for (let i = data.length - minEnd; i >= Math.max(0, data.length - minEnd - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = data.readUInt16LE(end + 10);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return undefined;
  let at = directoryOffset;
  let unpackedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return undefined;
    const size = data.readUInt32LE(at + 24);
    if (size === 0xffffffff) return undefined;
    unpackedBytes += size;
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return { entries, unpackedBytes };
}
