import { detectLanguage } from './detect-language.js';
import { englishSenses } from './english-senses.js';
import { analyseJapanese, japaneseAnalyzerVersion } from './japanese-analyzer.js';
import { foldKana, normaliseWidth } from './normalise.js';
import { porterStem } from './retrieval-stem.js';
import { HAN, HANGUL, LATIN_OR_DIGIT } from './script.js';
import { isStopWord } from './stop-words.js';
import { canonicalToken, rewritePhrases } from './synonyms.js';
import type { Language } from './types.js';

/**
 * word: a segment; compound: adjacent CJK segments joined; bigram: two characters of a CJK run;
 * alias: another name for a word beside it (its reading, its synonym group).
 */
export type TokenKind = 'word' | 'compound' | 'bigram' | 'alias';

export type Token = {
  /** Normalised, stemmed and canonicalised: what the index compares. */
  term: string;
  /** Width-normalised surface form, for showing to people (keywords). */
  surface: string;
  kind: TokenKind;
};

const SEGMENTERS = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = SEGMENTERS.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    SEGMENTERS.set(language, segmenter);
  }
  return segmenter;
}

// Longest first; Korean particles and polite endings hang off the noun they follow.
const KOREAN_SUFFIXES = [
  '해주세요',
  '에서는',
  '으로는',
  '에게서',
  '이에요',
  '인가요',
  '입니까',
  '입니다',
  '하나요',
  '할까요',
  '되나요',
  '됩니까',
  '습니까',
  '합니다',
  '했는데',
  '주세요',
  '까지',
  '부터',
  '에서',
  '에게',
  '으로',
  '이나',
  '이랑',
  '하고',
  '예요',
  '에요',
  '나요',
  '가요',
  '해요',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '도',
  '만',
  '로',
  '와',
  '과',
  '요',
];

function stripKoreanSuffix(word: string): string {
  let stem = word;
  // Twice, for stacked endings such as 배송은요.
  for (let pass = 0; pass < 2; pass++) {
    for (const suffix of KOREAN_SUFFIXES) {
      const minStem = suffix.length === 1 ? 2 : 1;
      if (stem.endsWith(suffix) && stem.length - suffix.length >= minStem) {
        stem = stem.slice(0, -suffix.length);
        break;
      }
    }
  }
  return stem;
}

const KOREAN_VERB_ENDING = /[어아다요고서게지데며면해했]$/;

const CONTRACTION = /'(s|d|m|re|ve|ll|t)$/;

/** don't → do, it's → it: the contraction says nothing the word does not. */
function stripContraction(word: string): string {
  return word.replace(CONTRACTION, '').replace(/n$/, (n) => (word.endsWith("n't") ? '' : n));
}

/** The index term of one lower-case Latin word, or null for a stop word or a number. */
export function termForLatin(raw: string): string | null {
  // A word's term never changes: each word of the language is stemmed once, not per message.
  let term = latinTerms.get(raw);
  if (term === undefined) {
    term = termForLatinUncached(raw);
    if (latinTerms.size >= MAX_LATIN_TERMS) latinTerms.clear();
    latinTerms.set(raw, term);
  }
  return term;
}

const latinTerms = new Map<string, string | null>();
const MAX_LATIN_TERMS = 50_000;

function termForLatinUncached(raw: string): string | null {
  if (/^\p{N}+$/u.test(raw)) return null;
  const word = raw.replace(/'+/g, "'");
  if (isStopWord(word)) return null;
  const direct = canonicalToken(word);
  if (direct !== word) return direct;
  const stem = porterStem(stripContraction(word));
  if (stem.length < 2 || isStopWord(stem)) return null;
  return canonicalToken(stem);
}

function hasRunScript(segment: string, language: Language): boolean {
  // Hiragana-only segments are mostly particles and endings: they must not glue runs together.
  if (HAN.test(segment)) return true;
  return language === 'ja' && /[\p{Script=Katakana}]/u.test(segment);
}

const LATIN = /[a-z]/;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}\p{M}']+/gu;
const CONTENT_RUN =
  /[\p{Script=Han}\p{Script=Katakana}ー]+|[\p{Script=Hangul}]+|[\p{Script=Latin}\p{N}']+/gu;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const PARTICLE = /^(を|は|が|の|に|で|と|も|へ|や|か|ね|よ|な|から|まで|より)$/;

function isSingleHan(segment: string | undefined): boolean {
  return segment !== undefined && [...segment].length === 1 && HAN.test(segment);
}

type RunPart = { surface: string; term: string; isSingle: boolean };

/**
 * Adjacent content segments are glued only where the segmenter left a one-character
 * fragment (領収|書, 配|送料, 退|货); two whole words side by side stay separate,
 * so no bigram straddles them.
 */
function groupRun(run: RunPart[]): RunPart[][] {
  const groups: RunPart[][] = [];
  for (const part of run) {
    const last = groups[groups.length - 1];
    const tail = last?.[last.length - 1];
    if (last && tail && (tail.isSingle || part.isSingle)) last.push(part);
    else groups.push([part]);
  }
  return groups;
}

function pushBigrams(tokens: Token[], run: string): void {
  // The long-vowel mark is dropped so that bigrams of シート are not half punctuation.
  const chars = [...foldKana(run)].filter((ch) => ch !== 'ー');
  // A two-character run is already a word or compound token; its bigram would double it.
  if (chars.length <= 2) return;
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    tokens.push({ term: canonicalToken(pair), surface: pair, kind: 'bigram' });
  }
}

