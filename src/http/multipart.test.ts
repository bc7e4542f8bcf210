import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../errors/index.js';
import { readMultipartField } from './multipart.js';

const boundary = 'xyzBOUNDARY';
const type = `multipart/form-data; boundary=${boundary}`;
const part = (headers: string, data: Buffer | string) =>
  Buffer.concat([
    Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
    Buffer.from(data),
    Buffer.from('\r\n'),
  ]);

test('returns the named field byte for byte, with its filename and type', () => {
  const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0d, 0x0a, 0x2d, 0x2d, 0xff]);
  const body = Buffer.concat([
    part('Content-Disposition: form-data; name="mode"', 'upsert'),
    part(
      'Content-Disposition: form-data; name="file"; filename="faq.xlsx"\r\nContent-Type: application/octet-stream',
      bytes,
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const file = readMultipartField(body, type, 'file');
  assert.deepEqual([...file.data], [...bytes]);
  assert.equal(file.filename, 'faq.xlsx');
  assert.equal(file.contentType, 'application/octet-stream');
  assert.equal(
    readMultipartField(body, `multipart/form-data; boundary="${boundary}"`, 'mode').data.toString(),
    'upsert',
  );
});

test('a missing boundary or field is a client error', () => {
  const body = Buffer.concat([
    part('Content-Disposition: form-data; name="x"', '1'),
    Buffer.from(`--${boundary}--`),
  ]);
  assert.throws(
    () => readMultipartField(body, 'multipart/form-data', 'file'),
    (e: unknown) => e instanceof AppError && e.code === 'bad_request',
  );
  assert.throws(
    () => readMultipartField(body, type, 'file'),
    (e: unknown) => e instanceof AppError && e.code === 'validation_failed',
  );
});
