import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToPlainText } from './html-text.js';

test('HTML mail becomes plain text with its paragraphs', () => {
  const html =
    '<html><head><style>p{color:red}</style></head><body><p>ご注文&amp;配送について</p><p>番号は&#65;-1&lt;2&gt;です<br>よろしく</p></body></html>';
  assert.equal(htmlToPlainText(html), 'ご注文&配送について\n番号はA-1<2>です\nよろしく');
});

test('scripts, event handlers and comments leave nothing behind', () => {
  const html =
    '<p>Hi</p><script>alert(1)</script><!-- <b>x</b> --><img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a><img src=y onerror=alert(4)';
  const text = htmlToPlainText(html);
  assert.equal(text, 'Hi\nlink');
});

test('lists and tables stay readable; headings keep their case', () => {
  const html =
    '<h2>Order A-10293</h2><ul><li>T-shirt</li><li>Cap</li></ul><table><tr><td>Total</td><td>¥3,980</td></tr></table>';
  const text = htmlToPlainText(html);
  assert.match(text, /^Order A-10293\n/);
  assert.match(text, /\* T-shirt\n \* Cap/);
  assert.match(text, /Total +¥3,980/);
});
