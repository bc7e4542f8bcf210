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
  /^(From|差出人|送信者)\s*[:：].+$/,
];

/** The signature delimiter "-- " (RFC 3676) and common mobile sign-offs end the text. */
const signatureStarts: RegExp[] = [
  /^-- ?$/,
  /^Sent from my (iPhone|iPad|Android|phone|mobile)/i,
  /^(iPhoneから送信|Android.*から送信)/,
];

/**
 * The new text of a reply: everything before the quoted history and the signature. Keeps the
 * whole text when stripping would leave nothing (a reply that only quotes, or a top-level quote).
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (historyStarts.some((r) => r.test(trimmed))) {
      // An Outlook "From:" header block only counts when a Sent/Date or To line follows it.
      if (/^(From|差出人|送信者)/i.test(trimmed)) {
        const next = lines.slice(i + 1, i + 4).join('\n');
        if (!/^(Sent|Date|To|日時|送信日時|宛先)\s*[:：]/im.test(next)) {
          kept.push(line);
          continue;
        }
      }
      break;
    }
    if (signatureStarts.some((r) => r.test(trimmed))) break;
    if (/^>/.test(trimmed)) continue;
    kept.push(line);
  }
  const result = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return result || text.trim();
}
