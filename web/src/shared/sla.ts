/** The fields of an inbox item the SLA needs (kept import-free so server-side tests can load it). */
export type SlaFields = {
  status: string;
  queuedAt: string | null;
  firstReplyAt: string | null;
  slaDueAt: string | null;
};

/** The share of the target after which a waiting conversation is shown as at risk (as the server counts). */
const warningShare = 0.75;

/**
 * The first-reply SLA of a conversation still waiting for a human answer; null when none
 * applies. One rule for the inbox, the supervisor view and the conversation header.
 */
export function slaStateOf(row: SlaFields, now: number): 'ok' | 'warning' | 'breached' | null {
  if (!row.slaDueAt || !row.queuedAt || row.firstReplyAt) return null;
  if (row.status !== 'queued' && row.status !== 'assigned') return null;
  const start = Date.parse(row.queuedAt);
  const due = Date.parse(row.slaDueAt);
  if (!Number.isFinite(start) || !Number.isFinite(due)) return null;
  if (now >= due) return 'breached';
  return now >= start + (due - start) * warningShare ? 'warning' : 'ok';
}
