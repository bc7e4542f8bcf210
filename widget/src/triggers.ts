/**
 * Proactive widget triggers, evaluated in the visitor's page: time on page, the page URL and a
 * first-party visit counter. State lives in this site's localStorage only; no third-party cookies.
 */

export type WidgetTrigger = {
  id: string;
  message: { ja?: string; en?: string };
  when: { urlContains?: string; secondsOnPage?: number; returningVisitor?: boolean };
  enabled: boolean;
};

/** What the widget remembers per visitor: visits counted, when last seen, and which day each rule last showed. */
export type TriggerState = { visits: number; lastSeen: number; shown: Record<string, string> };

/** A gap this long (ms) between page views starts a new visit. */
export const VISIT_GAP_MS = 30 * 60_000;

export const emptyTriggerState = (): TriggerState => ({ visits: 0, lastSeen: 0, shown: {} });

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
  const { urlContains, returningVisitor } = trigger.when;
  if (urlContains && !url.includes(urlContains)) return false;
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
