/**
 * What decides whether a proactive widget trigger may show: pure, shared by the server (which
 * enforces it) and the widget (which arms only the rules that can fit the page).
 */

/** Where a trigger applies: a URL prefix, or a glob where `*` stands for any run of characters. */
export type UrlPattern = { match: 'prefix' | 'glob'; pattern: string };

/** Local "HH:MM" times in the tenant's time zone; `start` after `end` spans midnight. */
export type QuietHours = { start: string; end: string };

/** How often one visitor may see the rule: at most `perDay` times a day, or only `once` ever. */
export type VisitorLimit = { perDay?: number | undefined; once?: boolean | undefined };

export type WidgetTrigger = {
  id: string;
  message: { ja?: string | undefined; en?: string | undefined };
  when: {
    urlContains?: string | undefined;
    url?: UrlPattern | undefined;
    secondsOnPage?: number | undefined;
    returningVisitor?: boolean | undefined;
  };
  quietHours?: QuietHours | undefined;
  visitorLimit?: VisitorLimit | undefined;
  enabled: boolean;
};

/** The most `*` in a glob: matching stays linear in the URL's length times this. */
export const MAX_GLOB_STARS = 8;

/**
 * Why a pattern is refused, or undefined when it is fine. A pattern starting with `/` is matched
 * against the page's path and query; one starting with http(s):// against the whole URL.
 */
export function urlPatternProblem(p: UrlPattern): string | undefined {
  if (!/^(\/|https?:\/\/)/.test(p.pattern)) return 'must start with / or http(s)://';
  if (/\s/.test(p.pattern)) return 'must not contain spaces';
  if (p.match === 'glob' && p.pattern.split('*').length - 1 > MAX_GLOB_STARS) {
    return `at most ${MAX_GLOB_STARS} * in a glob`;
  }
  return undefined;
}

/** The part of the page's URL a pattern is compared with; undefined for a URL that does not parse. */
function subjectOf(pattern: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (pattern.startsWith('/')) return parsed.pathname + parsed.search;
  return parsed.origin + parsed.pathname + parsed.search;
}

/** `*`-only glob over the whole string, by pieces in order (no regular expression, no backtracking). */
function globMatches(glob: string, text: string): boolean {
  const pieces = glob.split('*');
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  if (pieces.length === 1) return text === glob;
  if (!text.startsWith(first) || text.length < first.length + last.length) return false;
  if (!text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

export function urlMatches(p: UrlPattern, url: string): boolean {
  const subject = subjectOf(p.pattern, url);
  if (subject === undefined) return false;
  return p.match === 'prefix' ? subject.startsWith(p.pattern) : globMatches(p.pattern, subject);
}

/** Whether the page's URL fits the rule (both its `urlContains` and its `url` pattern). */
export function fitsUrl(trigger: WidgetTrigger, url: string): boolean {
  const { urlContains, url: pattern } = trigger.when;
  if (urlContains && !url.includes(urlContains)) return false;
  if (pattern && !urlMatches(pattern, url)) return false;
  return true;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The local date (YYYY-MM-DD) and minutes since midnight of an instant in a time zone. */
export function localTime(instant: number, timeZone: string): { day: string; minutes: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const part = (parts: Intl.DateTimeFormatPart[], type: string) =>
    parts.find((p) => p.type === type)?.value ?? '00';
  const parts = f.formatToParts(instant);
  return {
    day: `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')}`,
    minutes: Number(part(parts, 'hour')) * 60 + Number(part(parts, 'minute')),
  };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether local minutes fall in the quiet hours: [start, end), across midnight when start > end. */
export function inQuietHours(quiet: QuietHours, minutes: number): boolean {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}
