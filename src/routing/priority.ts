/** What makes a waiting conversation more urgent than another. */
export type PrioritySignals = {
  isVip: boolean;
  /** The contact has talked to us before. */
  isRepeat: boolean;
  /** The handoff card read the customer as angry. */
  isAngry: boolean;
};

/**
 * Higher is served first (then the longest waiting). VIPs outrank everyone, an angry customer
 * outranks a calm one, and a returning customer outranks a new one at equal standing.
 */
export const priorityOf = (s: PrioritySignals): number =>
  (s.isVip ? 4 : 0) + (s.isAngry ? 2 : 0) + (s.isRepeat ? 1 : 0);

export type SlaState = 'ok' | 'warning' | 'breached' | 'met' | 'missed';

/** Warning from three quarters of the target; after the first human reply, met or missed. */
export function slaStateOf(options: {
  queuedAt: string | null;
  firstReplyAt: string | null;
  targetSeconds: number;
  now: number;
}): SlaState | null {
  if (!options.queuedAt) return null;
  const start = Date.parse(options.queuedAt);
  const due = start + options.targetSeconds * 1000;
  if (options.firstReplyAt) return Date.parse(options.firstReplyAt) <= due ? 'met' : 'missed';
  const elapsed = options.now - start;
  if (elapsed >= options.targetSeconds * 1000) return 'breached';
  return elapsed >= options.targetSeconds * 750 ? 'warning' : 'ok';
}
