import type { WordList } from './ng-matcher.js';
import { type Finding, type PastMessage, scanClosed, scanInContext } from './scanner.js';

/** One spoken segment of a call's transcript; times in seconds from the call's start. */
export type SpokenSegment = {
  start: number;
  end: number;
  speaker: 'agent' | 'customer';
  text: string;
};

/** A finding in a call: the segment (its index) and the span inside that segment's text. */
export type TranscriptFinding = Omit<Finding, 'messageId' | 'sentDespiteWarning'> & {
  segment: number;
  /** Seconds from the call's start where the segment begins, for the player. */
  at: number;
};

/**
 * The same rules as chat, over a call: each segment is a message by its speaker, spoken at
 * its time, so greetings, closings, promises, repeats, anger and NG words are judged alike.
 */
export function scanTranscript(
  segments: readonly SpokenSegment[],
  ngWords: WordList,
  callStartMs = 0,
): TranscriptFinding[] {
  const messages: PastMessage[] = segments.map((s, i) => ({
    id: String(i),
    author: s.speaker,
    text: s.text,
    createdAt: new Date(callStartMs + s.start * 1000).toISOString(),
  }));
  const found: TranscriptFinding[] = [];
  const add = (index: number, f: Finding) =>
    found.push({
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      segment: index,
      at: (segments[index] as SpokenSegment).start,
    });
  messages.forEach((m, i) => {
    for (const f of scanInContext(m, messages.slice(0, i), ngWords)) add(i, f);
  });
  for (const f of scanClosed(messages)) add(Number(f.messageId), f);
  return found.sort((a, b) => a.segment - b.segment || a.start - b.start);
}
