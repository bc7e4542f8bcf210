import type { Sentiment } from '../src/nlu/types.js';

/**
 * detectSentiment and the normalise it reads text through, as they were before the lexicon's
 * first-letter prefilter and the one-pass separators: the baseline their speed is measured
 * against and the oracle their answers are compared with (test/*-equivalence.test.ts).
 */
export const referenceWidth = (text: string): string => {
  let out = text.normalize('NFKC').toLowerCase();
  if (/[\u30a1-\u30fc]/.test(out)) {
    out = out
      .replace(/(?<=[\u30a1-\u30fc])[-‐‑–—―−~〜～]/g, 'ー')
      .replace(/ー{2,}/g, 'ー')
      .replace(/(?<=[\u30a1-\u30fc][\u30a1-\u30fa])ー(?![\u30a1-\u30fc])/g, '');
  }
  if (/['‘’`´]/.test(out)) {
    out = out.replace(/[‘’`´]/g, "'").replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ');
  }
  return out
    .replace(/[^\p{L}\p{N}\p{M}'ー\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
};

export const referenceFold = (text: string): string => {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
  }
  return out;
};

const normalise = (text: string): string => referenceFold(referenceWidth(text));

type Lexicon = Record<string, number>;

// Weights: 1 ordinary, 2 strong. Entries are normalise()d at load, like the text.
const NEGATIVE: Lexicon = {
  最悪: 2,
  ひどい: 1,
  酷い: 1,
  ふざけ: 2,
  怒: 1,
  不満: 1,
  不快: 1,
  迷惑: 1,
  困っ: 1,
  困る: 1,
  遅い: 1,
  遅すぎ: 2,
  いつまで: 1,
  詐欺: 2,
  許せ: 2,
  二度と: 2,
  信じられない: 2,
  壊れ: 1,
  不良: 1,
  届かない: 1,
  届いていない: 1,
  来ない: 1,
  ありえない: 2,
  あり得ない: 2,
  残念: 1,
  がっかり: 1,
  最低: 2,
  苦情: 1,
  クレーム: 1,
  責任者: 1,
  訴え: 2,
  いい加減: 2,
  うんざり: 2,
  腹が立: 2,
  失望: 1,
  返金しろ: 2,
  何度も: 1,
  terrible: 2,
  awful: 2,
  horrible: 2,
  worst: 2,
  angry: 2,
  furious: 2,
  ridiculous: 2,
  unacceptable: 2,
  disappointed: 1,
  disappointing: 1,
  frustrated: 1,
  frustrating: 1,
  annoyed: 1,
  annoying: 1,
  useless: 2,
  broken: 1,
  scam: 2,
  fraud: 2,
  hate: 2,
  complaint: 1,
  complain: 1,
  'never again': 2,
  waste: 1,
  poor: 1,
  bad: 1,
  sucks: 2,
  rude: 2,
  damaged: 1,
  'still waiting': 1,
  'fed up': 2,
  lawyer: 2,
  sue: 2,
  unhappy: 1,
  upset: 1,
  최악: 2,
  화나: 2,
  화가: 2,
  짜증: 2,
  불만: 1,
  실망: 1,
  엉망: 2,
  고장: 1,
  불량: 1,
  사기: 2,
  어이없: 2,
  답답: 1,
  너무하: 2,
  太差: 2,
  差劲: 2,
  垃圾: 2,
  生气: 2,
  愤怒: 2,
  投诉: 1,
  不满: 1,
  骗子: 2,
  骗人: 2,
  太慢: 1,
  糟糕: 2,
  恶心: 2,
  气死: 2,
  破损: 1,
  坏了: 1,
};

const POSITIVE: Lexicon = {
  ありがとう: 1,
  助かり: 1,
  助かっ: 1,
  嬉しい: 1,
  うれしい: 1,
  満足: 1,
  素晴らしい: 2,
  最高: 2,
  良かった: 1,
  よかった: 1,
  完璧: 2,
  感謝: 1,
  素敵: 1,
  便利: 1,
  解決しました: 1,
  thanks: 1,
  'thank you': 1,
  great: 1,
  excellent: 2,
  awesome: 2,
  perfect: 2,
  love: 1,
  happy: 1,
  helpful: 1,
  amazing: 2,
  wonderful: 2,
  appreciate: 1,
  good: 1,
  resolved: 1,
  nice: 1,
  감사: 1,
  고마워: 1,
  고맙: 1,
  좋아: 1,
  좋네: 1,
  최고: 2,
  만족: 1,
  훌륭: 2,
  친절: 1,
  谢谢: 1,
  感谢: 1,
  满意: 1,
  很好: 1,
  太好了: 2,
  不错: 1,
  棒: 1,
  完美: 2,
  给力: 1,
};

type Entry = {
  term: string;
  polarity: 1 | -1;
  weight: number;
  isLatin: boolean;
  pattern: RegExp;
  /** The pattern matches only where the term itself occurs (no regular-expression syntax in it). */
  isLiteral: boolean;
};

const ENTRIES: Entry[] = [
  ...Object.entries(NEGATIVE).map(([term, weight]) => ({ term, weight, polarity: -1 as const })),
  ...Object.entries(POSITIVE).map(([term, weight]) => ({ term, weight, polarity: 1 as const })),
]
  .map((entry) => {
    const term = normalise(entry.term);
    const isLatin = /^[a-z' ]+$/.test(term);
    const pattern = isLatin ? new RegExp(`\\b${term}\\b`, 'g') : new RegExp(term, 'g');
    const isLiteral = !/[.*+?^${}()|[\]\\]/.test(term);
    return { ...entry, term, isLatin, pattern, isLiteral };
  })
  // Longest first, so 不满意 is read before 满意 and 不错 before 不.
  .sort((a, b) => b.term.length - a.term.length);

const EN_NEGATION =
  /\b(not|never|no|hardly|isn't|wasn't|aren't|don't|doesn't|didn't|can't|won't|nothing)\s+(\w+\s+){0,2}$/;
const JA_NEGATION_AFTER = /^.{0,4}?(ない|なかった|ません|ず)/;
const ZH_NEGATION_BEFORE = /(不|没有?|别)$/;
const KO_NEGATION = { before: /(안|못)\s?$/, after: /^.{0,2}?(지\s?않|지\s?못)/ };

function isNegated(text: string, start: number, end: number, isLatin: boolean): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 8);
  if (isLatin) return EN_NEGATION.test(before);
  return (
    JA_NEGATION_AFTER.test(after) ||
    ZH_NEGATION_BEFORE.test(before) ||
    KO_NEGATION.before.test(before) ||
    KO_NEGATION.after.test(after)
  );
}

/** Lexicon-based polarity for ja/en/ko/zh with negation and shouting. */
export function referenceDetectSentiment(text: string): Sentiment {
  let masked = normalise(text);
  let score = 0;
  for (const { term, polarity, weight, isLatin, pattern, isLiteral } of ENTRIES) {
    // Most entries are absent from a message: a plain search rules them out before the pattern.
    if (isLiteral && !masked.includes(term)) continue;
    for (const match of masked.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + term.length;
      // A negated complaint ("not bad") is mild praise at best; negated praise is a complaint.
      const negated = isNegated(masked, start, end, isLatin);
      score += negated ? (polarity === 1 ? -weight : 0.5 * weight) : polarity * weight;
    }
    // Blank out what matched so shorter entries inside it are not counted again.
    masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  }
  const raw = text.normalize('NFKC');
  const shouting = /[!?]{2,}/.test(raw) || (raw.match(/\b[A-Z]{4,}\b/g)?.length ?? 0) >= 2;
  if (shouting && score <= 0) score -= 1;
  else if (shouting && score < 2) score -= 0.5;
  if (score <= -1) return 'negative';
  if (score >= 1) return 'positive';
  return 'neutral';
}

/** Every listed term as written, for texts built to exercise overlaps and negation. */
export const REFERENCE_TERMS = [...Object.keys(NEGATIVE), ...Object.keys(POSITIVE)];
