/** Pure parts of proactive messages: templates and quiet hours. */

/** Fills `{{data.field}}` (nested: `{{data.order.id}}`) and `{{contact.name}}`; missing values are empty. */
export function renderTemplate(
  template: string,
  values: { data: unknown; contact: { name: string | null } },
): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_match, path: string) => {
    let value: unknown = values;
    for (const part of path.split('.')) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return '';
      value = (value as Record<string, unknown>)[part];
    }
    if (value === null || value === undefined || typeof value === 'object') return '';
    return String(value);
  });
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Minutes past midnight at `now` in the time zone. */
export function localMinutes(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

/**
 * When quiet hours (`start`–`end`, local `HH:MM`, may wrap past midnight) hold `now`, the
 * moment they end; otherwise null (send now).
 */
export function quietUntil(
  now: Date,
  timeZone: string,
  quiet: { start: string; end: string } | null,
): Date | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const local = localMinutes(now, timeZone);
  const isQuiet = start < end ? local >= start && local < end : local >= start || local < end;
  if (!isQuiet) return null;
  const wait = (end - local + 1440) % 1440;
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
