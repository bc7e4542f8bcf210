import { detectLanguage } from './detect-language.js';
import { isJapaneseAnalyzerReady, japaneseAnalyzerVersion } from './japanese-analyzer.js';
import { askedCues, statedCues } from './question-cues.js';
import {
  analyse,
  analyseQuick,
  charBigrams,
  englishAliases,
  type Token,
  termForLatin,
} from './tokenise.js';
import type { FaqDoc, FaqMatch, Language } from './types.js';

/** At or above: the bot answers with the top FAQ's answer. */
export const ANSWER_CONFIDENCE = 0.6;
/** At or above (but below ANSWER_CONFIDENCE): offer the top questions as buttons. */
export const SUGGEST_CONFIDENCE = 0.3;
/** Below this a match is noise and is not returned at all. */
export const MATCH_FLOOR = 0.15;

/** Ranking knobs; the defaults were tuned on development queries only. */
export type FaqRanking = {
  k1Question: number;
  bQuestion: number;
  k1Answer: number;
  bAnswer: number;
  /**
   * In ranking, an answer that uses the customer's words is strong evidence: FAQ questions
   * are short and customers describe their situation, which answers also do.
   */
  answerWeight: number;
  /** Characters of a Japanese answer analysed: its opening says what it is about. */
  answerChars: number;
  /**
   * Japanese text is also indexed as character bigrams (c:), fused at this weight: they
   * meet where the analyser splits two spellings of a word differently.
   */
  charBigramWeight: number;
  /** Weight of an English word's WordNet senses (s:), matched in questions only. */
  senseWeight: number;
  /**
   * Weight, shared by its letter trigrams, of an English word the index does not hold: a
   * misspelling (shiping) or another form (decaffeinated) still meets the FAQ's word.
   */
  spellingWeight: number;
  /** Weight of question-type cues (q:): what is asked met with what an answer states. */
  cueWeight: number;
  /**
   * Weight of a Japanese synonym group (g:, Sudachi's synonym dictionary): 給料 meets 給与.
   * Like a sense, it counts only in phrasings that lack the customer's own word.
   */
  synonymWeight: number;
  /** Bigrams in more than this share of FAQs are skipped: costly and uninformative. */
  gramMaxShare: number;
  /** Re-ranking of the best few by how much of the query and of the question match. */
  rerankDepth: number;
  rerankQuery: number;
  rerankQuestion: number;
};

export const DEFAULT_RANKING: Readonly<FaqRanking> = {
  k1Question: 1.2,
  bQuestion: 0.75,
  k1Answer: 1.2,
  bAnswer: 0.75,
  answerWeight: 0.7,
  answerChars: 300,
  charBigramWeight: 0.5,
  senseWeight: 0.3,
  spellingWeight: 0.7,
  cueWeight: 0.5,
  synonymWeight: 1,
  gramMaxShare: 0.1,
  rerankDepth: 20,
  rerankQuery: 0.2,
  rerankQuestion: 0.7,
};

/** Answers are long and wordy: a hit there is weaker evidence than one in a question. */
const ANSWER_COVER_WEIGHT = 1;
/** A bigram is partial evidence of a word, so it counts half. */
const KIND_WEIGHT: Record<Token['kind'], number> = { word: 1, compound: 1, bigram: 0.5, alias: 1 };
const DEFAULT_LIMIT = 5;
/** Share of an unknown word's letter trigrams a question must hold to count as its word. */
const SPELLING_MIN_SHARE = 0.5;
/** Bigrams are never skipped for being common in fewer FAQs than this. */
const GRAM_MIN_DF = 100;

type TermEntry = {
  /** Postings into variants (the question and each alternate): positions and counts. */
  variants: number[];
  variantTf: number[];
  /** Postings into answers, by FAQ position. */
  answers: number[];
  answerTf: number[];
  /** Number of FAQs holding the term in any field. */
  df: number;
  /** Last FAQ counted into df: FAQs are indexed in order, so this avoids a set per FAQ. */
  lastFaq: number;
};

