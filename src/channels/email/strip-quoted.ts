/** Lines that start the quoted history a mail client appends to a reply. */
const historyStarts: RegExp[] = [
  // "On Mon, 1 Jan 2024 at 10:00, Name <a@b> wrote:" (Gmail, Apple Mail, Thunderbird)
  /^On .{1,200}wrote:\s*$/i,
  // 「2024年1月1日(月) 10:00 山田 <a@b>:」 and 「…さんは書きました:」 (Japanese Gmail, Thunderbird)
  /^\d{4}年\d{1,2}月\d{1,2}日.{0,200}[:：]\s*$/,
  /^.{1,200}(書きました|wrote)\s*[:：]\s*$/,
  // Outlook
  /^-{2,}\s*(Original Message|元のメッセージ|Forwarded message|転送されたメッセージ)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
];

/** The first line of Outlook's and Hotmail's header block ("From: …", "*From:* …" in HTML mail). */
const headerBlockStart = /^\*?(From|差出人|送信者)\s*[:：]\*?\s*\S.*$/i;
/** What follows it within a few lines when it really is the header block of the original. */
const headerBlockNext = /^\*?(Sent|Date|To|Subject|日時|送信日時|宛先|件名)\s*[:：]/im;
/** A line of dashes or underscores alone, as Outlook puts above the header block. */
const separator = /^\s*[-_]{10,}\s*$/;

/** The signature delimiter "-- " (RFC 3676) and common mobile sign-offs end the text. */
const signatureStarts: RegExp[] = [
  /^-- ?$/,
  /^Sent from my (iPhone|iPad|Android|phone|mobile)/i,
  /^(iPhoneから送信|Android.*から送信)/,
];

/**
 * Whether the quoted history starts at line `i`: a header line, Gmail's "On …" broken over two
 * or three lines before "wrote:", or an Outlook/Hotmail header block (From, then Sent/To…).
 * Returns how many lines the header takes, or 0.
 */
function historyHeaderAt(lines: string[], i: number): number {
  const trimmed = (lines[i] ?? '').trim();
  if (historyStarts.some((r) => r.test(trimmed))) return 1;
  if (/^On\s/i.test(trimmed)) {
    // Gmail wraps long headers: "On Tue, …, Name" / "<a@b>wrote:" or "<a@b>" / "wrote:".
    for (const span of [2, 3]) {
      const joined = lines
        .slice(i, i + span)
        .map((l) => l.trim())
        .join(' ');
      if (/^On .{1,300}wrote:\s*$/i.test(joined) && !joined.startsWith('>')) return span;
    }
  }
  if (headerBlockStart.test(trimmed)) {
    const next = lines.slice(i + 1, i + 4).join('\n');
    if (headerBlockNext.test(next)) return 1;
  }
  return 0;
}

/** Removes the blank lines and separators left just above the history. */
const trimTail = (kept: string[]) => {
  while (kept.length > 0) {
    const last = (kept[kept.length - 1] ?? '').trim();
    if (last === '' || separator.test(last)) kept.pop();
    else break;
  }
};

const tidy = (lines: string[]) =>
  lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The new text of a reply: everything before the quoted history and the signature. A reply
 * written below or between the quote (Thunderbird, "bottom posting") keeps its unquoted lines.
 * Keeps the whole text when stripping would leave nothing (a reply that only quotes).
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let historyAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (historyHeaderAt(lines, i) > 0) {
      historyAt = i;
      break;
    }
    if (signatureStarts.some((r) => r.test(trimmed))) break;
    if (/^>/.test(trimmed)) continue;
    kept.push(lines[i] ?? '');
  }
  trimTail(kept);
  const result = tidy(kept);
  if (result) return result;

  // Nothing above the history: the answer may be written below or between the quoted lines.
  if (historyAt >= 0) {
    const below: string[] = [];
    for (let i = historyAt + historyHeaderAt(lines, historyAt); i < lines.length; i++) {
      const trimmed = (lines[i] ?? '').trim();
      if (signatureStarts.some((r) => r.test(trimmed))) break;
      // A second, unquoted history (a forward inside the reply) ends it too.
      if (historyHeaderAt(lines, i) > 0) break;
      if (/^>/.test(trimmed)) {
        if (below.length > 0 && below[below.length - 1] !== '') below.push('');
        continue;
      }
      below.push(lines[i] ?? '');
    }
    const answer = tidy(below);
    if (answer) return answer;
  }
  return text.trim();
}
