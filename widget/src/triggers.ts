/**
 * Proactive widget triggers, armed in the visitor's page: time on page, the page URL and a
 * first-party visit counter. State lives in this site's localStorage only; no third-party cookies.
 * When a rule is due the server has the last word (quiet hours, the visitor's limit).
 */
import { fitsUrl, type WidgetTrigger } from '../../src/integrations/widget-trigger-rules.js';

export type { WidgetTrigger };

/**
 * What the widget remembers per visitor: a random visitor id (the server's limits count by it),
 * visits counted, when last seen, and which day each rule last showed.
 */
export type TriggerState = {
  visits: number;
  lastSeen: number;
  shown: Record<string, string>;
};

/** A gap this long (ms) between page views starts a new visit. */
export const VISIT_GAP_MS = 30 * 60_000;

/** 16 random URL-safe characters (96 bits). */
export function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from(bytes, (b) => alphabet[b & 63]).join('');
}

export const emptyTriggerState = (): TriggerState => ({
  visits: 0,
  lastSeen: 0,
  shown: {},
});

/** Counts this page view: a new visit when the last one was more than {@link VISIT_GAP_MS} ago. */
export function countVisit(state: TriggerState, now: number): TriggerState {
  const newVisit = state.visits === 0 || now - state.lastSeen > VISIT_GAP_MS;
  return { ...state, visits: state.visits + (newVisit ? 1 : 0), lastSeen: now };
}

/** The visitor's local calendar day, `YYYY-MM-DD`: a rule shows at most once per day. */
export function dayOf(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether the page and the visitor fit the rule, leaving time on page aside. */
export function fitsPage(trigger: WidgetTrigger, url: string, state: TriggerState): boolean {
  if (!trigger.enabled) return false;
  const { returningVisitor } = trigger.when;
  if (!fitsUrl(trigger, url)) return false;
  if (returningVisitor === true && state.visits < 2) return false;
  if (returningVisitor === false && state.visits > 1) return false;
  return true;
}

/**
 * The rules to arm on this page view, each with its delay in ms: fitting the page and not yet
 * shown today. The first to fire wins; the rest are dropped once a bubble shows.
 */
export function armedTriggers(
  triggers: readonly WidgetTrigger[],
  url: string,
  state: TriggerState,
  now: number,
): Array<{ trigger: WidgetTrigger; delayMs: number }> {
  const today = dayOf(now);
  return triggers
    .filter((t) => fitsPage(t, url, state) && state.shown[t.id] !== today)
    .map((trigger) => ({ trigger, delayMs: Math.max(0, trigger.when.secondsOnPage ?? 0) * 1000 }))
    .sort((a, b) => a.delayMs - b.delayMs);
}

/** Records that the rule showed today. */
export function markShown(state: TriggerState, id: string, now: number): TriggerState {
  return { ...state, shown: { ...state.shown, [id]: dayOf(now) } };
}

/** The message in the visitor's language: Japanese for `ja`, otherwise English, else whichever exists. */
export function triggerMessage(trigger: WidgetTrigger, language: string): string {
  const { ja, en } = trigger.message;
  return (language === 'ja' ? ja || en : en || ja) ?? '';
}