type QueryTerm = {
  term: string;
  weight: number;
  surfaces: string[];
  isBigram: boolean;
  /** An unknown word counts as informative as the rarest known one. */
  idf: number;
  /** For a word sense: the terms of the customer's words it came from. */
  sources?: string[];
  /** For an English word the index does not hold: its letter trigrams. */
  grams?: string[];
};

function languageOf(doc: FaqDoc, text: string): Language {
  const declared = doc.language?.slice(0, 2).toLowerCase();
  if (declared === 'ja' || declared === 'en' || declared === 'ko' || declared === 'zh')
    return declared;
  return detectLanguage(text);
}

/** Readings (r:) and synonym groups (g:) from the Japanese analyser. */
const isAlias = (term: string) =>
  term.startsWith('r:') || term.startsWith('g:') || term.startsWith('s:') || term.startsWith('q:');
/** English word senses (s:). */
const isSense = (term: string) => term.startsWith('s:');
/** Japanese synonym groups (g:). */
const isSynonym = (term: string) => term.startsWith('g:');
/** Question-type cues (q:). */
const isCue = (term: string) => term.startsWith('q:');
/** Character bigrams (c:) and letter trigrams (l:): ranking evidence only, never coverage. */
const isGram = (term: string) => term.startsWith('c:') || term.startsWith('l:');

/** Letter trigrams of one English word with its edges marked (l:#sh, l:shi, …, l:ng#). */
function letterTrigrams(surface: string): string[] {
  const word = surface.toLowerCase();
  if (!/^[a-z]{4,}$/.test(word)) return [];
  const marked = `#${word}#`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= marked.length; i++) grams.push(`l:${marked.slice(i, i + 3)}`);
  return grams;
}

function countTerms(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
  return counts;
}

/** Keeps the `size` best [position, score] pairs, best first. */
function topK(positions: number[], scores: Float64Array, size: number): [number, number][] {
  const best: [number, number][] = [];
  for (const position of positions) {
    const score = scores[position] ?? 0;
    if (score <= 0) continue;
    if (best.length === size && score <= (best[size - 1]?.[1] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.[1] ?? 0) < score) at--;
    best.splice(at, 0, [position, score]);
    if (best.length > size) best.pop();
  }
  return best;
}

/**
 * One term's BM25 gain added to each posting's score; a target scored for the first time is
 * recorded in `touched` so the buffers can be cleared after the search.
 */
function addBm25(
  targets: ArrayLike<number>,
  tfs: ArrayLike<number>,
  idf: number,
  k1: number,
  norm: ArrayLike<number>,
  scores: Float64Array,
  touched: number[],
  /** Targets marked 1 here are left out. */
  skip?: Uint8Array,
): void {
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as number;
    if (skip && skip[target] === 1) continue;
    const tf = tfs[i] as number;
    if (scores[target] === 0) touched.push(target);
    scores[target] =
      (scores[target] as number) + (idf * tf * (k1 + 1)) / (tf + (norm[target] as number));
  }
}

/** BM25 over FAQ questions, alternates and (down-weighted) answers, with a coverage-based confidence. */
export class FaqIndex {
  readonly #docs: FaqDoc[];
  readonly #ranking: FaqRanking;
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
  /** BM25's k1 × length normalisation, per variant and per answer. */
  #variantNorm = new Float64Array(0);
  #answerNorm = new Float64Array(0);
  /** Score buffers reused by every search (searches are synchronous). */
  #variantScores = new Float64Array(0);
  #answerScores = new Float64Array(0);
  #faqScores = new Float64Array(0);
  #bestVariant = new Int32Array(0);
  /** Phrasings a sense skips (they hold the customer's own word). */
  #variantMarks = new Uint8Array(0);
  #faqSeen = new Uint8Array(0);
  /** Per variant: the IDF mass of its terms other than aliases. */
  #variantMass = new Float64Array(0);

  private constructor(docs: FaqDoc[], ranking: FaqRanking) {
    this.#docs = docs;
    this.#ranking = ranking;
  }

