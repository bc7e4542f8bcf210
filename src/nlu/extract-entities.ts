import type { Entity, EntityType } from './types.js';

type Rule = {
  type: EntityType;
  pattern: RegExp;
  /** Which capture group is the value (0: the whole match). */
  group?: number;
  clean?: (value: string) => string;
  accept?: (value: string) => boolean;
};

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const digitCount = (value: string): number => value.replace(/\D/g, '').length;

// Earlier rules win overlaps: an order number is never re-read as a phone, nor a phone as an amount.
const RULES: Rule[] = [
  {
    type: 'url',
    pattern: /https?:\/\/[^\s<>"'、。「」]+/gi,
    clean: (v) => v.replace(/[.,;:!?)]+$/, ''),
  },
  { type: 'email', pattern: /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi },
  {
    type: 'order_number',
    pattern:
      /(?:注文番号|ご?注文|オーダー番号|受付番号|order\s*(?:number|no\.?|num|id|#)?|주문\s*번호|订单(?:号|编号)?|訂單(?:號|編號)?)\s*(?:は|:|：|#|is)?\s*#?([a-z0-9]*\d[a-z0-9-]{2,})(?![\d,.]*\s?(?:円|元|块|원|yen|dollars?|usd))/gi,
    group: 1,
  },
  { type: 'order_number', pattern: /\b[a-z]{1,5}-\d{3,}(?:-\d+)*\b/gi },
  { type: 'order_number', pattern: /#(\d{4,})\b/g, group: 1 },
  {
    type: 'phone',
    pattern: /\+\d{1,3}(?:[\s-]?\(?\d{1,4}\)?){2,5}/g,
    accept: (v) => digitCount(v) >= 9 && digitCount(v) <= 15,
  },
  { type: 'phone', pattern: /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])/g },
  { type: 'phone', pattern: /(?<![\d-])0[5789]0\d{8}(?!\d)/g },
  { type: 'phone', pattern: /\(\d{3}\)\s?\d{3}-\d{4}\b|(?<![\d-])\d{3}-\d{3}-\d{4}(?![\d-])/g },
  { type: 'phone', pattern: /(?<![\d-])01\d-\d{3,4}-\d{4}(?![\d-])/g },
  { type: 'date', pattern: /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g },
  { type: 'date', pattern: /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/g },
  { type: 'date', pattern: /(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일/g },
  {
    type: 'date',
    pattern: new RegExp(
      `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?\\b`,
      'gi',
    ),
  },
  {
    type: 'date',
    pattern: new RegExp(
      `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b(?:\\.?,?\\s*\\d{4})?`,
      'gi',
    ),
  },
  {
    type: 'date',
    pattern:
      /明後日|一昨日|明日|昨日|今日|明天|昨天|今天|后天|내일|어제|오늘|\b(?:today|tomorrow|yesterday)\b/gi,
  },
  { type: 'amount', pattern: /[¥$€£₩]\s?\d[\d,]*(?:\.\d+)?/g },
  {
    type: 'amount',
    pattern:
      /(?<![\d.])\d[\d,]*(?:\.\d+)?\s?(?:万円|円|元|块|원|yen|dollars?|usd|jpy|eur|euros?|krw|won|rmb)(?![a-z])/gi,
  },
];

type Found = Entity & { start: number; end: number };

/** Order numbers, emails, phones, dates, amounts and URLs: deduplicated, in order of appearance. */
export function extractEntities(text: string): Entity[] {
  const source = text.normalize('NFKC');
  const taken: Array<[number, number]> = [];
  const found: Found[] = [];
  const overlaps = (start: number, end: number): boolean =>
    taken.some(([s, e]) => start < e && s < end);

  for (const rule of RULES) {
    for (const match of source.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const raw = (match[rule.group ?? 0] ?? '').trim();
      const value = rule.clean ? rule.clean(raw) : raw;
      if (!value || overlaps(start, end)) continue;
      if (rule.accept && !rule.accept(value)) continue;
      taken.push([start, end]);
      found.push({ type: rule.type, value: value.replace(/\s+/g, ' '), start, end });
    }
  }

  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const entities: Entity[] = [];
  for (const { type, value } of found) {
    const key = `${type}\u0000${value.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entities.push({ type, value });
  }
  return entities;
}
