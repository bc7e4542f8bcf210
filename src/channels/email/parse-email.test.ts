import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { DecodedInbound } from '../channel.types.js';
import { decodeEmail, menuChoiceOf, repairRawUtf8 } from './parse-email.js';

// Real mails from other projects' test suites: test/fixtures/channels/mail (see NOTICE.md).
const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/channels/mail/${name}`, import.meta.url));

const decode = async (raw: Buffer | string, mailFrom = 'sender@example.com') => {
  const decoded = await decodeEmail(
    JSON.stringify({
      rcpt: 'support@shop.test',
      mailFrom,
      raw: (typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw).toString('base64'),
    }),
  );
  assert.equal(decoded.kind, 'message', JSON.stringify(decoded));
  return decoded as Extract<DecodedInbound, { kind: 'message' }>;
};

/** The same mail with its raw bytes replaced (the 8-bit header stays 8-bit). */
const withBytes = (raw: Buffer, from: string, to: string) =>
  Buffer.from(
    raw
      .toString('latin1')
      .split(Buffer.from(from).toString('latin1'))
      .join(Buffer.from(to).toString('latin1')),
    'latin1',
  );

test('raw 8-bit UTF-8 attachment names are read as UTF-8 (ciële.txt, テスト)', async () => {
  const raw = fixture('attachment_nonascii_filename.eml');
  const mail = await decode(raw);
  assert.deepEqual(
    mail.attachments?.map((a) => a.filename),
    ['ciële.txt'],
  );
  assert.match(mail.text, /📎 ciële\.txt/);
  const japanese = await decode(withBytes(raw, 'ciële', 'テスト'));
  assert.deepEqual(
    japanese.attachments?.map((a) => a.filename),
    ['テスト.txt'],
  );
  // Names that were encoded properly are left as the parser decoded them.
  const encoded = await decode(fixture('japanese_attachment.eml'));
  assert.deepEqual(
    encoded.attachments?.map((a) => a.filename),
    ['てすと.txt'],
  );
  const long = await decode(fixture('japanese_attachment_long_name.eml'));
  assert.match(long.attachments?.[0]?.filename ?? '', /^(かきくけこ)+\.txt$/);
  assert.equal(repairRawUtf8('naïve Latin-1'), 'naïve Latin-1');
});

test('a malformed From uses the envelope sender; with neither usable, no shared empty contact', async () => {
  const raw = (id: string) =>
    `From: adminlocalhost\r\nTo: support@shop.test\r\nSubject: hello\r\nMessage-ID: <${id}@x>\r\n\r\nHello there\r\n`;
  const viaEnvelope = await decode(raw('a1'), 'Real.Sender@example.org');
  assert.equal(viaEnvelope.senderEmail, 'real.sender@example.org');
  assert.equal(viaEnvelope.senderKey, 'real.sender@example.org');
  const first = await decode(raw('b1'), 'adminlocalhost');
  const second = await decode(raw('b2'), 'adminlocalhost');
  assert.equal(first.senderEmail, undefined);
  assert.equal(first.recipient, '', 'nothing to reply to');
  assert.notEqual(first.senderKey, second.senderKey, 'two such mails are two senders');
  assert.ok(first.senderKey && first.senderKey !== '');
});

test('HTML-only mail goes through our HTML-to-text: no link targets or image paths', async () => {
  const raw = [
    'From: a@example.com',
    'To: support@shop.test',
    'Subject: html',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>注文の<a href="https://tracker.example/click?id=42">配送状況</a>を教えてください</p>',
    '<p><img src="cid:logo.png" alt="logo"><img src="https://cdn.example/pixel.gif"></p>',
    '',
  ].join('\r\n');
  const mail = await decode(raw);
  assert.equal(mail.text, '注文の配送状況を教えてください');
  // A mail with a plain-text part keeps that part.
  const both = await decode(fixture('attachment_nonascii_filename.eml'));
  assert.match(both.text, /^This is the first part\./);
});

test('a reply written below the quote (format=flowed) keeps its text', async () => {
  const body = fixture('reply-email_1_8.txt').toString('utf8');
  const flowed = body
    .split('\n')
    .map((line) =>
      line.length > 60 && !line.startsWith('>') ? `${line.slice(0, 60)} \n${line.slice(60)}` : line,
    )
    .join('\r\n');
  const raw = [
    'From: Dev <sugar@example.com>',
    'To: support@shop.test',
    'Subject: Re: question',
    'User-Agent: Mozilla Thunderbird',
    'Content-Type: text/plain; charset=utf-8; format=flowed',
    'Content-Transfer-Encoding: 8bit',
    '',
    flowed,
  ].join('\r\n');
  const mail = await decode(raw);
  assert.equal(mail.text, 'I will reply under this one\n\nand under this.');
});

test('a reply that is only a number picks that item of the numbered menu', async () => {
  for (const [text, index] of [
    ['1', 0],
    ['１', 0],
    ['1.', 0],
    ['2)', 1],
    [' 3 ', 2],
  ] as const) {
    assert.equal(menuChoiceOf(text), index, text);
  }
  for (const text of ['0', '1 2', '12345', 'one', '1 please']) {
    assert.equal(menuChoiceOf(text), undefined, text);
  }
  const reply = await decode(
    'From: a@example.com\r\nTo: support@shop.test\r\nSubject: Re: menu\r\n\r\n1\r\n\r\nOn Mon, 1 Jan 2024 at 10:00, Support <support@shop.test> wrote:\r\n> 1. Shipping\r\n> 2. Returns\r\n',
  );
  assert.equal(reply.buttonIndex, 0);
});
