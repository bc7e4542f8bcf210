import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  adherenceOf,
  expectedAt,
  instantOf,
  localDateOf,
  plannedFor,
  type Schedule,
  scheduleProblem,
  statusSpans,
} from './schedule.js';

const tokyo: Schedule = {
  timeZone: 'Asia/Tokyo',
  shifts: [
    // Monday 09:00–18:00 Tokyo with lunch 12:00–13:00.
    {
      weekday: 1,
      start: '09:00',
      end: '18:00',
      breaks: [{ start: '12:00', end: '13:00', reason: 'lunch' }],
    },
  ],
};
const at = (iso: string) => Date.parse(iso);

describe('weekly schedules', () => {
  test('local times become instants in the schedule’s zone, across daylight saving too', () => {
    assert.equal(
      new Date(instantOf('2026-12-07', 9 * 60, 'Asia/Tokyo')).toISOString(),
      '2026-12-07T00:00:00.000Z',
    );
    // New York: EST in January (−5), EDT in July (−4).
    assert.equal(
      new Date(instantOf('2026-01-05', 9 * 60, 'America/New_York')).toISOString(),
      '2026-01-05T14:00:00.000Z',
    );
    assert.equal(
      new Date(instantOf('2026-07-06', 9 * 60, 'America/New_York')).toISOString(),
      '2026-07-06T13:00:00.000Z',
    );
    assert.equal(localDateOf(at('2026-12-06T16:00:00Z'), 'Asia/Tokyo'), '2026-12-07');
  });

  test('a Monday is planned as shift, lunch, shift; Sunday is off', () => {
    const planned = plannedFor(tokyo, '2026-12-07');
    assert.deepEqual(
      planned.map((p) => [
        new Date(p.start).toISOString(),
        new Date(p.end).toISOString(),
        p.expected,
      ]),
      [
        ['2026-12-07T00:00:00.000Z', '2026-12-07T03:00:00.000Z', 'online'],
        ['2026-12-07T03:00:00.000Z', '2026-12-07T04:00:00.000Z', 'break'],
        ['2026-12-07T04:00:00.000Z', '2026-12-07T09:00:00.000Z', 'online'],
      ],
    );
    assert.deepEqual(plannedFor(tokyo, '2026-12-06'), []);
    assert.equal(expectedAt(tokyo, at('2026-12-07T03:30:00Z'))?.expected, 'break');
    assert.equal(expectedAt(tokyo, at('2026-12-07T10:00:00Z')), null);
  });

  test('bad schedules are refused with the reason', () => {
    const shift = { weekday: 2, start: '09:00', end: '18:00', breaks: [] };
    assert.match(String(scheduleProblem({ timeZone: 'Mars/Base', shifts: [] })), /time zone/);
    assert.match(
      String(scheduleProblem({ timeZone: 'UTC', shifts: [{ ...shift, end: '08:00' }] })),
      /end after/,
    );
    assert.match(
      String(scheduleProblem({ timeZone: 'UTC', shifts: [shift, shift] })),
      /two shifts/,
    );
    assert.match(
      String(
        scheduleProblem({
          timeZone: 'UTC',
          shifts: [{ ...shift, breaks: [{ start: '17:30', end: '18:30' }] }],
        }),
      ),
      /inside the shift/,
    );
    assert.match(
      String(
        scheduleProblem({
          timeZone: 'UTC',
          shifts: [
            {
              ...shift,
              breaks: [
                { start: '12:00', end: '13:00' },
                { start: '12:30', end: '12:45' },
              ],
            },
          ],
        }),
      ),
      /apart/,
    );
    assert.equal(scheduleProblem(tokyo), null);
  });

  test('adherence of a scripted day: late start, a long lunch, an early leave', () => {
    // Online 09:15 (15 min late), away for lunch 12:00–13:20 (20 min long), online till 17:30.
    const entries = [
      { status: 'online' as const, reason: null, startedAt: '2026-12-07T00:15:00Z' },
      { status: 'away' as const, reason: 'lunch', startedAt: '2026-12-07T03:00:00Z' },
      { status: 'online' as const, reason: null, startedAt: '2026-12-07T04:20:00Z' },
      { status: 'offline' as const, reason: null, startedAt: '2026-12-07T08:30:00Z' },
    ];
    const dayStart = at('2026-12-06T15:00:00Z');
    const dayEnd = at('2026-12-07T15:00:00Z');
    const spans = statusSpans(entries, dayStart, dayEnd);
    assert.deepEqual(
      spans.map((s) => s.status),
      ['offline', 'online', 'away', 'online', 'offline'],
    );
    const result = adherenceOf(plannedFor(tokyo, '2026-12-07'), spans, dayEnd);
    assert.equal(result.scheduledSeconds, 9 * 3600);
    // Out: 15 + 20 + 30 minutes of 9 hours.
    assert.equal(result.adheredSeconds, 9 * 3600 - 65 * 60);
    assert.ok(Math.abs((result.adherence ?? 0) - (540 - 65) / 540) < 1e-9);
    assert.deepEqual(
      result.outOfAdherence.map((o) => [
        new Date(o.start).toISOString().slice(11, 16),
        new Date(o.end).toISOString().slice(11, 16),
        o.expected,
        o.actual,
      ]),
      [
        ['00:00', '00:15', 'online', 'offline'],
        ['04:00', '04:20', 'online', 'away'],
        ['08:30', '09:00', 'online', 'offline'],
      ],
    );
  });

  test('working through the break is out of adherence; so far counts only up to now', () => {
    const entries = [
      { status: 'online' as const, reason: null, startedAt: '2026-12-07T00:00:00Z' },
    ];
    const now = at('2026-12-07T03:30:00Z'); // half an hour into lunch
    const spans = statusSpans(entries, at('2026-12-06T15:00:00Z'), now);
    const result = adherenceOf(plannedFor(tokyo, '2026-12-07'), spans, now);
    assert.equal(result.scheduledSeconds, 3.5 * 3600);
    assert.equal(result.adheredSeconds, 3 * 3600);
    assert.deepEqual(
      result.outOfAdherence.map((o) => [o.expected, o.actual]),
      [['break', 'online']],
    );
  });

  test('without a schedule there is no adherence to judge', () => {
    assert.equal(adherenceOf([], [], Date.now()).adherence, null);
  });
});