/**
 * Analyses of the texts of one customer message's handling, by language and text: the bot's
 * decision, its handoff card and their parts read the same message several times, and each
 * reading is the same. Never kept beyond the message, so nothing grows with conversations.
 */
export type SharedAnalyses = Map<string, Token[]>;

let shared: SharedAnalyses | undefined;

/**
 * Runs `read` (synchronous) with every `analyse` of a text already analysed in `analyses`
 * answered from there, and new ones added to it.
 */
export function withSharedAnalyses<T>(analyses: SharedAnalyses | undefined, read: () => T): T {
  if (!analyses) return read();
  const outer = shared;
  shared = analyses;
  try {
    return read();
  } finally {
    shared = outer;
  }
}

/**
 * A handled message's analyses, by message id, for a reader that comes right after its
 * handling (call-reason terms are picked from the bus event that follows): it takes them once.
 * Bounded: entries nobody takes are dropped oldest first.
 */
const handled = new Map<string, SharedAnalyses>();
const MAX_HANDLED = 1024;

export function keepAnalysesOf(messageId: string, analyses: SharedAnalyses): void {
  if (analyses.size === 0) return;
  if (handled.size >= MAX_HANDLED) {
    const oldest = handled.keys().next();
    if (!oldest.done) handled.delete(oldest.value);
  }
  handled.set(messageId, analyses);
}

export function takeAnalysesOf(messageId: string): SharedAnalyses | undefined {
  const analyses = handled.get(messageId);
  if (analyses) handled.delete(messageId);
  return analyses;
}

/**
 * The detailed token stream: words, compounds of adjacent CJK segments, and CJK
 * character bigrams. Bigrams let 配送料 meet 送料 even when the segmenter splits
 * one and not the other.
 */
export function analyse(
  text: string,
  language: Language = detectLanguage(text),
  /** Keep the Japanese analysis for the next index build (FAQ texts, not messages). */
  remember = false,
): Token[] {
  if (!shared || remember) return analyseText(text, language, remember);
  // The Japanese dictionary may finish loading between two readings of one message.
  const key = `${japaneseAnalyzerVersion()}\u0000${language}\u0000${text}`;
  let tokens = shared.get(key);
  if (!tokens) {
    tokens = analyseText(text, language, remember);
    shared.set(key, tokens);
  }
  // Callers extend the list they get (the index adds bigrams and cues): each gets its own.
  return tokens.slice();
}

function analyseText(text: string, language: Language, remember: boolean): Token[] {
  const width = rewritePhrases(normaliseWidth(text));
  if (language === 'ja') {
    // Morphological analysis once its dictionary is loaded: base forms, readings, synonyms.
    const japanese = analyseJapanese(width, remember);
    if (japanese) return japaneseTokens(width, japanese);
  }
  const tokens: Token[] = [];
  const cjkBigrams = language !== 'en';
  let run: RunPart[] = [];

  const flushRun = (): void => {
    for (const group of groupRun(run)) {
      const joined = group.map((part) => part.surface).join('');
      if (group.length > 1 && [...joined].length <= 8) {
        const term = canonicalToken(foldKana(joined));
        if (!isStopWord(term)) tokens.push({ term, surface: joined, kind: 'compound' });
      }
      // A lone segment gives bigrams of its canonical form, so レシート adds those of 領収書.
      if (cjkBigrams) {
        pushBigrams(tokens, group.length === 1 ? (group[0]?.term ?? '') : joined);
      }
    }
    run = [];
  };

  // Latin and Hangul are space-delimited: a regex split gives the same words as the
  // segmenter at a fraction of the cost, which matters when indexing 10,000 FAQs.
  const segments: Array<{ segment: string; isWordLike?: boolean }> = HAN_OR_KANA.test(width)
    ? [...segmenterFor(language).segment(width)]
    : [...width.matchAll(WORD)].map((match) => ({ segment: match[0], isWordLike: true }));
  for (const [i, { segment, isWordLike }] of segments.entries()) {
    if (!isWordLike) {
      flushRun();
      continue;
    }
    if (LATIN_OR_DIGIT.test(segment)) {
      flushRun();
      const term = termForLatin(segment);
      if (term) tokens.push({ term, surface: segment, kind: 'word' });
      continue;
    }
    if (HANGUL.test(segment)) {
      flushRun();
      const stem = stripKoreanSuffix(segment);
      const term = canonicalToken(stem);
      const stop = isStopWord(segment) || isStopWord(stem) || isStopWord(term);
      if ([...stem].length >= 2 && !stop) {
        tokens.push({ term, surface: stem, kind: 'word' });
        // Verb forms (잊어버렸어) would only add inflection noise as bigrams.
        if (cjkBigrams && !KOREAN_VERB_ENDING.test(stem)) pushBigrams(tokens, stem);
      }
      continue;
    }
    const previous = segments[i - 1];
    const next = segments[i + 1];
    const length = [...segment].length;
    if (language === 'ja' && HIRAGANA_ONLY.test(segment) && isSingleHan(previous?.segment)) {
      // Okurigana the segmenter cut off its kanji (変|えたい): inflection, not a word.
      flushRun();
      continue;
    }
    const folded = foldKana(segment);
    const term = canonicalToken(folded);
    const stop = isStopWord(folded) || isStopWord(term);
    if (!stop && length >= 2) tokens.push({ term, surface: segment, kind: 'word' });
    if (
      language === 'ja' &&
      isSingleHan(segment) &&
      next &&
      HIRAGANA_ONLY.test(next.segment) &&
      !PARTICLE.test(next.segment)
    ) {
      // Rejoin a one-kanji verb stem with its first kana (変え, 届く) so it can match.
      const stem = `${segment}${[...next.segment][0]}`;
      const stemTerm = canonicalToken(stem);
      if (!isStopWord(stem) && !isStopWord(stemTerm)) {
        tokens.push({ term: stemTerm, surface: stem, kind: 'word' });
      }
    }
    if (!stop && hasRunScript(segment, language)) {
      run.push({ surface: segment, term, isSingle: length === 1 });
    } else {
      flushRun();
    }
  }
  flushRun();
  return tokens;
}

