/**
 * Reading a callback's time window from chat text, in the tenant's time zone:
 * "2026-12-08 14:00-16:00", "明日 14時〜16時", "today 14-16" (24-hour times), or just
 * "14:00-16:00" (today, or tomorrow once that time has passed).
 */

/** Minutes a wall-clock time in `timeZone` is ahead of UTC at `utc`. */
function offsetMinutes(utc: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(utc);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utc.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant of a wall-clock date and time in `timeZone`. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`).getTime() + minutes * 60_000;
  const offset = offsetMinutes(new Date(guess), timeZone);
  return new Date(guess - offset * 60_000);
}

/** The date (YYYY-MM-DD) it is in `timeZone` at `now`. */
export function localDate(now: Date, timeZone: string): string {
  return new Date(now.getTime() + offsetMinutes(now, timeZone) * 60_000).toISOString().slice(0, 10);
}

const toAscii = (text: string) =>
  text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/\uFF1A/g, ':')
    .replace(/[\uFF0D\u2010-\u2015\u30FC]/g, '-')
    .replace(/\uFF0F/g, '/');

const TIME = String.raw`(\d{1,2})(?:[:時](\d{2})?分?)?`;
const RANGE = new RegExp(`${TIME}\\s*(?:-|~|〜|～|から|to|–)\\s*${TIME}(?:まで)?`, 'i');

export function parseWindow(
  text: string,
  now: Date,
  timeZone: string,
): { start: Date; end: Date } | undefined {
  const ascii = toAscii(text.trim());
  const DATE = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/;
  const range = RANGE.exec(ascii.replace(DATE, ' '));
  if (!range) return undefined;
  const minutes = (h?: string, m?: string) => Number(h) * 60 + Number(m ?? 0);
  const from = minutes(range[1], range[2]);
  const to = minutes(range[3], range[4]);
  if (from >= 24 * 60 || to > 24 * 60 || from >= to) return undefined;
  const today = localDate(now, timeZone);
  const addDays = (date: string, n: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  let date: string | undefined;
  const explicit = DATE.exec(ascii);
  if (explicit) {
    date = `${explicit[1]}-${explicit[2]?.padStart(2, '0')}-${explicit[3]?.padStart(2, '0')}`;
  } else if (/明後日|あさって|day after tomorrow/i.test(ascii)) date = addDays(today, 2);
  else if (/明日|あした|tomorrow/i.test(ascii)) date = addDays(today, 1);
  else if (/今日|本日|きょう|today/i.test(ascii)) date = today;
  const start = zonedInstant(date ?? today, from, timeZone);
  const end = zonedInstant(date ?? today, to, timeZone);
  // A bare time range already over today means the next day.
  if (!date && end.getTime() <= now.getTime()) {
    return {
      start: zonedInstant(addDays(today, 1), from, timeZone),
      end: zonedInstant(addDays(today, 1), to, timeZone),
    };
  }
  return { start, end };
}
