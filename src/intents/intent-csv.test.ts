import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIntentCsv } from './intent-csv.js';

test('parses text,intent rows in any column order, reporting bad rows by spreadsheet row', () => {
  const { rows, errors, fatal } = parseIntentCsv(
    '\uFEFFintent,text\ntrack_order,"where is my order, please"\n,no intent\nrefund,\n' +
      'bad intent name,some text\nout_of_scope,今日の天気は？\n',
  );
  assert.equal(fatal, undefined);
  assert.deepEqual(
    rows.map((r) => [r.row, r.value.text, r.value.intent]),
    [
      [2, 'where is my order, please', 'track_order'],
      [6, '今日の天気は？', 'out_of_scope'],
    ],
  );
  assert.deepEqual(
    errors.map((e) => e.row),
    [3, 4, 5],
  );
  assert.match(errors[2]?.message ?? '', /intent must be/);
});

test('a missing header or broken quoting is fatal', () => {
  assert.match(parseIntentCsv('question,answer\nq,a\n').fatal ?? '', /text and intent/);
  assert.match(parseIntentCsv('text,intent\n"open,x\n').fatal ?? '', /CSV/);
});

test('intent names may be namespaced with a slash', () => {
  const { rows, errors } = parseIntentCsv(
    'text,intent\nwill it rain tomorrow,weather/find\nset an alarm for 7,alarm/set_alarm\n',
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(
    rows.map((r) => r.value.intent),
    ['weather/find', 'alarm/set_alarm'],
  );
});
