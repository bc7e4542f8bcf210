import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compileNgWords,
  type PastMessage,
  scanClosed,
  scanInContext,
  scanText,
} from './scanner.js';

const ng = compileNgWords(['競合A社']);
const spans = (text: string, author?: 'agent' | 'customer') =>
  scanText(text, ng, author).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

test('NG words are found in every width, kana and case, with their span in the original text', () => {
  for (const [text, expected] of [
    ['それはバカな質問です', 'バカ'],
    ['それはばかな質問です', 'ばか'],
    ['それはﾊﾞｶな質問です', 'ﾊﾞｶ'],
    ['You are an IDIOT.', 'IDIOT'],
    ['You are an ｉｄｉｏｔ.', 'ｉｄｉｏｔ'],
    ['お前は ば か だ', 'ば か'],
    ['お前はバ・カだ', 'バ・カ'],
    ['you b.a.k.a', 'b.a.k.a'],
    ['what a s h i t day', 's h i t'],
    ['競合Ａ社の方が安い', '競合Ａ社'],
  ] as const) {
    assert.deepEqual(spans(text, 'agent'), [`ng_word:${expected}`], text);
  }
});

test('spans are UTF-16 offsets past surrogate pairs and emoji', () => {
  const text = '😀😀 ばか 😀';
  const [found] = scanText(text, ng, 'agent');
  assert.ok(found);
  assert.equal(found.start, 5);
  assert.equal(text.slice(found.start, found.end), 'ばか');
  assert.equal(found.text, 'ばか');
  assert.equal(found.severity, 'high');
});

test('innocent words that contain an NG word are not flagged', () => {
  for (const text of [
    'バカンスの予定を教えてください',
    '昨日届いたばかりです',
    'シネマのチケット',
    'アホウドリの写真',
    'Your class is not stupid-free', // "class" is not "ass"; stupid is listed, checked below
    'I was hit by a car',
    'Please push it',
    'The dumbbell arrived',
    'We scrap old boxes',
    'あ、ほんとですね',
    'そうですね。あ、ほら',
    '出来ればカクテル系が多いところで', // ば|カ straddles two words
    'ば\nか', // a line break is not deliberate spacing
    'sh\nit happens',
  ]) {
    const found = spans(text, 'agent').filter((s) => !s.endsWith(':stupid'));
    assert.deepEqual(found, [], text);
  }
});

test('escalation and anger phrases of customers are found, escalation as high', () => {
  const text = 'もういい、責任者を出せ！解約します';
  const found = scanText(text, ng, 'customer');
  assert.deepEqual(
    found.map((f) => [f.rule, f.severity, f.text]),
    [
      ['escalation', 'high', '責任者を出せ'],
      ['escalation', 'high', '解約します'],
    ],
  );
  assert.deepEqual(spans('I want to speak to your manager. Cancel my account!', 'customer'), [
    'escalation:speak to your manager',
    'escalation:Cancel my account',
  ]);
  assert.deepEqual(spans('This is ridiculous', 'customer'), ['anger:ridiculous']);
});

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds)).toISOString();
const msg = (
  id: string,
  author: PastMessage['author'],
  text: string,
  seconds = 0,
): PastMessage => ({
  id,
  author,
  text,
  createdAt: at(seconds),
});

test('context rules: greeting, silence, repetition, falling sentiment', () => {
  const history = [msg('m1', 'customer', '注文した商品がまだ届きません', 0)];
  const first = msg('m2', 'agent', '確認します', 10);
  assert.deepEqual(
    scanInContext(first, history, ng).map((f) => f.rule),
    ['missing_greeting'],
  );
  const greeted = msg('m2', 'agent', 'お問い合わせありがとうございます。確認します', 10);
  assert.deepEqual(scanInContext(greeted, history, ng), []);

  const later = [...history, greeted, msg('m3', 'customer', 'まだですか', 20)];
  const slow = msg('m4', 'agent', 'お待たせしました', 20 + 400);
  assert.deepEqual(
    scanInContext(slow, later, ng).map((f) => f.rule),
    ['long_silence'],
  );

  const repeat = msg('m5', 'customer', '注文した商品がまだ届きません！', 500);
  assert.ok(scanInContext(repeat, later, ng).some((f) => f.rule === 'customer_repeat'));

  const angry = msg('m6', 'customer', '最悪です。ひどい対応で本当にがっかりしました', 600);
  const rules = scanInContext(angry, later, ng).map((f) => f.rule);
  assert.ok(rules.includes('falling_sentiment'), rules.join());
});

test('a promise to get back that is never kept, and a missing closing, are found at the end', () => {
  const messages = [
    msg('m1', 'customer', 'Where is my order?'),
    msg('m2', 'agent', "Hello! I'll get back to you after checking.", 5),
  ];
  const found = scanClosed(messages);
  assert.deepEqual(
    found.map((f) => [f.rule, f.messageId, f.text]),
    [
      ['missing_closing', 'm2', "Hello! I'll get back to you after checking."],
      ['broken_promise', 'm2', "I'll get back to you"],
    ],
  );
  const kept = [...messages, msg('m3', 'agent', 'It ships tomorrow. Thank you!', 60)];
  assert.deepEqual(scanClosed(kept), []);
  assert.deepEqual(
    scanClosed([msg('a', 'agent', '本日中に折り返します')]).map((f) => f.text),
    ['本日中に折り返します', '折り返します'],
  );
});
