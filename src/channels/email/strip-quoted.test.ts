import assert from 'node:assert/strict';
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
