import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bucketOf,
  bucketValue,
  type Histogram,
  histogramStats,
  hourOf,
  median,
  percentile,
} from './definitions.js';

test('a bucket’s value is within 5 % of every time in it', () => {
  for (let seconds = 1; seconds < 3_000_000; seconds *= 1.013) {
    const value = bucketValue(bucketOf(seconds));
    assert.ok(Math.abs(value - seconds) / seconds <= 0.05, `${seconds} s read back as ${value} s`);
  }
  assert.equal(bucketOf(0), 0);
  assert.equal(bucketOf(0.99), 0);
  assert.equal(bucketOf(1), 1);
  assert.ok(bucketOf(2) > bucketOf(1.9), 'buckets grow with the time');
});

test('median and 90th percentile from buckets stay near the exact ones', () => {
  let s = 7;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const values = Array.from({ length: 5001 }, () => Math.round(5 + next() * next() * 900));
  const h: Histogram = new Map();
  for (const v of values) h.set(bucketOf(v), (h.get(bucketOf(v)) ?? 0) + 1);
  values.sort((a, b) => a - b);
  const stats = histogramStats(h);
  assert.equal(stats.count, 5001);
  const exactMedian = median(values) as number;
  const exactP90 = percentile(values, 0.9) as number;
  assert.ok(Math.abs((stats.median as number) - exactMedian) / exactMedian <= 0.05);
  assert.ok(Math.abs((stats.percentile(0.9) as number) - exactP90) / exactP90 <= 0.05);
});

test('the median of an even count is the mean of the two middle values; none gives null', () => {
  const h: Histogram = new Map([
    [bucketOf(10), 1],
    [bucketOf(100), 1],
  ]);
  const stats = histogramStats(h);
  assert.equal(stats.median, (bucketValue(bucketOf(10)) + bucketValue(bucketOf(100))) / 2);
  assert.equal(stats.percentile(0.9), bucketValue(bucketOf(100)));
  const empty = histogramStats(new Map());
  assert.equal(empty.median, null);
  assert.equal(empty.percentile(0.5), null);
});

test('the hour of a timestamp, in UTC whatever its notation', () => {
  const byDate = (iso: string) => new Date(iso).toISOString().slice(0, 13);
  let ms = Date.UTC(2020, 0, 1);
  for (let i = 0; i < 2000; i++) {
    ms += 3_599_993 + i * 17;
    const iso = new Date(ms).toISOString();
    assert.equal(hourOf(iso), byDate(iso));
  }
  assert.equal(hourOf('2026-12-07T23:59:59Z'), '2026-12-07T23');
  assert.equal(hourOf('2026-12-08T08:30:00+09:00'), '2026-12-07T23');
  assert.equal(hourOf('2026-12-07 23:10:00.000000+00'), '2026-12-07T23');
});
