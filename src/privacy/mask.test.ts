import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPii, isLuhnValid, isMyNumber, maskDeep, maskPii, mayHoldPii } from './mask.js';

test('Luhn: valid test card numbers pass, a changed digit fails', () => {
  assert.equal(isLuhnValid('4111111111111111'), true);
  assert.equal(isLuhnValid('5555555555554444'), true);
  assert.equal(isLuhnValid('4111111111111112'), false);
});

test('My Number: the check digit is computed as the ordinance says', () => {
  // 12345678901 → weighted sum 244, 244 mod 11 = 2, check digit 9.
  assert.equal(isMyNumber('123456789018'), true);
  assert.equal(isMyNumber('123456789012'), false);
  assert.equal(isMyNumber('12345678901'), false);
});

test('card numbers are masked to their last four digits, with any separators', () => {
  assert.equal(
    maskPii('カード番号は4111 1111 1111 1111です'),
    'カード番号は**** **** **** 1111です',
  );
  assert.equal(maskPii('card 5555-5555-5555-4444.'), 'card **** **** **** 4444.');
  assert.equal(maskPii('４１１１１１１１１１１１１１１１'), '**** **** **** 1111');
});

test('a number that fails Luhn is not taken for a card', () => {
  assert.equal(maskPii('注文番号 4111111111111112'), '注文番号 4111111111111112');
});

test('My Number is masked entirely; twelve digits without a valid check digit are left', () => {
  assert.equal(maskPii('マイナンバー 1234 5678 9018'), 'マイナンバー **** **** ****');
  assert.equal(maskPii('伝票 123456789012'), '伝票 123456789012');
});

test('Japanese and international phone numbers are masked', () => {
  assert.equal(maskPii('090-1234-5678に電話して'), '***-****-**78に電話して');
  assert.equal(maskPii('tel: 03(1234)5678'), 'tel: ***-****-**78');
  assert.equal(maskPii('call +81 90 1234 5678'), 'call ***-****-**78');
  assert.equal(maskPii('（０３）１２３４－５６７８'), '***-****-**78');
  assert.equal(maskPii('(415) 555-0100'), '***-****-**00');
});

test('dates, prices and order numbers are not phone numbers', () => {
  for (const text of ['2024-01-15 10:30', '¥12,800', 'ORD-123456', '注文 12345 と 67890']) {
    assert.equal(maskPii(text), text);
  }
});

test('email addresses keep their first letter and domain', () => {
  assert.equal(maskPii('mail: hanako.sato@example.co.jp!'), 'mail: h***@example.co.jp!');
  assert.deepEqual(
    detectPii('a 0312345678 b x@y.jp').map((s) => s.kind),
    ['phone', 'email'],
  );
});

test('maskDeep masks free text and leaves ids and times alone', () => {
  const masked = maskDeep({
    id: 'msg_0123456789012',
    createdAt: '2024-01-01T00:00:00.000Z',
    text: 'my card 4111111111111111',
    contact: { name: '佐藤', email: 'sato@example.jp' },
    messages: [{ conversationId: 'conv_1', text: 'tel 09012345678' }],
  });
  assert.equal(masked.id, 'msg_0123456789012');
  assert.equal(masked.text, 'my card **** **** **** 1111');
  assert.equal(masked.contact.email, 's***@example.jp');
  assert.equal(masked.messages[0]?.text, 'tel ***-****-**78');
});

test('text ruled out before the search holds nothing the search would find', () => {
  // Numbers written every way the search reads them: full-width digits and dashes, the long
  // vowel mark, full-width parentheses and spaces, between words of any script.
  const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  const full = (d: string) => String.fromCharCode(0xff10 + Number(d));
  const separators = ['', '', '-', ' ', '－', 'ー', '‐', '　', '(', ')', '（', '）', '.', '+'];
  const words = [
    '注文',
    'tel',
    'ID',
    '番号は',
    'A-',
    '#',
    '円',
    '@',
    'conv_01H',
    '2026-12-07',
    '\n',
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  let found = 0;
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    for (let k = random(30) + 1; k > 0; k--) {
      const pick = random(10);
      if (pick < 6) {
        const d = digits[random(10)] as string;
        text += random(3) === 0 ? full(d) : d;
      } else if (pick < 9) text += separators[random(separators.length)];
      else text += words[random(words.length)];
    }
    const spans = detectPii(text.replace(/@/g, '') + (random(50) === 0 ? ' a@example.com' : ''));
    if (spans.length > 0) found++;
    // The search itself, with the rule-out bypassed: what it finds, the rule-out let through.
    const all = detectPii(`@ ${text}`).filter((s) => s.kind !== 'email');
    if (all.length > 0) assert.ok(mayHoldPii(text), text);
  }
  assert.ok(found > 100, `numbers found: ${found}`);
  assert.equal(mayHoldPii('/api/v1/widget/wk_3f2a/conversations/conv_01HZX4K9/messages'), false);
  assert.equal(maskPii('電話 ０９０ー１２３４ー５６７８'), '電話 ***-****-**78');
});
