import { detectLanguage } from './detect-language.js';
import { isJapaneseAnalyzerReady, japaneseAnalyzerVersion } from './japanese-analyzer.js';
import { analyse, analyseQuick, type Token } from './tokenise.js';
import type { FaqDoc, FaqMatch, Language } from './types.js';

/** At or above: the bot answers with the top FAQ's answer. */
export const ANSWER_CONFIDENCE = 0.6;
/** At or above (but below ANSWER_CONFIDENCE): offer the top questions as buttons. */
export const SUGGEST_CONFIDENCE = 0.3;
/** Below this a match is noise and is not returned at all. */
export const MATCH_FLOOR = 0.15;

const K1 = 1.2;
const B = 0.75;
/** Answers are long and wordy: a hit there is weaker evidence than one in a question. */
const ANSWER_COVER_WEIGHT = 1;
/**
 * In ranking, though, an answer that uses the customer's words is strong evidence: FAQ
 * questions are short and customers describe their situation, which answers also do.
 */
const ANSWER_RANK_WEIGHT = 0.7;
/** Morphological analysis of an answer stops here: its opening says what it is about. */
const ANSWER_ANALYSED_CHARS = 300;
/** A bigram is partial evidence of a word, so it counts half. */
const KIND_WEIGHT: Record<Token['kind'], number> = { word: 1, compound: 1, bigram: 0.5, alias: 1 };
const DEFAULT_LIMIT = 5;

type Posting = { target: number; tf: number };

type TermEntry = {
  /** Postings into variants (the question and each alternate). */
  variants: Posting[];
  /** Postings into answers, by FAQ position. */
  answers: Posting[];
  /** Number of FAQs holding the term in any field. */
  df: number;
  /** Last FAQ counted into df: FAQs are indexed in order, so this avoids a set per FAQ. */
  lastFaq: number;
};

type QueryTerm = { term: string; weight: number; surfaces: string[]; isBigram: boolean };

function languageOf(doc: FaqDoc, text: string): Language {
  const declared = doc.language?.slice(0, 2).toLowerCase();
  if (declared === 'ja' || declared === 'en' || declared === 'ko' || declared === 'zh')
    return declared;
  return detectLanguage(text);
}

/** Readings (r:) and synonym groups (g:) from the Japanese analyser. */
const isAlias = (term: string) => term.startsWith('r:') || term.startsWith('g:');

function countTerms(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
  return counts;
}

/** BM25 over FAQ questions, alternates and (down-weighted) answers, with a coverage-based confidence. */
export class FaqIndex {
  readonly #docs: FaqDoc[];
  /** The Japanese analyser this index was built with: a newer one means rebuild. */
  readonly analyzerVersion = japaneseAnalyzerVersion();
  readonly #terms = new Map<string, TermEntry>();
  /** variant position → FAQ position */
  readonly #variantFaq: number[] = [];
  readonly #variantLength: number[] = [];
  /** Per variant: its distinct terms with their kind weight, for FAQ-side coverage. */
  readonly #variantTerms: Map<string, number>[] = [];
  readonly #answerLength: number[] = [];
  readonly #questionTerms: Set<string>[] = [];
  readonly #answerTerms: Set<string>[] = [];
  #avgVariantLength = 1;
  #avgAnswerLength = 1;

  private constructor(docs: FaqDoc[]) {
    this.#docs = docs;
  }

  static build(docs: FaqDoc[]): FaqIndex {
    const index = new FaqIndex([...docs]);
    index.#index();
    return index;
  }

