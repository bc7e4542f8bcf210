import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stripQuotedReply } from './strip-quoted.js';

test('Gmail-style English reply: the quote and its header go', () => {
  const text = [
    'Thanks, that worked.',
    '',
    'On Mon, 1 Jan 2024 at 10:00, Support <support@shop.test> wrote:',
    '> When will my order arrive?',
    '> It ships in 2 days.',
  ].join('\n');
  assert.equal(stripQuotedReply(text), 'Thanks, that worked.');
});

test('Japanese Gmail reply header and a signature are stripped', () => {
  const text = [
    '配送状況を教えてください。',
    '注文番号は A-12345 です。',
    '',
    '-- ',
    '山田太郎',
    '090-0000-0000',
  ].join('\n');
  assert.equal(stripQuotedReply(text), '配送状況を教えてください。\n注文番号は A-12345 です。');
  const quoted = [
    '了解です。',
    '',
    '2024年1月1日(月) 10:00 サポート <support@shop.test>:',
    '> 送料は500円です。',
  ];
  assert.equal(stripQuotedReply(quoted.join('\n')), '了解です。');
});

test('Outlook original-message block and mobile sign-offs are stripped', () => {
  const outlook = [
    'Please cancel it.',
    '',
    '-----Original Message-----',
    'From: Support',
    'Sent: Monday',
    'old text',
  ];
  assert.equal(stripQuotedReply(outlook.join('\n')), 'Please cancel it.');
  assert.equal(stripQuotedReply('OK\n\nSent from my iPhone'), 'OK');
  assert.equal(stripQuotedReply('OK\n\niPhoneから送信'), 'OK');
});

test('a line that merely starts with "From:" inside the text is kept', () => {
  assert.equal(
    stripQuotedReply('From: Tokyo, I want to ask about delivery.'),
    'From: Tokyo, I want to ask about delivery.',
  );
});

test('a mail that is only a quote keeps its text rather than becoming empty', () => {
  assert.equal(stripQuotedReply('> only quoted'), '> only quoted');
});

// Replies from email_reply_parser's test suite (test/fixtures/channels/mail, see NOTICE.md).
const sample = (name: string) =>
  readFileSync(
    new URL(`../../../test/fixtures/channels/mail/reply-${name}.txt`, import.meta.url),
    'utf8',
  );

test('Gmail\'s "On …" header wrapped over two or three lines is stripped', () => {
  assert.equal(stripQuotedReply(sample('email_1_7')), ':+1:');
  assert.equal(
    stripQuotedReply(sample('email_1_6')),
    'I get proper rendering as well.\n\nSent from a magnificent torch of pixels',
  );
});

test('Outlook and Hotmail header blocks (plain and *bold*) are stripped', () => {
  assert.equal(stripQuotedReply(sample('email_2_3')), 'Outlook with a reply directly above line');
  assert.equal(stripQuotedReply(sample('email_2_1')), 'Outlook with a reply');
  const hotmail = [
    'Yes, please send it again.',
    '',
    '________________________________',
    'From: Shop Support <support@shop.test>',
    'Sent: Tuesday, March 5, 2024 10:12 AM',
    'To: taro@example.jp',
    'Subject: Re: order',
    '',
    'Your parcel was returned.',
  ];
  assert.equal(stripQuotedReply(hotmail.join('\n')), 'Yes, please send it again.');
});

test('a reply written below and between the quote keeps its own lines', () => {
  assert.equal(
    stripQuotedReply(sample('email_1_8')),
    'I will reply under this one\n\nand under this.',
  );
});
