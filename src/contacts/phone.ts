import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number as people type it (090-1234-5678, +81 90 1234 5678, (415) 555-0100 with +1)
 * in E.164 form (+819012345678), or undefined when it is not a valid number. Numbers without
 * a country code are read as Japanese.
 */
export function normalisePhone(text: string): string | undefined {
  // Full-width digits and dashes, common in Japanese input, read as their ASCII forms.
  const ascii = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\uFF0D\u2010-\u2015\u30FC]/g, '-')
    .replace(/\uFF0B/g, '+');
  if (!/^\+?[\d\s().-]{6,25}$/.test(ascii)) return undefined;
  const parsed = parsePhoneNumberFromString(ascii, 'JP');
  return parsed?.isValid() ? parsed.number : undefined;
}
