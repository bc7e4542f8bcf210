/** Local dates and hours in a tenant's time zone, and report periods as UTC ranges. */

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/**
 * Local parts of whole hours, by zone and hour: a summary looks up the same hours again and
 * again (720 for 30 days), and formatting is the costly part. Bounded; cleared when full.
 */
const hourParts = new Map<string, { date: string; hour: number }>();

/** The local calendar date (YYYY-MM-DD) and hour (0–23) of an instant in a time zone. */
export function localParts(at: Date | string, timeZone: string): { date: string; hour: number } {
  const iso = typeof at === 'string' ? at : at.toISOString();
  // Every zone's offset is a whole number of minutes, so instants of one UTC hour's first
  // minute share their local date and hour; only those are kept.
  const isHourStart = iso.length >= 16 && iso.slice(14, 16) === '00';
  if (!isHourStart) return formatParts(at, timeZone);
  const key = `${timeZone}|${iso.slice(0, 16)}`;
  let parts = hourParts.get(key);
  if (!parts) {
    if (hourParts.size >= 50_000) hourParts.clear();
    parts = formatParts(at, timeZone);
    hourParts.set(key, parts);
  }
  return parts;
}

function formatParts(at: Date | string, timeZone: string): { date: string; hour: number } {
  const parts = formatterFor(timeZone).formatToParts(typeof at === 'string' ? new Date(at) : at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) % 24 };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour') % 24,
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant of local midnight starting a date (YYYY-MM-DD) in a time zone. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let ms = guess - offsetAt(guess, timeZone);
  // Around a DST change the offset at the guess may differ from the one at the answer.
  ms = guess - offsetAt(ms, timeZone);
  return new Date(ms);
}

const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

export type ReportKind = 'weekly' | 'monthly';
export type Period = { kind: ReportKind; label: string; from: string; to: string };

/** Whether a string is a real calendar date (YYYY-MM-DD). */
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/**
 * A report's period in the tenant's zone: weekly from the given date for 7 days, monthly the
 * given month (YYYY-MM). The previous period is the one of the same kind just before.
 */
export function reportPeriod(kind: ReportKind, period: string, timeZone: string): Period {
  if (kind === 'weekly') {
    return {
      kind,
      label: period,
      from: startOfLocalDate(period, timeZone).toISOString(),
      to: startOfLocalDate(addDays(period, 7), timeZone).toISOString(),
    };
  }
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return {
    kind,
    label: period,
    from: startOfLocalDate(`${period}-01`, timeZone).toISOString(),
    to: startOfLocalDate(next, timeZone).toISOString(),
  };
}

export function previousPeriod(p: Period, timeZone: string): Period {
  if (p.kind === 'weekly') return reportPeriod('weekly', addDays(p.label, -7), timeZone);
  const [y, m] = p.label.split('-').map(Number) as [number, number];
  const label = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return reportPeriod('monthly', label, timeZone);
}

/** Local dates from the start of a range to its end (exclusive), for daily tables. */
export function localDatesOf(from: string, to: string, timeZone: string): string[] {
  const dates: string[] = [];
  let date = localParts(from, timeZone).date;
  const last = localParts(new Date(Date.parse(to) - 1), timeZone).date;
  while (date <= last && dates.length < 400) {
    dates.push(date);
    date = addDays(date, 1);
  }
  return dates;
}

/** The last complete period of a kind before an instant (what a schedule sends). */
export function lastCompletePeriod(kind: ReportKind, now: Date, timeZone: string): Period {
  const today = localParts(now, timeZone).date;
  if (kind === 'monthly') {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const label = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    return reportPeriod('monthly', label, timeZone);
  }
  // Weeks start on Monday.
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const sinceMonday = (weekday + 6) % 7;
  return reportPeriod('weekly', addDays(today, -sinceMonday - 7), timeZone);
}
