import { AppError } from '../errors/index.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type UploadedFile = { filename: string | null; contentType: string | null; data: Buffer };

/**
 * The named field of a multipart/form-data body. Minimal on purpose (one small upload per
 * request, already bounded by the route's body limit): split on the boundary, read each
 * part's headers, return the bytes between them untouched.
 */
export function readMultipartField(
  body: Buffer,
  contentType: string | undefined,
  field: string,
): UploadedFile {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) throw new AppError('bad_request', 'multipart/form-data needs a boundary');
  const delimiter = Buffer.from(`--${token}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
      if (name === field) {
        // The part ends with the CRLF that precedes the next delimiter.
        const data = part.subarray(headerEnd + 4, part.length - 2);
        return {
          filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
          contentType: /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? null,
          data,
        };
      }
    }
    at = next;
  }
  throw new AppError('validation_failed', `The form has no field named ${field}`);
}