  static build(docs: readonly FaqDoc[], ranking: Partial<FaqRanking> = {}): FaqIndex {
    const index = new FaqIndex([...docs], { ...DEFAULT_RANKING, ...ranking });
    index.#index();
    return index;
  }

  /**
   * The same index, with the slow part (Japanese morphological analysis) done in slices
   * between event-loop turns, so building a large FAQ never stalls other requests.
   */
  static async buildInSlices(
    docs: readonly FaqDoc[],
    sliceMs = 8,
    ranking: Partial<FaqRanking> = {},
  ): Promise<FaqIndex> {
    const answerChars = ranking.answerChars ?? DEFAULT_RANKING.answerChars;
    if (isJapaneseAnalyzerReady()) {
      let sliceStart = performance.now();
      for (const doc of docs) {
        for (const text of [doc.question, ...doc.alternates]) {
          if (languageOf(doc, text) === 'ja') analyse(text, 'ja', true);
        }
        if (languageOf(doc, doc.answer) === 'ja') {
          analyse(doc.answer.slice(0, answerChars), 'ja', true);
        }
        if (performance.now() - sliceStart > sliceMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    }
    // The analyses are cached now: the synchronous build only assembles postings.
    return FaqIndex.build(docs, ranking);
  }

  get size(): number {
    return this.#docs.length;
  }

  /** The FAQs this index was built from, in order. */
  get docs(): readonly FaqDoc[] {
    return this.#docs;
  }

  #entry(term: string, faq: number): TermEntry {
    let entry = this.#terms.get(term);
    if (!entry) {
      entry = { variants: [], variantTf: [], answers: [], answerTf: [], df: 0, lastFaq: -1 };
      this.#terms.set(term, entry);
    }
    if (entry.lastFaq !== faq) {
      entry.lastFaq = faq;
      entry.df++;
    }
    return entry;
  }

  /**
   * Tokens of a text: its analysis, plus the character bigrams fused beside it. The FAQ's
   * own texts (`indexing`) keep their analysis for the next build; queries do not.
   */
  #tokens(text: string, language: Language, indexing: boolean, quick = false): Token[] {
    const japanese = language === 'ja' && isJapaneseAnalyzerReady();
    // Without the Japanese dictionary, long answers skip the segmenter to keep builds fast.
    const tokens = quick && !japanese ? analyseQuick(text) : analyse(text, language, indexing);
    if (japanese && this.#ranking.charBigramWeight > 0) {
      for (const term of charBigrams(text)) tokens.push({ term, surface: term, kind: 'bigram' });
    }
    // Answers are long and weak evidence: their senses would cost more than they find.
    if (!quick && this.#ranking.senseWeight > 0) tokens.push(...englishAliases(text));
    // What a question asks for (a price, a time, a place); what an answer states.
    if (this.#ranking.cueWeight > 0) {
      for (const term of quick ? statedCues(text) : askedCues(text)) {
        tokens.push({ term, surface: term, kind: 'alias' });
      }
    }
    return tokens;
  }

  #index(): void {
    let variantTotal = 0;
    let answerTotal = 0;
    this.#docs.forEach((doc, faq) => {
      const language = languageOf(doc, doc.question);
      const questionTerms = new Set<string>();
      for (const text of [doc.question, ...doc.alternates]) {
        if (!text.trim()) continue;
        const tokens = this.#tokens(text, language, true);
        const variant = this.#variantFaq.length;
        this.#variantFaq.push(faq);
        this.#variantLength.push(tokens.length);
        variantTotal += tokens.length;
        if (this.#ranking.spellingWeight > 0) {
          // Letter trigrams of the English words, for a customer's misspelt or unknown word.
          for (const token of [...tokens]) {
            if (token.kind !== 'word') continue;
            for (const term of letterTrigrams(token.surface)) {
              tokens.push({ term, surface: token.surface, kind: 'bigram' });
            }
          }
        }
        const weights = new Map<string, number>();
        for (const token of tokens) {
          if (isGram(token.term)) continue;
          weights.set(token.term, Math.max(weights.get(token.term) ?? 0, KIND_WEIGHT[token.kind]));
        }
        this.#variantTerms.push(weights);
        for (const [term, tf] of countTerms(tokens)) {
          const entry = this.#entry(term, faq);
          entry.variants.push(variant);
          entry.variantTf.push(tf);
          if (!isGram(term) || term.startsWith('l:')) questionTerms.add(term);
        }
      }
      const answerLanguage = languageOf(doc, doc.answer);
      const answerText =
        answerLanguage === 'ja' ? doc.answer.slice(0, this.#ranking.answerChars) : doc.answer;
      const answerTokens = this.#tokens(answerText, answerLanguage, true, true);
      this.#answerLength.push(answerTokens.length);
      answerTotal += answerTokens.length;
      const answerTerms = new Set<string>();
      for (const [term, tf] of countTerms(answerTokens)) {
        const entry = this.#entry(term, faq);
        entry.answers.push(faq);
        entry.answerTf.push(tf);
        if (!isGram(term)) answerTerms.add(term);
      }
      this.#questionTerms.push(questionTerms);
      this.#answerTerms.push(answerTerms);
    });
    const { k1Question, bQuestion, k1Answer, bAnswer } = this.#ranking;
    const avgVariant = Math.max(1, variantTotal / Math.max(1, this.#variantFaq.length));
    const avgAnswer = Math.max(1, answerTotal / Math.max(1, this.#docs.length));
    this.#variantNorm = Float64Array.from(
      this.#variantLength,
      (length) => k1Question * (1 - bQuestion + (bQuestion * length) / avgVariant),
    );
    this.#answerNorm = Float64Array.from(
      this.#answerLength,
      (length) => k1Answer * (1 - bAnswer + (bAnswer * length) / avgAnswer),
    );
    this.#variantScores = new Float64Array(this.#variantFaq.length);
    this.#variantMarks = new Uint8Array(this.#variantFaq.length);
    this.#answerScores = new Float64Array(this.#docs.length);
    this.#faqScores = new Float64Array(this.#docs.length);
    this.#bestVariant = new Int32Array(this.#docs.length).fill(-1);
    this.#faqSeen = new Uint8Array(this.#docs.length);
    this.#variantMass = Float64Array.from(this.#variantTerms, (terms) => {
      let mass = 0;
      for (const [term, weight] of terms) {
        if (!isAlias(term)) mass += weight * this.#idf(this.#terms.get(term)?.df ?? 1);
      }
      return mass;
    });
  }

  #idf(df: number): number {
    const n = this.#docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  #queryTerms(text: string): QueryTerm[] {
    const byTerm = new Map<string, QueryTerm>();
    const { charBigramWeight, gramMaxShare, senseWeight, cueWeight, spellingWeight } =
      this.#ranking;
    const tokens = this.#tokens(text, detectLanguage(text), false);
    // A synonym group stands in for the customer's own word only where that word is missing.
    const wordsOf = new Map<string, string[]>();
    for (const token of tokens) {
      if (token.kind !== 'word' && token.kind !== 'compound') continue;
      const list = wordsOf.get(token.surface);
      if (list) list.push(token.term);
      else wordsOf.set(token.surface, [token.term]);
    }
    for (const token of tokens) {
      const weight = isGram(token.term)
        ? charBigramWeight
        : isSense(token.term)
          ? senseWeight
          : isCue(token.term)
            ? cueWeight
            : isSynonym(token.term)
              ? this.#ranking.synonymWeight
              : KIND_WEIGHT[token.kind];
      const existing = byTerm.get(token.term);
      if (existing) {
        existing.weight = Math.max(existing.weight, weight);
        existing.isBigram &&= token.kind === 'bigram';
        if (!existing.surfaces.includes(token.surface)) existing.surfaces.push(token.surface);
        if (existing.sources && isSense(token.term)) {
          const source = termForLatin(token.surface);
          if (source) existing.sources.push(source);
        }
        if (existing.sources && isSynonym(token.term)) {
          existing.sources.push(...(wordsOf.get(token.surface) ?? []));
        }
      } else {
        const df = this.#terms.get(token.term)?.df ?? 0;
        byTerm.set(token.term, {
          term: token.term,
          weight,
          surfaces: [token.surface],
          isBigram: token.kind === 'bigram',
          idf: this.#idf(Math.max(1, df)),
          ...(isSense(token.term)
            ? { sources: [termForLatin(token.surface)].filter((t): t is string => t !== null) }
            : isSynonym(token.term)
              ? { sources: [...(wordsOf.get(token.surface) ?? [])] }
              : {}),
        });
      }
    }
    if (spellingWeight > 0) {
      for (const known of [...byTerm.values()]) {
        if (known.isBigram || isAlias(known.term) || this.#terms.has(known.term)) continue;
        for (const surface of known.surfaces) {
          const grams = letterTrigrams(surface);
          if (grams.length > 0) known.grams = [...(known.grams ?? []), ...grams];
          for (const gram of grams) {
            const weight = spellingWeight / grams.length;
            const existing = byTerm.get(gram);
            if (existing) existing.weight = Math.max(existing.weight, weight);
            else {
              const df = this.#terms.get(gram)?.df ?? 0;
              byTerm.set(gram, {
                term: gram,
                weight,
                surfaces: [surface],
                isBigram: true,
                idf: this.#idf(Math.max(1, df)),
              });
            }
          }
        }
      }
    }
    // Only large indexes pay for common bigrams, senses and cues; a small FAQ keeps them all.
    const maxIdf = this.#idf(Math.max(GRAM_MIN_DF, gramMaxShare * this.#docs.length));
    return [...byTerm.values()].filter(
      (q) => !(isGram(q.term) || isSense(q.term) || isCue(q.term)) || q.idf >= maxIdf,
    );
  }

  /** Adds each term's BM25 gain to its phrasings' and answers' scores. */
  #accumulate(terms: QueryTerm[], touchedVariants: number[], touchedFaqs: number[]): void {
    const { k1Question, k1Answer } = this.#ranking;
    for (const { term, weight, sources } of terms) {
      const entry = this.#terms.get(term);
      if (!entry) continue;
      const idf = this.#idf(entry.df) * weight;
      // A sense adds evidence only where the customer's own word is missing.
      const skip = sources && sources.length > 0 ? this.#markVariants(sources, 1) : undefined;
      addBm25(
        entry.variants,
        entry.variantTf,
        idf,
        k1Question,
        this.#variantNorm,
        this.#variantScores,
        touchedVariants,
        skip,
      );
      if (skip && sources) this.#markVariants(sources, 0);
      addBm25(
        entry.answers,
        entry.answerTf,
        idf,
        k1Answer,
        this.#answerNorm,
        this.#answerScores,
        touchedFaqs,
      );
    }
  }

  /** Marks (1) or clears (0) the phrasings holding any of these terms; returns the marks. */
  #markVariants(terms: string[], mark: 0 | 1): Uint8Array {
    for (const term of terms) {
      for (const variant of this.#terms.get(term)?.variants ?? [])
        this.#variantMarks[variant] = mark;
    }
    return this.#variantMarks;
  }

  /** A FAQ scores as its best-matching phrasing plus a share of its answer's score. */
  #combine(touchedVariants: number[], touchedFaqs: number[]): number[] {
    const faqScores = this.#faqScores;
    const bestVariant = this.#bestVariant;
    const answerWeight = this.#ranking.answerWeight;
    const seen = this.#faqSeen;
    const faqs: number[] = [];
    for (const faq of touchedFaqs) {
      if (seen[faq] === 0) {
        seen[faq] = 1;
        faqs.push(faq);
      }
      faqScores[faq] = answerWeight * (this.#answerScores[faq] as number);
    }
    for (const variant of touchedVariants) {
      const faq = this.#variantFaq[variant] as number;
      const score = this.#variantScores[variant] as number;
      const best = bestVariant[faq] as number;
      if (seen[faq] === 0) {
        seen[faq] = 1;
        faqs.push(faq);
      }
      if (best === -1) {
        bestVariant[faq] = variant;
        faqScores[faq] = (faqScores[faq] as number) + score;
      } else if (score > (this.#variantScores[best] as number)) {
        faqScores[faq] = (faqScores[faq] as number) - (this.#variantScores[best] as number) + score;
        bestVariant[faq] = variant;
      }
    }
    return faqs;
  }

  #clearFaqs(faqs: number[]): void {
    for (const faq of faqs) {
      this.#faqScores[faq] = 0;
      this.#bestVariant[faq] = -1;
      this.#faqSeen[faq] = 0;
    }
  }

  /**
   * FAQs by score, best first, with their confidence. `minConfidence` (default MATCH_FLOOR)
   * drops noise; when the best-scoring FAQ is below it nothing is returned, so a weaker
   * FAQ is never promoted over the one that matches best.
   */
  search(
    text: string,
    options: {
      limit?: number;
      minConfidence?: number;
      /** Searches as if this FAQ were not there (how an uncovered question would fare). */
      excludeId?: string;
    } = {},
  ): FaqMatch[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const floor = options.minConfidence ?? MATCH_FLOOR;
    if (this.#docs.length === 0 || limit <= 0) return [];
    const query = this.#queryTerms(text);
    if (query.length === 0) return [];

    const touchedVariants: number[] = [];
    const touchedFaqs: number[] = [];
    let ranked: [number, number][];
    let bestVariant: Map<number, number>;
    try {
      this.#accumulate(query, touchedVariants, touchedFaqs);
      const all = this.#combine(touchedVariants, touchedFaqs);
      const excluded =
        options.excludeId === undefined
          ? -1
          : this.#docs.findIndex((doc) => doc.id === options.excludeId);
      const faqs = excluded >= 0 ? all.filter((faq) => faq !== excluded) : all;
      // Below the top, a FAQ's confidence is at most half its share of the top score: one
      // scoring under 2 × floor of it is never shown, so it is not ranked.
      const depth = Math.max(limit, this.#ranking.rerankDepth, 2);
      const top = topK(faqs, this.#faqScores, 1)[0];
      const cutoff = (top?.[1] ?? 0) * 2 * floor;
      const shown = floor > 0 ? faqs.filter((faq) => (this.#faqScores[faq] ?? 0) >= cutoff) : [];
      ranked =
        shown.length > depth
          ? shown
              .map((faq): [number, number] => [faq, this.#faqScores[faq] ?? 0])
              .sort((a, b) => b[1] - a[1])
          : topK(faqs, this.#faqScores, depth);
      bestVariant = new Map(ranked.map(([faq]) => [faq, this.#bestVariant[faq] ?? -1]));
      this.#clearFaqs(all);
    } finally {
      for (const variant of touchedVariants) this.#variantScores[variant] = 0;
      for (const faq of touchedFaqs) this.#answerScores[faq] = 0;
    }
    const raw = new Map(ranked);
    // Both coverages of a FAQ, worked out once per search: re-ranking and confidence read them.
    const coverages = new Map<number, { query: number; question: number }>();
    const coverageOf = (faq: number) => {
      let found = coverages.get(faq);
      if (!found) {
        const variant = bestVariant.get(faq);
        found = {
          query: this.#coverage(query, faq),
          question: this.#questionCoverage(
            query,
            variant !== undefined && variant >= 0 ? variant : undefined,
          ),
        };
        coverages.set(faq, found);
      }
      return found;
    };
    const { rerankDepth, rerankQuery, rerankQuestion } = this.#ranking;
    if (rerankDepth > 1 && ranked.length > 1) {
      // Among the best few, a FAQ whose question the query covers (and which covers the
      // query) beats one that only piles up partial matches: a bonus in units of the top score.
      const best = ranked[0]?.[1] ?? 0;
      const head = ranked.slice(0, rerankDepth).map(([faq, score]): [number, number] => {
        const { query: coverage, question } = coverageOf(faq);
        return [faq, score + best * (rerankQuestion * question + rerankQuery * coverage)];
      });
      head.sort((a, b) => b[1] - a[1]);
      ranked = [...head, ...ranked.slice(rerankDepth)];
    }
    const top = ranked[0];
    if (!top) return [];

    // Confidence reads BM25's own scores: a re-ranked top that BM25 put lower has no margin.
    const topScore = raw.get(top[0]) ?? top[1];
    let runnerUp = 0;
    for (const [faq, score] of raw) if (faq !== top[0]) runnerUp = Math.max(runnerUp, score);
    const margin = Math.max(0, (topScore - runnerUp) / topScore);
    const matches: FaqMatch[] = [];
    for (const [position, [faq, score]] of ranked.entries()) {
      if (matches.length >= limit) break;
      const { query: coverage, question: questionCoverage } = coverageOf(faq);
      // Query coverage says whether the FAQ answers all of what was asked; question
      // coverage stops a one-word query ("注文") from claiming a long, specific question;
      // the margin says whether it is clearly the one meant rather than a look-alike.
      const fit = coverage * (0.6 + 0.4 * questionCoverage);
      const confidence =
        position === 0
          ? fit * (0.5 + 0.5 * Math.min(1, 2 * margin))
          : fit * 0.5 * Math.min(1, (raw.get(faq) ?? score) / topScore);
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
        matchedTerms: this.#matchedTerms(query, faq),
      });
    }
    return matches;
  }

  /** Share of the matched phrasing's IDF mass that the query supplies. */
  #questionCoverage(query: QueryTerm[], variant: number | undefined): number {
    const terms = variant === undefined ? undefined : this.#variantTerms[variant];
    if (!terms || terms.size === 0) return 0;
    // Another name for a word only ever adds evidence; its absence is the word's.
    let total = this.#variantMass[variant as number] ?? 0;
    let covered = 0;
    for (const { term, idf } of query) {
      const weight = terms.get(term);
      if (weight === undefined) continue;
      covered += weight * idf;
      if (isAlias(term)) total += weight * idf;
    }
    return total > 0 ? covered / total : 0;
  }

  /** How much a FAQ holds a term: 1 in its question, less in its answer only, else 0. */
  #hit(term: string, faq: number): number {
    if (this.#questionTerms[faq]?.has(term)) return 1;
    return this.#answerTerms[faq]?.has(term) ? ANSWER_COVER_WEIGHT : 0;
  }

  /**
   * How much a FAQ's question holds a word the index does not know, by the share of its
   * letter trigrams there: most of them is a misspelling of a word there, a few are chance.
   */
  #spellingHit(grams: string[], faq: number): number {
    const terms = this.#questionTerms[faq];
    if (!terms) return 0;
    let found = 0;
    for (const gram of grams) if (terms.has(gram)) found++;
    const share = found / grams.length;
    return share >= SPELLING_MIN_SHARE ? share : 0;
  }

  /** Share of the query's IDF mass that the FAQ's question or answer holds. */
  #coverage(query: QueryTerm[], faq: number): number {
    let total = 0;
    let covered = 0;
    for (const { term, weight, idf, grams } of query) {
      if (isGram(term)) continue;
      const mass = weight * idf;
      const hit = grams ? this.#spellingHit(grams, faq) : this.#hit(term, faq);
      if (isAlias(term) && hit === 0) continue;
      total += mass;
      covered += mass * hit;
    }
    return total > 0 ? covered / total : 0;
  }

  /** The customer's words the FAQ holds: whole words if any, else the bigrams that met. */
  #matchedTerms(query: QueryTerm[], faq: number): string[] {
    const words: string[] = [];
    const bigrams: string[] = [];
    for (const { term, surfaces, isBigram } of query) {
      if (isGram(term) || isCue(term) || this.#hit(term, faq) === 0) continue;
      (isBigram ? bigrams : words).push(...surfaces);
    }
    return [...new Set(words.length > 0 ? words : bigrams)];
  }
}
