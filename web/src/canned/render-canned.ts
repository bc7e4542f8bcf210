export type CannedVariables = {
  contactName: string | null;
  contactEmail: string | null;
  agentName: string;
  /** Used where the contact's name is unknown ("お客様" / "customer"). */
  contactFallback: string;
};

const variablePattern = /\{\{\s*([a-zA-Z]+\.[a-zA-Z_]+)\s*\}\}/g;

/**
 * Fills {{contact.name}}, {{contact.email}} and {{agent.name}}. An unknown variable stays as
 * typed, so a mistake in a template is visible before the reply is sent.
 */
export function renderCanned(text: string, vars: CannedVariables): string {
  const values: Record<string, string> = {
    'contact.name': vars.contactName?.trim() || vars.contactFallback,
    'contact.email': vars.contactEmail ?? '',
    'agent.name': vars.agentName,
  };
  return text.replace(variablePattern, (whole, name: string) => values[name] ?? whole);
}

export type SlashQuery = { start: number; end: number; query: string };

/** A `/word` (or full-width `／word`) just before the caret, at the start or after a space. */
export function findSlashQuery(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)([/／])([\p{L}\p{N}_-]*)$/u.exec(before);
  if (!match?.[1]) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, end: caret, query };
}

/** Shortcuts starting with the query first, then those whose shortcut or title contains it. */
export function matchCanned<T extends { shortcut: string; title: string }>(
  list: T[],
  query: string,
  limit = 8,
): T[] {
  const q = query.toLocaleLowerCase();
  if (!q) return list.slice(0, limit);
  const starts = list.filter((c) => c.shortcut.toLocaleLowerCase().startsWith(q));
  const contains = list.filter(
    (c) =>
      !starts.includes(c) &&
      (c.shortcut.toLocaleLowerCase().includes(q) || c.title.toLocaleLowerCase().includes(q)),
  );
  return [...starts, ...contains].slice(0, limit);
}
