/**
 * Utilisation of one operator, pure. A minute counts as logged in when the console reported
 * it (the console sends one report a minute while open); it is busy when the operator had
 * at least one conversation assigned during it; active when there was input (a key or a
 * click) or the console was focused for at least half of it, idle otherwise.
 * Utilisation = busy minutes ÷ logged-in minutes.
 */

export type ActivityMinute = {
  minuteStart: string;
  keys: number;
  clicks: number;
  focusedSeconds: number;
};
export type Assignment = { assignedAt: string; resolvedAt: string | null };
export type Bands = { over: number; right: number; under: number };
export type Band = 'over' | 'right' | 'under';

export const DEFAULT_BANDS: Bands = { over: 0.9, right: 0.6, under: 0.3 };

/** The band whose target is nearest: with 90/60/30, over from 75 %, right from 45 %. */
export function bandOf(utilisation: number, bands: Bands): Band {
  if (utilisation >= (bands.over + bands.right) / 2) return 'over';
  if (utilisation >= (bands.right + bands.under) / 2) return 'right';
  return 'under';
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function utilisationOf(
  minutes: readonly ActivityMinute[],
  assignments: readonly Assignment[],
  now: number,
): { utilisation: number; activeMinutes: number; idleMinutes: number; busyMinutes: number } {
  const intervals = assignments.map((a) => [
    Date.parse(a.assignedAt),
    a.resolvedAt ? Date.parse(a.resolvedAt) : now,
  ]);
  let busy = 0;
  let active = 0;
  for (const m of minutes) {
    const start = Date.parse(m.minuteStart);
    const end = start + 60_000;
    if (intervals.some(([from, to]) => (from as number) < end && (to as number) > start)) busy++;
    if (m.keys + m.clicks > 0 || m.focusedSeconds >= 30) active++;
  }
  return {
    utilisation: minutes.length ? busy / minutes.length : 0,
    activeMinutes: active,
    idleMinutes: minutes.length - active,
    busyMinutes: busy,
  };
}
