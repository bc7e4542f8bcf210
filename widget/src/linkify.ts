/** ASCII URL characters only: Japanese text often follows a URL with no space. */
const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
const TRAILING = /[.,;:!?'")\]]+$/;

export type TextPart = { text: string; href?: string };

/** Trailing punctuation belongs to the sentence, unless it closes a bracket the URL opened. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const match = TRAILING.exec(url);
    if (!match) return url;
    const last = url[url.length - 1]!;
    if (last === ')' && count(url, '(') >= count(url, ')')) return url;
    if (last === ']' && count(url, '[') >= count(url, ']')) return url;
    url = url.slice(0, -1);
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits text into plain runs and http(s) links; the caller renders both as text nodes. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let index = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = trimUrl(match[0]);
    const href = safeHref(url);
    if (!href || url.length <= 'https://'.length) continue;
    if (start > index) parts.push({ text: text.slice(index, start) });
    parts.push({ text: url, href });
    index = start + url.length;
  }
  if (index < text.length) parts.push({ text: text.slice(index) });
  return parts;
}
