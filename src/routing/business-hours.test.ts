import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availabilityAt, openSecondsBetween, type Schedule } from './business-hours.js';
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

test('open seconds between two instants leave out nights, weekends and holidays', () => {
  // Weekdays 09:00–18:00 in Tokyo (UTC+9); 2026-12-04 is a Friday.
  const schedule: Schedule = {
    timeZone: 'Asia/Tokyo',
    weekly: {
      mon: [{ open: '09:00', close: '18:00' }],
      tue: [{ open: '09:00', close: '18:00' }],
      wed: [{ open: '09:00', close: '18:00' }],
      thu: [{ open: '09:00', close: '18:00' }],
      fri: [{ open: '09:00', close: '18:00' }],
    },
    holidays: ['2026-12-08'],
  };
  const at = (local: string) => Date.parse(`${local}+09:00`);
  // Across a night: 17:55 Thursday to 09:05 Friday is 5 + 5 minutes.
  assert.equal(
    openSecondsBetween(schedule, at('2026-12-03T17:55:00'), at('2026-12-04T09:05:00')),
    600,
  );
  // Across a weekend: 17:00 Friday to 10:00 Monday is 1 h + 1 h.
  assert.equal(
    openSecondsBetween(schedule, at('2026-12-04T17:00:00'), at('2026-12-07T10:00:00')),
    7200,
  );
  // Across a holiday (Tuesday 8th): 17:30 Monday to 09:30 Wednesday is 30 + 30 minutes.
  assert.equal(
    openSecondsBetween(schedule, at('2026-12-07T17:30:00'), at('2026-12-09T09:30:00')),
    3600,
  );
  // Wholly closed: a Saturday.
  assert.equal(
    openSecondsBetween(schedule, at('2026-12-05T10:00:00'), at('2026-12-05T15:00:00')),
    0,
  );
  // Within one opening: wall-clock.
  assert.equal(
    openSecondsBetween(schedule, at('2026-12-04T10:00:00'), at('2026-12-04T10:00:42.5')),
    42.5,
  );
  // Around the clock without weekly hours; nothing for an empty or reversed span.
  assert.equal(
    openSecondsBetween(
      { ...schedule, weekly: null },
      at('2026-12-05T10:00:00'),
      at('2026-12-05T11:00:00'),
    ),
    3600,
  );
  assert.equal(
    openSecondsBetween(schedule, at('2026-12-04T11:00:00'), at('2026-12-04T10:00:00')),
    0,
  );
});
