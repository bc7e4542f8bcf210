const unit = (locale: string, value: number, name: 'second' | 'minute' | 'hour') =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);

/** A waiting time as "45 sec", "12 min" or "2 hr 5 min" in the viewer's language. */
export function formatWait(locale: string, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return unit(locale, s, 'second');
  if (s < 3600) return unit(locale, Math.floor(s / 60), 'minute');
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return minutes
    ? `${unit(locale, hours, 'hour')} ${unit(locale, minutes, 'minute')}`
    : unit(locale, hours, 'hour');
}
