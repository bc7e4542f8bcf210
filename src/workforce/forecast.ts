/**
 * Contacts per hour of the week, forecast from history: each hour of the week is the mean of
 * the same hour in the last weeks (up to four), which smooths the noise that seasonal-naive
 * (the same hour last week) copies. Pure.
 */

export const HOURS_PER_WEEK = 168;
const WEEKS_AVERAGED = 4;

/** Forecast for the `hours` hours after the history (history[0] is the oldest hour). */
export function forecastHours(history: readonly number[], hours: number): number[] {
  const weeks = Math.min(WEEKS_AVERAGED, Math.floor(history.length / HOURS_PER_WEEK));
  const out: number[] = [];
  if (weeks === 0) {
    // Less than a week of history: every hour gets the mean of what there is.
    const mean = history.length ? history.reduce((a, b) => a + b, 0) / history.length : 0;
    for (let h = 0; h < hours; h++) out.push(mean);
    return out;
  }
  for (let h = 0; h < hours; h++) {
    let sum = 0;
    for (let w = 1; w <= weeks; w++) {
      // The same hour of the week, w weeks before the forecast hour's own week.
      const index = history.length + (h % HOURS_PER_WEEK) - w * HOURS_PER_WEEK;
      sum += history[index] ?? 0;
    }
    out.push(sum / weeks);
  }
  return out;
}

/** Seasonal-naive: the same hour one week earlier. */
export function seasonalNaive(history: readonly number[], hours: number): number[] {
  const out: number[] = [];
  for (let h = 0; h < hours; h++) {
    out.push(history[history.length + (h % HOURS_PER_WEEK) - HOURS_PER_WEEK] ?? 0);
  }
  return out;
}

/** Mean absolute percentage error over the hours that had contacts; null when none had. */
export function mape(actual: readonly number[], predicted: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (a <= 0) continue;
    sum += Math.abs(a - (predicted[i] ?? 0)) / a;
    count++;
  }
  return count === 0 ? null : sum / count;
}

export type Backtest = { mape: number | null; seasonalNaiveMape: number | null; hours: number };

/**
 * Holds out the last week, forecasts it from the weeks before, and scores both the forecast
 * and seasonal-naive on it. Needs two weeks of history (else both are null).
 */
export function backtest(history: readonly number[]): Backtest {
  if (history.length < 2 * HOURS_PER_WEEK) return { mape: null, seasonalNaiveMape: null, hours: 0 };
  const train = history.slice(0, history.length - HOURS_PER_WEEK);
  const actual = history.slice(history.length - HOURS_PER_WEEK);
  return {
    mape: mape(actual, forecastHours(train, HOURS_PER_WEEK)),
    seasonalNaiveMape: mape(actual, seasonalNaive(train, HOURS_PER_WEEK)),
    hours: HOURS_PER_WEEK,
  };
}
