import { detectLanguage } from './detect-language.js';
import { foldKana } from './normalise.js';
import { HAN } from './script.js';
import { analyse, type Token } from './tokenise.js';

const DEFAULT_LIMIT = 8;
/** Generic words that survive stop-word removal but tell a supervisor nothing. */
const BLAND = new Set(['料金', 'cost', 'time', '日数', '비용', '价格']);

type Candidate = { surface: string; count: number; weight: number; first: number };

/**
 * Addresses say who and where, not what about: split into words they give `ito`, `example`
 * and `com`. Links, email addresses and bare domain names are taken out before analysis (the
 * entities of the handoff card keep them whole).
 */
const ADDRESSES = [
  /\b(?:https?:\/\/|www\.)[^\s<>"'、。，！？）」』]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi,
];

const withoutAddresses = (text: string): string =>
  ADDRESSES.reduce((rest, pattern) => rest.replace(pattern, ' '), text);

/**
 * Salient content words across a customer's messages, most salient first. Without
 * corpus statistics, salience is frequency weighted towards longer and Han/katakana
 * words, which in CJK text are where the content is.
 */
export function extractKeywords(texts: string[], limit = DEFAULT_LIMIT): string[] {
  return rankKeywords(texts.map(keywordTokens), limit);
}

/**
 * The analysis keywords are picked from, of one message: taken apart from the ranking so a
 * message can be read while its handling's analyses are still at hand (see withSharedAnalyses).
 */
export function keywordTokens(original: string): Token[] {
  const text = withoutAddresses(original).trim();
  return analyse(text, detectLanguage(text));
}

/** `extractKeywords` over messages already read by `keywordTokens`. */
export function rankKeywords(messages: Token[][], limit = DEFAULT_LIMIT): string[] {
  const candidates = new Map<string, Candidate>();
  let order = 0;
  for (const tokens of messages) {
    // A compound (領収書) subsumes the words it was built from (領収).
    const compoundParts = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== 'compound') continue;
      for (const other of tokens) {
        if (other.kind === 'word' && token.surface.includes(other.surface)) {
          compoundParts.add(other.surface);
        }
      }
    }
    for (const token of tokens) {
      if (token.kind === 'bigram' || token.kind === 'alias' || compoundParts.has(token.surface))
        continue;
      if (BLAND.has(token.term) && token.surface !== token.term) continue;
      const key = token.kind === 'compound' ? foldKana(token.surface) : token.term;
      const length = [...token.surface].length;
      // Hiragana-only pieces are particles and inflections (とても, せん), not topics.
      if (
        length < 2 ||
        /^\p{N}+$/u.test(token.surface) ||
        /^[\p{Script=Hiragana}ー]+$/u.test(token.surface)
      ) {
        continue;
      }
      const existing = candidates.get(key);
      if (existing) {
        existing.count++;
        continue;
      }
      const isCjkContent = HAN.test(token.surface) || /\p{Script=Katakana}/u.test(token.surface);
      const weight = 1 + Math.min(length, 8) / 8 + (isCjkContent ? 0.5 : 0);
      candidates.set(key, { surface: token.surface, count: 1, weight, first: order++ });
    }
  }
  // Different analyses can leave one word twice (a stem and a surface form, two cases).
  const seen = new Set<string>();
  return [...candidates.values()]
    .sort((a, b) => b.count * b.weight - a.count * a.weight || a.first - b.first)
    .filter((candidate) => {
      const folded = foldKana(candidate.surface.normalize('NFKC').toLowerCase());
      if (seen.has(folded)) return false;
      seen.add(folded);
      return true;
    })
    .slice(0, Math.max(0, limit))
    .map((candidate) => candidate.surface);
}
