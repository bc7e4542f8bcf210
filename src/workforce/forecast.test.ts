import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backtest, forecastHours, HOURS_PER_WEEK, mape, seasonalNaive } from './forecast.js';
import { bandOf, DEFAULT_BANDS, utilisationOf } from './utilisation.js';

/** A weekly pattern (busy weekday afternoons) with deterministic noise. */
function series(weeks: number, seed = 7): number[] {
  let state = seed;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  };
  const out: number[] = [];
  for (let h = 0; h < weeks * HOURS_PER_WEEK; h++) {
    const hourOfDay = h % 24;
    const day = Math.floor(h / 24) % 7;
    const base = hourOfDay >= 9 && hourOfDay < 18 ? (day < 5 ? 20 : 8) : 2;
    out.push(Math.max(0, Math.round(base * (1 + 0.6 * noise()))));
  }
  return out;
}

test('the forecast repeats the weekly shape', () => {
  const history = series(4);
  const next = forecastHours(history, HOURS_PER_WEEK);
  assert.equal(next.length, HOURS_PER_WEEK);
  // Monday 10:00 is busy, Monday 03:00 quiet.
  assert.ok((next[10] as number) > 12 && (next[3] as number) < 4);
  // A flat history forecasts itself.
  assert.deepEqual(forecastHours(new Array(HOURS_PER_WEEK * 2).fill(5), 3), [5, 5, 5]);
  assert.deepEqual(forecastHours([2, 4], 2), [3, 3]);
});

test('MAPE skips empty hours; the backtest beats seasonal-naive on noisy weekly data', () => {
  assert.equal(mape([10, 0, 20], [12, 5, 10]), (0.2 + 0.5) / 2);
  assert.equal(mape([0, 0], [1, 1]), null);
  assert.deepEqual(seasonalNaive([1, 2, 3, ...new Array(HOURS_PER_WEEK - 3).fill(0)], 2), [1, 2]);
  const result = backtest(series(6));
  assert.ok(result.mape !== null && result.seasonalNaiveMape !== null);
  assert.ok(result.mape < result.seasonalNaiveMape, `${result.mape} < ${result.seasonalNaiveMape}`);
  assert.deepEqual(backtest(series(1)), { mape: null, seasonalNaiveMape: null, hours: 0 });
});

test('utilisation of a scripted shift: busy minutes over logged-in minutes, with bands', () => {
  const minute = (m: number, keys = 5) => ({
    minuteStart: new Date(Date.UTC(2026, 0, 5, 9, m)).toISOString(),
    keys,
    clicks: 0,
    focusedSeconds: keys ? 60 : 0,
  });
  // 60 minutes logged in, 10 of them idle; one chat 9:00–9:30, another 9:40–9:55.
  const minutes = Array.from({ length: 60 }, (_, m) => minute(m, m >= 50 ? 0 : 5));
  const at = (m: number) => new Date(Date.UTC(2026, 0, 5, 9, m)).toISOString();
  const result = utilisationOf(
    minutes,
    [
      { assignedAt: at(0), resolvedAt: at(30) },
      { assignedAt: at(40), resolvedAt: at(55) },
    ],
    Date.UTC(2026, 0, 5, 12),
  );
  assert.equal(result.busyMinutes, 45);
  assert.equal(result.utilisation, 0.75);
  assert.equal(result.activeMinutes, 50);
  assert.equal(result.idleMinutes, 10);
  assert.equal(bandOf(0.75, DEFAULT_BANDS), 'over');
  assert.equal(bandOf(0.6, DEFAULT_BANDS), 'right');
  assert.equal(bandOf(0.3, DEFAULT_BANDS), 'under');
  assert.equal(bandOf(0.75, { over: 0.95, right: 0.7, under: 0.4 }), 'right');
});
