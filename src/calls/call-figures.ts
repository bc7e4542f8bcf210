import { round, type Segment } from './voice-activity.js';

export type Speaker = 'agent' | 'customer';
export type Overlap = Segment & { interrupter: Speaker };
export type Turn = Segment & { speaker: Speaker };
export type ResponseGap = { customerEnd: number; agentStart: number; seconds: number };

/** What a call's voice activity says about it; every time in seconds from the start. */
export type CallFigures = {
  durationSeconds: number;
  talk: Record<Speaker, number>;
  /** The agent's share of the talk (0–1); null when nobody spoke. */
  talkRatio: number | null;
  /** Both speaking for at least a second; the interrupter is who started last. */
  overlaps: Overlap[];
  /** Nobody speaking for at least three seconds. */
  silences: Segment[];
  /** From the customer falling silent to the agent starting to answer. */
  responseGaps: ResponseGap[];
  responseGapSeconds: { median: number } | null;
  turns: number;
  longestMonologue: Turn | null;
  speech: Record<Speaker, Segment[]>;
};

export const OVERLAP_MIN_SECONDS = 1;
export const SILENCE_MIN_SECONDS = 3;

const total = (segments: Segment[]) => segments.reduce((s, x) => s + (x.end - x.start), 0);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The figures of a call from each side's speech segments (sorted, non-overlapping per side). */
export function callFigures(
  speech: Record<Speaker, Segment[]>,
  durationSeconds: number,
): CallFigures {
  const { agent, customer } = speech;
  const talk = { agent: round(total(agent)), customer: round(total(customer)) };
  const talking = talk.agent + talk.customer;

  const overlaps: Overlap[] = [];
  for (const a of agent) {
    for (const c of customer) {
      const start = Math.max(a.start, c.start);
      const end = Math.min(a.end, c.end);
      if (end - start >= OVERLAP_MIN_SECONDS - 1e-9) {
        overlaps.push({
          start: round(start),
          end: round(end),
          interrupter: a.start > c.start ? 'agent' : 'customer',
        });
      }
    }
  }
  overlaps.sort((x, y) => x.start - y.start);

  const all = [
    ...agent.map((s) => ({ ...s, speaker: 'agent' as const })),
    ...customer.map((s) => ({ ...s, speaker: 'customer' as const })),
  ].sort((x, y) => x.start - y.start || x.end - y.end);

  const silences: Segment[] = [];
  let heardUntil = 0;
  for (const s of all) {
    if (s.start - heardUntil >= SILENCE_MIN_SECONDS)
      silences.push({ start: round(heardUntil), end: s.start });
    heardUntil = Math.max(heardUntil, s.end);
  }
  if (durationSeconds - heardUntil >= SILENCE_MIN_SECONDS) {
    silences.push({ start: round(heardUntil), end: round(durationSeconds) });
  }

  // Turns: runs of one speaker's segments in order of start; a segment wholly inside the other
  // side's talk (a backchannel, an interruption that did not take the floor) starts no turn.
  const runs: Turn[] = [];
  for (const s of all) {
    const current = runs[runs.length - 1];
    if (current && current.speaker === s.speaker) {
      current.end = Math.max(current.end, s.end);
    } else if (current && s.end <= current.end) {
      // inside the other speaker's run
    } else {
      runs.push({ start: s.start, end: s.end, speaker: s.speaker });
    }
  }

  const responseGaps: ResponseGap[] = [];
  for (let i = 1; i < runs.length; i++) {
    const before = runs[i - 1] as Turn;
    const after = runs[i] as Turn;
    if (before.speaker === 'customer' && after.speaker === 'agent' && after.start >= before.end) {
      responseGaps.push({
        customerEnd: before.end,
        agentStart: after.start,
        seconds: round(after.start - before.end),
      });
    }
  }
  const gapMedian = median(responseGaps.map((g) => g.seconds));
  const longestMonologue = runs.reduce<Turn | null>(
    (best, r) => (!best || r.end - r.start > best.end - best.start ? r : best),
    null,
  );

  return {
    durationSeconds: round(durationSeconds),
    talk,
    talkRatio: talking > 0 ? Math.round((talk.agent / talking) * 1000) / 1000 : null,
    overlaps,
    silences,
    responseGaps,
    responseGapSeconds: gapMedian === null ? null : { median: round(gapMedian) },
    turns: runs.length,
    longestMonologue: longestMonologue ? { ...longestMonologue } : null,
    speech,
  };
}
