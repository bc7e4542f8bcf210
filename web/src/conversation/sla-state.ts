export type SlaInput = {
  /** Only queued and assigned conversations wait for a first human reply. */
  status: string;
  queuedAt: string | null;
  slaDueAt: string | null;
  firstReplyAt: string | null;
};

/** Shown near the end of the first-reply target, or once it has passed. */
const warnShare = 0.25;
const warnAtLeastMs = 2 * 60_000;

/** null: no first-reply target applies (answered already, with the bot, or resolved). */
export type FirstReplySla = 'ok' | 'warning' | 'breached' | null;

export function slaState(input: SlaInput, now: number): FirstReplySla {
  if (!input.slaDueAt || input.firstReplyAt) return null;
  if (input.status !== 'queued' && input.status !== 'assigned') return null;
  const due = Date.parse(input.slaDueAt);
  if (!Number.isFinite(due)) return null;
  const start = input.queuedAt ? Date.parse(input.queuedAt) : due;
  const remaining = due - now;
  if (remaining <= 0) return 'breached';
  return remaining <= Math.max(warnAtLeastMs, (due - start) * warnShare) ? 'warning' : 'ok';
}
