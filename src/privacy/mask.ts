/**
 * Finding and masking personal data in free text: card numbers (Luhn-valid), Japan's My Number
 * (with its check digit), phone numbers and email addresses. Pure functions, no I/O.
 */

export type PiiKind = 'card' | 'my_number' | 'phone' | 'email';
export type PiiSpan = { kind: PiiKind; start: number; end: number; text: string };

/** Full-width digits and dashes become ASCII one for one, so offsets stay the same. */
const toAsciiDigits = (text: string): string =>
  text.replace(/[\uFF10-\uFF19\uFF0D\u2010-\u2015\u30FC\uFF08\uFF09\uFF0B\u3000]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    if (c === '\uFF08') return '(';
    if (c === '\uFF09') return ')';
    if (c === '\uFF0B') return '+';
    if (c === '\u3000') return ' ';
    return '-';
  });

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** My Number (個人番号): 11 digits and a check digit (Cabinet Office ordinance, article 5). */
export function isMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = digits.charCodeAt(11 - n) - 48;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === digits.charCodeAt(11) - 48;
}

const isPhone = (raw: string, digits: string): boolean => {
  if (raw.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  // Japanese numbers: 0 and 9 more digits (fixed lines) or 10 more (mobile, 0120, 050).
  if (digits.startsWith('0')) return digits.length === 10 || digits.length === 11;
  // Elsewhere, a number written with separators like 555-123-4567 or (415) 555-0100.
  return /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/.test(raw);
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Runs of digits with the separators people type inside numbers. */
const NUMBER_RUN = /\+?\(?\d[\d\s().-]{6,}\d/g;

/**
 * Whether the text can hold any of it: an `@`, or a run of eight or more digits and the
 * separators above (full-width ones too) that starts and ends with a digit. One scan that
 * rules out most text (ids, URLs, short numbers) before the copy and searches below.
 */
const MAY_HOLD_PII =
  /@|[0-9\uFF10-\uFF19][0-9\uFF10-\uFF19\s().\-\uFF08\uFF09\uFF0D\u2010-\u2015\u30FC]{6,}[0-9\uFF10-\uFF19]/;
export const mayHoldPii = (text: string): boolean => MAY_HOLD_PII.test(text);

export function detectPii(text: string): PiiSpan[] {
  if (!mayHoldPii(text)) return [];
  const ascii = toAsciiDigits(text);
  const spans: PiiSpan[] = [];
  for (const match of ascii.matchAll(EMAIL)) {
    spans.push({
      kind: 'email',
      start: match.index,
      end: match.index + match[0].length,
      text: text.slice(match.index, match.index + match[0].length),
    });
  }
  const inEmail = (start: number, end: number) =>
    spans.some((s) => s.kind === 'email' && start < s.end && end > s.start);
  for (const match of ascii.matchAll(NUMBER_RUN)) {
    // A digit just before the run means it started mid-number: not one of ours.
    const raw = match[0].replace(/[\s(.-]+$/, '');
    const start = match.index;
    const end = start + raw.length;
    if (/\d/.test(ascii[start - 1] ?? '') || inEmail(start, end)) continue;
    // Two or more spaces, or a line break, separate numbers rather than groups of one number.
    if (/\s{2,}|\n/.test(raw)) continue;
    const digits = raw.replace(/\D/g, '');
    let kind: PiiKind | undefined;
    if (digits.length >= 13 && digits.length <= 19 && isLuhnValid(digits)) kind = 'card';
    else if (digits.length === 12 && isMyNumber(digits)) kind = 'my_number';
    else if (isPhone(raw, digits)) kind = 'phone';
    if (kind) spans.push({ kind, start, end, text: text.slice(start, end) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const lastDigits = (text: string, n: number): string =>
  toAsciiDigits(text).replace(/\D/g, '').slice(-n);

export function maskSpan(span: PiiSpan): string {
  switch (span.kind) {
    case 'card':
      return `**** **** **** ${lastDigits(span.text, 4)}`;
    case 'my_number':
      return '**** **** ****';
    case 'phone':
      return `***-****-${lastDigits(span.text, 2).padStart(4, '*')}`;
    case 'email': {
      const [local = '', domain = ''] = span.text.split('@');
      return `${local.slice(0, 1)}***@${domain}`;
    }
  }
}

/** The text with every card number, My Number, phone number and email address masked. */
export function maskPii(text: string): string {
  const spans = detectPii(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + maskSpan(span);
    at = span.end;
  }
  return out + text.slice(at);
}

/** Keys whose values are identifiers, times or codes, never free text worth masking. */
const isStructuralKey = (key: string): boolean =>
  key === 'id' ||
  /(Id|Ids|At|Key|Token|Hash|hash|Url)$/.test(key) ||
  ['status', 'channel', 'author', 'role', 'language', 'type', 'kind', 'action'].includes(key);

/** Masks every free-text string in a JSON value (API responses, exports, log lines). */
export function maskDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    return (key && isStructuralKey(key) ? value : maskPii(value)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, key)) as T;
  // A stream (a streamed export) is left as it is: its producer masks what it carries.
  const isStream = typeof (value as { pipe?: unknown } | null)?.pipe === 'function';
  if (
    value &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !Buffer.isBuffer(value) &&
    !isStream
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, k);
    return out as T;
  }
  return value;
}