  /**
   * The same index, with the slow part (Japanese morphological analysis) done in slices
   * between event-loop turns, so building a large FAQ never stalls other requests.
   */
  static async buildInSlices(docs: FaqDoc[], sliceMs = 8): Promise<FaqIndex> {
    if (isJapaneseAnalyzerReady()) {
      let sliceStart = performance.now();
      for (const doc of docs) {
        for (const text of [doc.question, ...doc.alternates]) {
          if (languageOf(doc, text) === 'ja') analyse(text, 'ja');
        }
        if (languageOf(doc, doc.answer) === 'ja') {
          analyse(doc.answer.slice(0, ANSWER_ANALYSED_CHARS), 'ja');
        }
        if (performance.now() - sliceStart > sliceMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    }
    // The analyses are cached now: the synchronous build only assembles postings.
    return FaqIndex.build(docs);
  }

  get size(): number {
    return this.#docs.length;
  }

  #entry(term: string, faq: number): TermEntry {
    let entry = this.#terms.get(term);
    if (!entry) {
      entry = { variants: [], answers: [], df: 0, lastFaq: -1 };
      this.#terms.set(term, entry);
    }
    if (entry.lastFaq !== faq) {
      entry.lastFaq = faq;
      entry.df++;
    }
    return entry;
  }

  #index(): void {
    let variantTotal = 0;
    let answerTotal = 0;
    this.#docs.forEach((doc, faq) => {
      const language = languageOf(doc, doc.question);
      const questionTerms = new Set<string>();
      for (const text of [doc.question, ...doc.alternates]) {
        if (!text.trim()) continue;
        const tokens = analyse(text, language);
        const variant = this.#variantFaq.length;
        this.#variantFaq.push(faq);
        this.#variantLength.push(tokens.length);
        variantTotal += tokens.length;
        const weights = new Map<string, number>();
        for (const token of tokens) {
          weights.set(token.term, Math.max(weights.get(token.term) ?? 0, KIND_WEIGHT[token.kind]));
        }
        this.#variantTerms.push(weights);
        for (const [term, tf] of countTerms(tokens)) {
          this.#entry(term, faq).variants.push({ target: variant, tf });
          questionTerms.add(term);
        }
      }
      // Answers are long: without the Japanese dictionary they skip the segmenter to keep
      // builds fast; with it, their opening is analysed like a question.
      const answerLanguage = languageOf(doc, doc.answer);
      const answerTokens =
        answerLanguage === 'ja' && isJapaneseAnalyzerReady()
          ? analyse(doc.answer.slice(0, ANSWER_ANALYSED_CHARS), 'ja')
          : analyseQuick(doc.answer);
      this.#answerLength.push(answerTokens.length);
      answerTotal += answerTokens.length;
      const answerTerms = new Set<string>();
      for (const [term, tf] of countTerms(answerTokens)) {
        this.#entry(term, faq).answers.push({ target: faq, tf });
        answerTerms.add(term);
      }
      this.#questionTerms.push(questionTerms);
      this.#answerTerms.push(answerTerms);
    });
    this.#avgVariantLength = Math.max(1, variantTotal / Math.max(1, this.#variantFaq.length));
    this.#avgAnswerLength = Math.max(1, answerTotal / Math.max(1, this.#docs.length));
  }

  #idf(df: number): number {
    const n = this.#docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  #queryTerms(text: string): QueryTerm[] {
    const byTerm = new Map<string, QueryTerm>();
    for (const token of analyse(text, detectLanguage(text))) {
      const weight = KIND_WEIGHT[token.kind];
      const existing = byTerm.get(token.term);
      if (existing) {
        existing.weight = Math.max(existing.weight, weight);
        existing.isBigram &&= token.kind === 'bigram';
        if (!existing.surfaces.includes(token.surface)) existing.surfaces.push(token.surface);
      } else {
        byTerm.set(token.term, {
          term: token.term,
          weight,
          surfaces: [token.surface],
          isBigram: token.kind === 'bigram',
        });
      }
    }
    return [...byTerm.values()];
  }

  /**
   * FAQs by score, best first, with their confidence. `minConfidence` (default MATCH_FLOOR)
   * drops noise; when the best-scoring FAQ is below it nothing is returned, so a weaker
   * FAQ is never promoted over the one that matches best.
   */
  search(text: string, options: { limit?: number; minConfidence?: number } = {}): FaqMatch[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const floor = options.minConfidence ?? MATCH_FLOOR;
    if (this.#docs.length === 0 || limit <= 0) return [];
    const query = this.#queryTerms(text);
    if (query.length === 0) return [];

    const variantScores = new Map<number, number>();
    const answerScores = new Map<number, number>();
    for (const { term, weight } of query) {
      const entry = this.#terms.get(term);
      if (!entry) continue;
      const idf = this.#idf(entry.df) * weight;
      for (const { target, tf } of entry.variants) {
        const norm = 1 - B + (B * (this.#variantLength[target] ?? 0)) / this.#avgVariantLength;
        const gain = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
        variantScores.set(target, (variantScores.get(target) ?? 0) + gain);
      }
      for (const { target, tf } of entry.answers) {
        const norm = 1 - B + (B * (this.#answerLength[target] ?? 0)) / this.#avgAnswerLength;
        const gain = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
        answerScores.set(target, (answerScores.get(target) ?? 0) + gain);
      }
    }

    // A FAQ scores as its best-matching phrasing plus a little for its answer.
    const bestVariant = new Map<number, { variant: number; score: number }>();
    for (const [variant, score] of variantScores) {
      const faq = this.#variantFaq[variant] ?? 0;
      if (score > (bestVariant.get(faq)?.score ?? 0)) bestVariant.set(faq, { variant, score });
    }
    const scores = new Map<number, number>();
    for (const [faq, { score }] of bestVariant) scores.set(faq, score);
    for (const [faq, score] of answerScores) {
      scores.set(faq, (scores.get(faq) ?? 0) + ANSWER_RANK_WEIGHT * score);
    }
    const ranked = [...scores.entries()]
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1]);
    const top = ranked[0];
    if (!top) return [];

    const topScore = top[1];
    const margin = ranked[1] ? (topScore - ranked[1][1]) / topScore : 1;
    const matches: FaqMatch[] = [];
    for (const [position, [faq, score]] of ranked.entries()) {
      if (matches.length >= limit) break;
      const { coverage, matchedTerms } = this.#coverage(query, faq);
      const questionCoverage = this.#questionCoverage(query, bestVariant.get(faq)?.variant);
      // Query coverage says whether the FAQ answers all of what was asked; question
      // coverage stops a one-word query ("注文") from claiming a long, specific question;
      // the margin says whether it is clearly the one meant rather than a look-alike.
      const fit = coverage * (0.6 + 0.4 * questionCoverage);
      const confidence =
        position === 0
          ? fit * (0.5 + 0.5 * Math.min(1, 2 * margin))
          : fit * 0.5 * (score / topScore);
      if (confidence < floor) {
        if (position === 0) break;
        continue;
      }
      const doc = this.#docs[faq];
      if (!doc) continue;
      matches.push({
        id: doc.id,
        question: doc.question,
        answer: doc.answer,
        category: doc.category,
        score,
        confidence: Math.round(confidence * 1000) / 1000,
        matchedTerms,
      });
    }
    return matches;
  }

  /** Share of the matched phrasing's IDF mass that the query supplies. */
  #questionCoverage(query: QueryTerm[], variant: number | undefined): number {
    const terms = variant === undefined ? undefined : this.#variantTerms[variant];
    if (!terms || terms.size === 0) return 0;
    const asked = new Set(query.map((q) => q.term));
    let total = 0;
    let covered = 0;
    for (const [term, weight] of terms) {
      // Another name for a word only ever adds evidence; its absence is the word's.
      if (isAlias(term) && !asked.has(term)) continue;
      const mass = weight * this.#idf(this.#terms.get(term)?.df ?? 1);
      total += mass;
      if (asked.has(term)) covered += mass;
    }
    return total > 0 ? covered / total : 0;
  }

  #coverage(query: QueryTerm[], faq: number): { coverage: number; matchedTerms: string[] } {
    const questionTerms = this.#questionTerms[faq] ?? new Set<string>();
    const answerTerms = this.#answerTerms[faq] ?? new Set<string>();
    // An unknown word is treated as informative as the rarest known one: it is part of
    // the question the FAQ does not answer.
    const unseenIdf = this.#idf(1);
    let total = 0;
    let covered = 0;
    const words: string[] = [];
    const bigrams: string[] = [];
    for (const { term, weight, surfaces, isBigram } of query) {
      const entry = this.#terms.get(term);
      const mass = weight * (entry && entry.df > 0 ? this.#idf(entry.df) : unseenIdf);
      const hit = questionTerms.has(term) ? 1 : answerTerms.has(term) ? ANSWER_COVER_WEIGHT : 0;
      if (isAlias(term) && hit === 0) continue;
      total += mass;
      if (hit === 0) continue;
      covered += mass * hit;
      (isBigram ? bigrams : words).push(...surfaces);
    }
    const matchedTerms = [...new Set(words.length > 0 ? words : bigrams)];
    return { coverage: total > 0 ? covered / total : 0, matchedTerms };
  }
}
