/**
 * Weekly schedules and adherence, pure. A schedule holds shifts by weekday (1 = Monday …
 * 7 = Sunday) in local "HH:MM" times of its time zone, each with planned breaks inside it.
 * During a shift an operator should be online; during a planned break, not online.
 * Adherence = time in the scheduled state ÷ scheduled time (so far, for today).
 */

export type ScheduledBreak = { start: string; end: string; reason?: string | undefined };
export type Shift = { weekday: number; start: string; end: string; breaks: ScheduledBreak[] };
export type Schedule = { timeZone: string; shifts: Shift[] };
export type Expected = 'online' | 'break';
export type Planned = { start: number; end: number; expected: Expected; reason?: string };
export type Status = 'online' | 'away' | 'offline';
export type StatusEntry = { status: Status; reason: string | null; startedAt: string };
export type StatusSpan = { start: number; end: number; status: Status; reason: string | null };
export type OutOfAdherence = { start: number; end: number; expected: Expected; actual: Status };

/** Mismatches shorter than this are not listed (a status flip while a page reloads). */
export const MIN_OUT_OF_ADHERENCE_MS = 60_000;

const DAY_MS = 86_400_000;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const minutesOf = (hhmm: string): number => {
  const m = HHMM.exec(hhmm);
  if (!m) throw new Error(`Not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a schedule, or null: times "HH:MM", breaks inside their shift and apart. */
export function scheduleProblem(schedule: Schedule): string | null {
  if (!isTimeZone(schedule.timeZone)) return `Unknown time zone ${schedule.timeZone}`;
  const byDay = new Map<number, Shift>();
  for (const shift of schedule.shifts) {
    if (!HHMM.test(shift.start) || !HHMM.test(shift.end)) return 'Times are "HH:MM"';
    if (byDay.has(shift.weekday)) return `Weekday ${shift.weekday} has two shifts`;
    byDay.set(shift.weekday, shift);
    const start = minutesOf(shift.start);
    const end = minutesOf(shift.end);
    if (end <= start) return `The shift of weekday ${shift.weekday} must end after it starts`;
    const breaks = [...shift.breaks].sort((a, b) => a.start.localeCompare(b.start));
    let previousEnd = start;
    for (const b of breaks) {
      if (!HHMM.test(b.start) || !HHMM.test(b.end)) return 'Times are "HH:MM"';
      const bs = minutesOf(b.start);
      const be = minutesOf(b.end);
      if (be <= bs) return `A break of weekday ${shift.weekday} must end after it starts`;
      if (bs < previousEnd || be > end)
        return `The breaks of weekday ${shift.weekday} must lie inside the shift, apart`;
      previousEnd = be;
    }
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function offsetMs(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const local = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant of a local date ("YYYY-MM-DD") and minute of day in a time zone. */
export function instantOf(date: string, minutes: number, timeZone: string): number {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return instant;
}

/** The local date ("YYYY-MM-DD") of an instant in a time zone. */
export const localDateOf = (instant: number, timeZone: string): string =>
  new Date(instant + offsetMs(instant, timeZone)).toISOString().slice(0, 10);

const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** The planned periods of one local day, in order: shift parts (online) and breaks. */
export function plannedFor(schedule: Schedule, date: string): Planned[] {
  const shift = schedule.shifts.find((s) => s.weekday === weekdayOf(date));
  if (!shift) return [];
  const at = (hhmm: string) => instantOf(date, minutesOf(hhmm), schedule.timeZone);
  const planned: Planned[] = [];
  let cursor = at(shift.start);
  for (const b of [...shift.breaks].sort((x, y) => x.start.localeCompare(y.start))) {
    const bs = at(b.start);
    const be = at(b.end);
    if (bs > cursor) planned.push({ start: cursor, end: bs, expected: 'online' });
    planned.push({
      start: bs,
      end: be,
      expected: 'break',
      ...(b.reason ? { reason: b.reason } : {}),
    });
    cursor = be;
  }
  const end = at(shift.end);
  if (end > cursor) planned.push({ start: cursor, end, expected: 'online' });
  return planned;
}

/** What a schedule expects at an instant: online, a break, or nothing (off shift). */
export function expectedAt(schedule: Schedule, instant: number): Planned | null {
  const date = localDateOf(instant, schedule.timeZone);
  return plannedFor(schedule, date).find((p) => p.start <= instant && instant < p.end) ?? null;
}

/**
 * Status spans over [from, to): `entries` are the operator's changes in time order, starting
 * with the last one before `from` if any; before the first known change an operator is offline.
 */
export function statusSpans(
  entries: readonly StatusEntry[],
  from: number,
  to: number,
): StatusSpan[] {
  const spans: StatusSpan[] = [];
  let current: { status: Status; reason: string | null; start: number } = {
    status: 'offline',
    reason: null,
    start: from,
  };
  for (const e of entries) {
    const at = Math.max(from, Date.parse(e.startedAt));
    if (at >= to) break;
    if (at > current.start) spans.push({ ...current, end: at });
    current = { status: e.status, reason: e.reason, start: at };
  }
  if (to > current.start) spans.push({ ...current, end: to });
  // Neighbours with the same status and reason are one span.
  const merged: StatusSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && last.status === s.status && last.reason === s.reason && last.end === s.start)
      last.end = s.end;
    else merged.push({ ...s });
  }
  return merged;
}

const matches = (expected: Expected, actual: Status) =>
  expected === 'online' ? actual === 'online' : actual !== 'online';

/** Adherence of one day: planned periods against status spans, counted up to `until`. */
export function adherenceOf(
  planned: readonly Planned[],
  spans: readonly StatusSpan[],
  until: number,
) {
  let scheduled = 0;
  let adhered = 0;
  const out: OutOfAdherence[] = [];
  for (const p of planned) {
    const pEnd = Math.min(p.end, until);
    if (pEnd <= p.start) continue;
    scheduled += pEnd - p.start;
    for (const s of spans) {
      const start = Math.max(p.start, s.start);
      const end = Math.min(pEnd, s.end);
      if (end <= start) continue;
      if (matches(p.expected, s.status)) {
        adhered += end - start;
        continue;
      }
      const last = out[out.length - 1];
      if (last && last.end === start && last.expected === p.expected && last.actual === s.status)
        last.end = end;
      else out.push({ start, end, expected: p.expected, actual: s.status });
    }
  }
  return {
    scheduledSeconds: Math.round(scheduled / 1000),
    adheredSeconds: Math.round(adhered / 1000),
    adherence: scheduled > 0 ? adhered / scheduled : null,
    outOfAdherence: out.filter((o) => o.end - o.start >= MIN_OUT_OF_ADHERENCE_MS),
  };
}

export const DAY = DAY_MS;
