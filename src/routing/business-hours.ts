export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];
/** Opening intervals per weekday, local "HH:MM" times; a day left out is closed. */
export type WeeklyHours = Partial<Record<Weekday, { open: string; close: string }[]>>;

export type Schedule = {
  timeZone: string;
  /** null: open around the clock. */
  weekly: WeeklyHours | null;
  /** Local dates (YYYY-MM-DD) closed all day. */
  holidays: readonly string[];
};

export type Availability = { isOpen: boolean; nextOpenAt?: string };

type Local = { date: string; weekday: Weekday; minutes: number };

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

/** Whether a time zone name is one Intl knows. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

function fieldsAt(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    mi: Number(parts.minute),
    s: Number(parts.second),
  };
}

function localOf(instant: number, timeZone: string): Local {
  const f = fieldsAt(instant, timeZone);
  const weekday = weekdays[new Date(Date.UTC(f.y, f.m - 1, f.d)).getUTCDay()] as Weekday;
  const date = `${f.y}-${String(f.m).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`;
  return { date, weekday, minutes: f.h * 60 + f.mi };
}

/** The instant at which the zone's wall clock shows this local date and time. */
function instantOf(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const f = fieldsAt(guess, timeZone);
    const shown = Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi, f.s);
    guess += wall - shown;
  }
  return guess;
}

const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const weekdayOf = (date: string): Weekday => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as Weekday;
};

/**
 * Whether support is open at `now` by the schedule's local wall clock, and if not, when it
 * next opens (looking up to 60 days ahead, past holidays).
 */
export function availabilityAt(schedule: Schedule, now: Date): Availability {
  if (!schedule.weekly) return { isOpen: true };
  const holidays = new Set(schedule.holidays);
  const local = localOf(now.getTime(), schedule.timeZone);
  const today = schedule.weekly[local.weekday] ?? [];
  if (!holidays.has(local.date)) {
    for (const slot of today) {
      if (local.minutes >= toMinutes(slot.open) && local.minutes < toMinutes(slot.close)) {
        return { isOpen: true };
      }
    }
  }
  for (let day = 0; day <= 60; day++) {
    const date = addDays(local.date, day);
    if (holidays.has(date)) continue;
    const opens = (schedule.weekly[weekdayOf(date)] ?? [])
      .map((slot) => toMinutes(slot.open))
      .filter((open) => day > 0 || open > local.minutes)
      .sort((a, b) => a - b);
    const first = opens[0];
    if (first !== undefined) {
      return {
        isOpen: false,
        nextOpenAt: new Date(instantOf(date, first, schedule.timeZone)).toISOString(),
      };
    }
  }
  return { isOpen: false };
}

/**
 * Seconds of [from, to) (epoch ms) that fall in the schedule's opening hours, holidays left
 * out: the business-hours length of a wait or a handling. Around the clock when `weekly` is
 * null. Looks at most 1,000 local days from `from`.
 */
export function openSecondsBetween(schedule: Schedule, from: number, to: number): number {
  if (!(to > from)) return 0;
  if (!schedule.weekly) return (to - from) / 1000;
  const holidays = new Set(schedule.holidays);
  const last = localOf(to, schedule.timeZone).date;
  let date = localOf(from, schedule.timeZone).date;
  let open = 0;
  for (let day = 0; day < 1000 && date <= last; day++, date = addDays(date, 1)) {
    if (holidays.has(date)) continue;
    for (const slot of schedule.weekly[weekdayOf(date)] ?? []) {
      const start = Math.max(from, instantOf(date, toMinutes(slot.open), schedule.timeZone));
      const end = Math.min(to, instantOf(date, toMinutes(slot.close), schedule.timeZone));
      if (end > start) open += end - start;
    }
  }
  return open / 1000;
}
