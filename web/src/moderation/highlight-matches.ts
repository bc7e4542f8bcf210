export type TextPart = { text: string; isMatch: boolean };

/** Splits the text at the flagged words (UTF-16 offsets from the server), for highlighting. */
export function splitByMatches(
  text: string,
  matches: readonly { start: number; end: number }[],
): TextPart[] {
  const sorted = [...matches]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of sorted) {
    if (match.start < at) continue;
    if (match.start > at) parts.push({ text: text.slice(at, match.start), isMatch: false });
    parts.push({ text: text.slice(match.start, match.end), isMatch: true });
    at = match.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), isMatch: false });
  return parts;
}