/** Kuromoji terms for the kana/kanji part; Latin words inside Japanese text as usual. */
function japaneseTokens(width: string, terms: ReturnType<typeof analyseJapanese> & {}): Token[] {
  const tokens: Token[] = terms.map((t) => ({
    term: t.term,
    surface: t.surface,
    kind: t.kind === 'word' ? 'word' : 'alias',
  }));
  for (const [run] of width.matchAll(CONTENT_RUN)) {
    if (!LATIN_OR_DIGIT.test(run)) continue;
    const term = termForLatin(run);
    if (term) tokens.push({ term, surface: run, kind: 'word' });
  }
  return tokens;
}

/**
 * Word segmentation (Intl.Segmenter) of normalised text without punctuation or stop
 * words; for ja, zh and ko also CJK character bigrams so compounds match partially.
 */
export function tokenise(text: string, language?: Language): string[] {
  return analyse(text, language).map((token) => token.term);
}

/**
 * A cheaper analysis for long text of low weight (FAQ answers): no segmenter. Latin
 * and Hangul words as usual; Han/katakana runs as a whole plus their bigrams, so the
 * query's words and bigrams still meet them.
 */
export function analyseQuick(text: string): Token[] {
  const width = rewritePhrases(normaliseWidth(text));
  const tokens: Token[] = [];
  for (const [run] of width.matchAll(CONTENT_RUN)) {
    if (LATIN_OR_DIGIT.test(run)) {
      const term = termForLatin(run);
      if (term) tokens.push({ term, surface: run, kind: 'word' });
      continue;
    }
    if (HANGUL.test(run)) {
      const stem = stripKoreanSuffix(run);
      const term = canonicalToken(stem);
      if ([...stem].length >= 2 && !isStopWord(run) && !isStopWord(term)) {
        tokens.push({ term, surface: stem, kind: 'word' });
        if (!KOREAN_VERB_ENDING.test(stem)) pushBigrams(tokens, stem);
      }
      continue;
    }
    const folded = foldKana(run);
    const length = [...run].length;
    if (length < 2) continue;
    const term = canonicalToken(folded);
    if (length <= 8 && !isStopWord(term)) tokens.push({ term, surface: run, kind: 'compound' });
    pushBigrams(tokens, folded);
  }
  return tokens;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/**
 * Character bigrams of the Han and kana runs of a text (c:送料), for fusing beside a
 * morphological analysis: they still meet when the analyser splits two spellings apart.
 */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of normaliseWidth(text).matchAll(CJK_RUN)) {
    const folded = foldKana(run);
    const chars = [...folded].filter((ch) => ch !== 'ー');
    for (let i = 0; i + 1 < chars.length; i++) out.push(`c:${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

const HYPHENATED = /[a-z0-9]+(?:-[a-z0-9]+)+/g;
const LATIN_WORD = /[a-z]+/g;

/**
 * Other names of the English words of a text, as aliases beside its analysis: a hyphenated
 * word written as one (wi-fi → wifi, e-mail → email), and each word's WordNet senses
 * (s:…), so that words of one meaning meet.
 */
export function englishAliases(text: string): Token[] {
  const lower = text.normalize('NFKC').toLowerCase();
  if (!LATIN.test(lower)) return [];
  const tokens: Token[] = [];
  for (const [hyphenated] of lower.matchAll(HYPHENATED)) {
    const joined = hyphenated.replace(/-/g, '');
    const term = termForLatin(joined);
    if (term) tokens.push({ term, surface: hyphenated, kind: 'alias' });
  }
  for (const [word] of lower.matchAll(LATIN_WORD)) {
    for (const term of englishSenses(word)) tokens.push({ term, surface: word, kind: 'alias' });
  }
  return tokens;
}
