import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availabilityAt, type Schedule } from './business-hours.js';
import { priorityOf, slaStateOf } from './priority.js';

const weekdaysNineToSix: Schedule = {
  timeZone: 'Asia/Tokyo',
  weekly: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ open: '09:00', close: '18:00' }]]),
  ),
  holidays: ['2026-11-23'],
};

test('open inside the local hours, closed outside, by the tenant’s time zone', () => {
  // Fri 2026-11-20 10:00 JST = 01:00 UTC.
  assert.deepEqual(availabilityAt(weekdaysNineToSix, new Date('2026-11-20T01:00:00Z')), {
    isOpen: true,
  });
  // Fri 18:00 JST: closed; next opening Mon 09:00 JST... but Monday the 23rd is a holiday.
  const evening = availabilityAt(weekdaysNineToSix, new Date('2026-11-20T09:00:00Z'));
  assert.equal(evening.isOpen, false);
  assert.equal(
    evening.nextOpenAt,
    '2026-11-24T00:00:00.000Z',
    'Tuesday 09:00 JST, after the holiday',
  );
  // Early morning Tue 08:00 JST: opens at 09:00 the same day.
  assert.equal(
    availabilityAt(weekdaysNineToSix, new Date('2026-11-23T23:00:00Z')).nextOpenAt,
    '2026-11-24T00:00:00.000Z',
  );
});

test('a holiday is closed all day', () => {
  assert.equal(availabilityAt(weekdaysNineToSix, new Date('2026-11-23T03:00:00Z')).isOpen, false);
});

test('no weekly hours means open around the clock; DST zones convert correctly', () => {
  assert.deepEqual(availabilityAt({ timeZone: 'UTC', weekly: null, holidays: [] }, new Date()), {
    isOpen: true,
  });
  const ny: Schedule = {
    timeZone: 'America/New_York',
    weekly: { sun: [{ open: '09:00', close: '17:00' }] },
    holidays: [],
  };
  // Sat 2026-03-07 12:00 EST; Sunday 03-08 is the DST switch, 09:00 EDT = 13:00 UTC.
  assert.equal(
    availabilityAt(ny, new Date('2026-03-07T17:00:00Z')).nextOpenAt,
    '2026-03-08T13:00:00.000Z',
  );
});

test('priority: VIP over angry over returning over new', () => {
  const p = (isVip: boolean, isAngry: boolean, isRepeat: boolean) =>
    priorityOf({ isVip, isAngry, isRepeat });
  assert.ok(p(true, false, false) > p(false, true, true));
  assert.ok(p(false, true, false) > p(false, false, true));
  assert.ok(p(false, false, true) > p(false, false, false));
});

test('SLA state: ok, warning from 75 %, breached, then met or missed by the first reply', () => {
  const queuedAt = '2026-01-01T00:00:00.000Z';
  const at = (s: number) => Date.parse(queuedAt) + s * 1000;
  const state = (now: number, firstReplyAt: string | null = null) =>
    slaStateOf({ queuedAt, firstReplyAt, targetSeconds: 100, now });
  assert.equal(state(at(10)), 'ok');
  assert.equal(state(at(80)), 'warning');
  assert.equal(state(at(100)), 'breached');
  assert.equal(state(at(500), '2026-01-01T00:01:00.000Z'), 'met');
  assert.equal(state(at(500), '2026-01-01T00:05:00.000Z'), 'missed');
});
