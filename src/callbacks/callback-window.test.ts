import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWindow } from './callback-window.js';

// 06:00 on Monday 7 December 2026 in Tokyo.
const now = new Date('2026-12-06T21:00:00Z');
const read = (text: string, timeZone = 'Asia/Tokyo') => {
  const window = parseWindow(text, now, timeZone);
  return window && [window.start.toISOString(), window.end.toISOString()];
};

describe('reading a callback window from chat text', () => {
  it('reads Japanese and English days and times in the tenant’s time zone', () => {
    assert.deepEqual(read('明日 14時〜16時'), [
      '2026-12-08T05:00:00.000Z',
      '2026-12-08T07:00:00.000Z',
    ]);
    assert.deepEqual(read('today 14-16'), ['2026-12-07T05:00:00.000Z', '2026-12-07T07:00:00.000Z']);
    assert.deepEqual(read('2026-12-10 10:00-12:30'), [
      '2026-12-10T01:00:00.000Z',
      '2026-12-10T03:30:00.000Z',
    ]);
    assert.deepEqual(read('１４：００－１６：００'), [
      '2026-12-07T05:00:00.000Z',
      '2026-12-07T07:00:00.000Z',
    ]);
    assert.deepEqual(read('tomorrow 9:00-10:00', 'America/New_York'), [
      '2026-12-07T14:00:00.000Z',
      '2026-12-07T15:00:00.000Z',
    ]);
  });

  it('a bare range already over today means tomorrow', () => {
    assert.deepEqual(read('3時から5時まで'), [
      '2026-12-07T18:00:00.000Z',
      '2026-12-07T20:00:00.000Z',
    ]);
  });

  it('refuses what is not a window', () => {
    assert.equal(read('hello'), undefined);
    assert.equal(read('16-14'), undefined);
    assert.equal(read('25:00-26:00'), undefined);
  });
});
