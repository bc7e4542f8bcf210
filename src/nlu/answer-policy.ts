import { detectLanguage } from './detect-language.js';
import type { FaqIndex } from './faq-index.js';
import { random } from './intent-linear.js';
import { foldKana } from './normalise.js';
import type { FaqMatch } from './types.js';

/**
 * What the bot does with a customer's question, decided from the tenant's own FAQ.
 *
 * The search's confidence is a heuristic whose meaning shifts with the FAQ: a 0.5 in a FAQ of
 * thirty distinct questions is a sure thing, in one of ten thousand look-alikes a coin toss.
 * So each FAQ index gets its own calibration: the FAQ questions themselves, reworded by
 * dropping words, particles and kana forms, are asked of the index (labelled by whether the
 * right FAQ came first, or among the first few), and every question is also asked with its
 * own FAQ left out (then any answer is wrong: how a question the FAQ does not cover looks).
 * A logistic curve fitted on those turns the top match's confidence and its margin over the
 * runner-up into the probability that the first answer is right.
 */
export type PolicyAction = 'answer' | 'list' | 'decline';

export type PolicyReason =
  /** The first match is right with high probability. */
  | 'clear_winner'
  /** No single match is sure, but the right one is very likely among a few close ones. */
  | 'close_candidates'
  /** Something matched, too weakly to answer or to offer. */
  | 'weak_match'
  /** Nothing in the FAQ matched. */
  | 'no_match';

export type PolicyDecision = {
  action: PolicyAction;
  reason: PolicyReason;
  /** Calibrated probability that the first match is the right answer. */
  probability: number;
  /** Calibrated probability that the right answer is among the offered list. */
  listProbability: number;
  /** The runner-up's raw score as a share of the first's (1 = a tie). */
  runnerUpRatio: number;
  /** Best first: the answer, or the list to offer (its first item is always the best match). */
  matches: FaqMatch[];
};

/** Most items a list offers. */
export const LIST_SIZE = 3;
/**
 * The bot answers when the first match is more likely right than not, and offers a list when
 * the right answer is more likely than not among it: with calibrated probabilities this is
 * the break-even point of being right against misleading the customer, not a tuned knob.
 */
export const ANSWER_PROBABILITY = 0.5;
export const LIST_PROBABILITY = 0.5;
/** A runner-up at least this share of the top score is a genuine contender for the list. */
const CONTENDER_RATIO = 0.6;
/**
 * Two FAQs scoring close to each other may be genuinely close (which one the customer means is
 * a guess, so they are offered side by side) or one may simply be the better phrasing of a
 * near-duplicate pair (then the first is right and should be answered). Which of the two holds
 * differs between FAQs, so it is measured on each: among the calibration questions whose
 * runner-up scored about as close to the first, the share where the first was right. Below
 * NEAR_TIE_PRECISION the near tie gets a list. Runner-ups under NEAR_TIE_FLOOR of the top
 * are never a tie.
 */
const NEAR_TIE_FLOOR = 0.9;
/** Calibration questions whose runner-up is at least this close inform the near-tie share. */
const NEAR_TIE_POOL = 0.75;
const NEAR_TIE_PRECISION = ANSWER_PROBABILITY;
/** Calibration questions compared with a near tie: those nearest to its runner-up ratio. */
const NEAR_TIE_NEIGHBOURS = 24;
/** FAQs sampled for calibration: enough for a stable curve, bounded for large FAQs. */
const MAX_CALIBRATION_FAQS = 150;
/** Reworded variants asked per sampled FAQ phrasing. */
const VARIANTS_PER_TEXT = 3;
/** Phrasings (question and alternates) used per FAQ. */
const TEXTS_PER_FAQ = 3;
const SEARCH_DEPTH = 5;
/**
 * Share of customer questions a FAQ is assumed to cover, weighting the reworded questions
 * (covered) against the left-out ones (not covered) when fitting: a shop's chat is mostly
 * about the shop. A product assumption, chosen on the development FAQs (bench
 * faq-retrieval-protocol: beyond it, questions a FAQ does not cover start to be answered).
 */
const IN_SCOPE_SHARE = 0.8;

const FEATURES = 5;
type Features = number[];

/** FAQ questions compared as a customer reads them: case, width and spacing aside. */
const questionKey = (question: string) => {
  // Every decision compares its matches' questions: each FAQ question's key is worked out once.
  let key = questionKeys.get(question);
  if (key === undefined) {
    key = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (questionKeys.size >= MAX_QUESTION_KEYS) questionKeys.clear();
    questionKeys.set(question, key);
  }
  return key;
};
const questionKeys = new Map<string, string>();
const MAX_QUESTION_KEYS = 50_000;

/**
 * The top match followed by the matches asking something else: FAQs that repeat a question
 * (one question, several answers, as in a forum or a FAQ kept per category) answer the same
 * thing, so none of them is a rival of the others.
 */
function rivals(matches: FaqMatch[]): FaqMatch[] {
  const top = matches[0];
  if (!top) return matches;
  const key = questionKey(top.question);
  return [top, ...matches.slice(1).filter((m) => questionKey(m.question) !== key)];
}

/** Where in `matches` the first answer to `doc`'s question is (-1 when none is). */
function rankOf(matches: FaqMatch[], doc: { id: string; question: string }): number {
  const key = questionKey(doc.question);
  return matches.findIndex((m) => m.id === doc.id || questionKey(m.question) === key);
}

/**
 * Curve inputs from a search's best matches: the top's confidence (and its square), its
 * margin over the runner-up, the runner-up's confidence, and its raw score in units of
 * `scale` (what a FAQ question scores against itself in this index: rare words score high).
 */
function featuresOf(found: FaqMatch[], scale: number): Features {
  const matches = rivals(found);
  const top = matches[0];
  if (!top) return [0, 0, 0, 0, 0];
  const second = matches[1];
  const ratio = second && top.score > 0 ? Math.min(1, second.score / top.score) : 0;
  return [
    top.confidence,
    top.confidence * top.confidence,
    1 - ratio,
    second?.confidence ?? 0,
    Math.min(1.5, top.score / scale),
  ];
}

type Curve = { w: number[]; b: number };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const predict = (curve: Curve, x: Features) =>
  sigmoid(curve.b + x.reduce((sum, v, i) => sum + v * (curve.w[i] ?? 0), 0));

/** L2-regularised logistic regression by gradient descent; classes weighted to equal mass. */
function fitCurve(samples: { x: Features; y: number }[]): Curve {
  const positives = samples.filter((s) => s.y === 1).length;
  const negatives = samples.length - positives;
  const curve: Curve = { w: new Array<number>(FEATURES).fill(0), b: 0 };
  if (positives === 0 || negatives === 0) {
    // Nothing to tell apart: a curve that follows the confidence itself.
    return { w: [6, 0, 0, 0, 0], b: -3 };
  }
  const weight = (y: number) =>
    y === 1 ? IN_SCOPE_SHARE / positives : (1 - IN_SCOPE_SHARE) / negatives;
  const l2 = 1e-3;
  for (let step = 0; step < 800; step++) {
    const gw = new Array<number>(FEATURES).fill(0);
    let gb = 0;
    for (const { x, y } of samples) {
      const error = (predict(curve, x) - y) * weight(y);
      for (let i = 0; i < FEATURES; i++) gw[i] = (gw[i] ?? 0) + error * (x[i] ?? 0);
      gb += error;
    }
    const rate = 4;
    for (let i = 0; i < FEATURES; i++) {
      curve.w[i] = (curve.w[i] ?? 0) - rate * ((gw[i] ?? 0) + l2 * (curve.w[i] ?? 0));
    }
    curve.b -= rate * gb;
  }
  return curve;
}

const JAPANESE_PARTICLE =
  /^(は|が|を|に|で|の|も|と|へ|や|か|って|ね|よ|から|まで|です|ます|ですか|ますか)$/;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Chance of each added word of the customer's own, and at most how many are added. */
const FILLER_CHANCE = 0.5;
const FILLERS_MAX = 2;
const KATAKANA =
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';
const LETTERS = 'bcdfghjklmnpqrstvwxz';

/** A word no FAQ holds: it stands for a customer's own word the index cannot meet. */
function pseudoWord(isJapanese: boolean, rng: () => number): string {
  const pick = (alphabet: string) => alphabet[Math.floor(rng() * alphabet.length)] ?? '';
  if (isJapanese) return Array.from({ length: 4 }, () => pick(KATAKANA)).join('');
  return `${pick(LETTERS)}${pick('aeiou')}${pick(LETTERS)}${pick(LETTERS)}${pick('aeiou')}${pick(LETTERS)}`;
}

/**
 * Rewordings of a FAQ phrasing the way customers shorten and respell it: words dropped,
 * particles dropped, kana folded. Deterministic for a given seed.
 */
export function rewordings(text: string, count: number, rng: () => number): string[] {
  const isJapanese = detectLanguage(text) !== 'en';
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  if (words.length < 2) return [];
  const out = new Set<string>();
  for (let attempt = 0; attempt < count * 4 && out.size < count; attempt++) {
    const keep = 0.45 + 0.35 * rng();
    let kept = words.filter((word) => {
      if (isJapanese && JAPANESE_PARTICLE.test(word)) return rng() < 0.4;
      return rng() < keep;
    });
    if (kept.length === 0) kept = [words[Math.floor(rng() * words.length)] as string];
    // Customers add words of their own that the FAQ never uses ("going to spain, …").
    for (let extra = 0; extra < FILLERS_MAX && rng() < FILLER_CHANCE; extra++) {
      kept.splice(Math.floor(rng() * (kept.length + 1)), 0, pseudoWord(isJapanese, rng));
    }
    let reworded = kept.join(isJapanese ? '' : ' ');
    if (isJapanese && rng() < 0.3) reworded = foldKana(reworded);
    if (reworded !== text) out.add(reworded);
  }
  return [...out];
}

type Sample = {
  x: Features;
  first: number;
  listed: number;
  /** The runner-up's score as a share of the top's when it matched words of the query, else 0. */
  tie: number;
  /** Whether the query's FAQ was in the index (false for most left-out questions). */
  inScope: boolean;
};

/** The runner-up ratio of a search when the runner-up shares words with the query, else 0. */
function tieOf(found: FaqMatch[]): number {
  const matches = rivals(found);
  const top = matches[0];
  const second = matches[1];
  if (!top || !second || second.matchedTerms.length === 0 || top.score <= 0) return 0;
  return Math.min(1, second.score / top.score);
}

/** Median score of a FAQ question against the index holding it: the index's unit of score. */
function scoreScale(index: FaqIndex, docs: readonly { question: string }[]): number {
  const scores = docs
    .map((doc) => index.search(doc.question, { limit: 1, minConfidence: 0 })[0]?.score ?? 0)
    .filter((score) => score > 0)
    .sort((a, b) => a - b);
  return scores[Math.floor(scores.length / 2)] ?? 1;
}

/** The calibration queries of one index, each a thunk so the work can be sliced. */
function calibrationTasks(
  index: FaqIndex,
  seed: number,
): { scale: number; tasks: (() => Sample)[] } {
  const rng = random(seed);
  const docs = [...index.docs];
  // A fixed-seed shuffle picks the sample of a large FAQ.
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [docs[i], docs[j]] = [docs[j] as (typeof docs)[number], docs[i] as (typeof docs)[number]];
  }
  const sampled = docs.slice(0, MAX_CALIBRATION_FAQS);
  const scale = scoreScale(index, sampled.slice(0, 50));
  const tasks: (() => Sample)[] = [];
  for (const doc of sampled) {
    const texts = [doc.question, ...doc.alternates].slice(0, TEXTS_PER_FAQ);
    for (const text of texts) {
      for (const query of rewordings(text, VARIANTS_PER_TEXT, rng)) {
        tasks.push(() => {
          const matches = index.search(query, { limit: SEARCH_DEPTH, minConfidence: 0 });
          const at = rankOf(matches, doc);
          return {
            x: featuresOf(matches, scale),
            first: at === 0 ? 1 : 0,
            listed: at >= 0 && at < LIST_SIZE ? 1 : 0,
            tie: tieOf(matches),
            inScope: true,
          };
        });
      }
    }
    // The FAQ left out: its own question is then one the FAQ does not cover.
    tasks.push(() => {
      const matches = index.search(doc.question, {
        limit: SEARCH_DEPTH,
        minConfidence: 0,
        excludeId: doc.id,
      });
      // Another FAQ asking the very same question still answers it.
      const at = rankOf(matches, doc);
      return {
        x: featuresOf(matches, scale),
        first: at === 0 ? 1 : 0,
        listed: at >= 0 && at < LIST_SIZE ? 1 : 0,
        tie: tieOf(matches),
        inScope: at >= 0,
      };
    });
  }
  return { scale, tasks };
}

/** A customer's pick from an offered list: the question they typed and the FAQ they chose. */
export type ListChoice = { text: string; faqId: string };

/** The answer policy of one FAQ index (see the top of this file). */
export class AnswerPolicy {
  readonly #index: FaqIndex;
  readonly #first: Curve;
  readonly #listed: Curve;
  readonly #scale: number;
  /** Calibration questions with a near tie, by runner-up ratio, weighted as in the curves. */
  readonly #ties: { ratio: number; first: number; weight: number }[];
  /** Weighted share of all calibration questions whose first match was right. */
  readonly #firstRate: number;
  /** Calibration queries asked (for explanations and tests). */
  readonly samples: number;

  private constructor(
    index: FaqIndex,
    curves: { first: Curve; listed: Curve; scale: number },
    samples: Sample[],
  ) {
    this.#index = index;
    this.#first = curves.first;
    this.#listed = curves.listed;
    this.#scale = curves.scale;
    // Questions the FAQ covers and questions it does not, weighted as customers ask them.
    const covered = samples.filter((s) => s.inScope).length;
    const weightOf = (s: Sample) =>
      s.inScope
        ? IN_SCOPE_SHARE / Math.max(1, covered)
        : (1 - IN_SCOPE_SHARE) / Math.max(1, samples.length - covered);
    let right = 0;
    let total = 0;
    for (const s of samples) {
      right += s.first * weightOf(s);
      total += weightOf(s);
    }
    this.#firstRate = total > 0 ? right / total : 0;
    this.#ties = samples
      .filter((s) => s.tie >= NEAR_TIE_POOL)
      .map((s) => ({ ratio: s.tie, first: s.first, weight: weightOf(s) }))
      .sort((a, b) => a.ratio - b.ratio);
    this.samples = samples.length;
  }

  static #fromSamples(index: FaqIndex, scale: number, samples: Sample[]): AnswerPolicy {
    const first = fitCurve(samples.map((s) => ({ x: s.x, y: s.first })));
    const listed = fitCurve(samples.map((s) => ({ x: s.x, y: s.listed })));
    return new AnswerPolicy(index, { first, listed, scale }, samples);
  }

  /**
   * How often, in this FAQ, the first match is right when the runner-up scores `ratio` of it:
   * the calibration questions nearest in ratio (the FAQ's own questions and those it does not
   * cover, weighted as in the curves), smoothed towards a coin toss between the two.
   * 1 when the runner-up is not close enough to be a tie.
   */
  nearTiePrecision(ratio: number): number {
    if (ratio < NEAR_TIE_FLOOR) return 1;
    const ties = this.#ties;
    // The neighbours: a window of the sorted ratios around `ratio`.
    let lo = 0;
    while (lo < ties.length && (ties[lo]?.ratio ?? 0) < ratio) lo++;
    let hi = lo;
    while (hi - lo < NEAR_TIE_NEIGHBOURS && (lo > 0 || hi < ties.length)) {
      const below = lo > 0 ? ratio - (ties[lo - 1]?.ratio ?? 0) : Number.POSITIVE_INFINITY;
      const above = hi < ties.length ? (ties[hi]?.ratio ?? 0) - ratio : Number.POSITIVE_INFINITY;
      if (below <= above) lo--;
      else hi++;
    }
    let right = 0;
    let total = 0;
    for (let i = lo; i < hi; i++) {
      const tie = ties[i];
      if (!tie) continue;
      right += tie.first * tie.weight;
      total += tie.weight;
    }
    // Before evidence, the top of two near-equal matches is right as often as its share of
    // their scores says (a coin toss at a tie); the prior is worth a few average questions,
    // so a FAQ whose calibration met few ties keeps to it.
    const expected = this.#firstRate / (1 + ratio);
    const prior = hi > lo ? (4 * total) / (hi - lo) : 1;
    return (right + prior * expected) / (total + prior);
  }

  /** Calibrates in one go (small FAQs, tests and benchmarks). */
  static calibrate(index: FaqIndex, options: { seed?: number; choices?: ListChoice[] } = {}) {
    const { scale, tasks } = calibrationTasks(index, options.seed ?? 7);
    const samples = tasks.map((task) => task());
    samples.push(...choiceSamples(index, scale, options.choices ?? []));
    return AnswerPolicy.#fromSamples(index, scale, samples);
  }

  /** Calibrates in slices between event-loop turns, so a large FAQ never stalls requests. */
  static async calibrateInSlices(
    index: FaqIndex,
    options: { seed?: number; sliceMs?: number; choices?: ListChoice[] } = {},
  ): Promise<AnswerPolicy> {
    const sliceMs = options.sliceMs ?? 8;
    const samples: Sample[] = [];
    let sliceStart = performance.now();
    const { scale, tasks } = calibrationTasks(index, options.seed ?? 7);
    for (const task of tasks) {
      samples.push(task());
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    samples.push(...choiceSamples(index, scale, options.choices ?? []));
    return AnswerPolicy.#fromSamples(index, scale, samples);
  }

  get index(): FaqIndex {
    return this.#index;
  }

  /** Calibrated probability that the first of these matches is right. */
  probabilityOf(matches: FaqMatch[]): number {
    return matches.length === 0 ? 0 : predict(this.#first, featuresOf(matches, this.#scale));
  }

  /** Answer, list or decline, with the reason and the probabilities behind it. */
  decide(text: string): PolicyDecision {
    const matches = this.#index.search(text, { limit: SEARCH_DEPTH, minConfidence: 0 });
    const top = matches[0];
    const round = (p: number) => Math.round(p * 1000) / 1000;
    if (!top || top.matchedTerms.length === 0) {
      return {
        action: 'decline',
        reason: 'no_match',
        probability: 0,
        listProbability: 0,
        runnerUpRatio: 0,
        matches: [],
      };
    }
    const x = featuresOf(matches, this.#scale);
    const probability = round(predict(this.#first, x));
    const listProbability = round(Math.max(probability, predict(this.#listed, x)));
    const runnerUpRatio = round(1 - (x[2] ?? 0));
    const base = { probability, listProbability, runnerUpRatio };
    const nearTie = this.nearTiePrecision(tieOf(matches)) < NEAR_TIE_PRECISION;
    if (probability >= ANSWER_PROBABILITY && !nearTie) {
      return { action: 'answer', reason: 'clear_winner', ...base, matches: [top] };
    }
    const contenders = matches
      .slice(0, LIST_SIZE)
      .filter(
        (m, i) => i === 0 || (m.score >= CONTENDER_RATIO * top.score && m.matchedTerms.length > 0),
      );
    if (listProbability >= LIST_PROBABILITY && contenders.length >= 2) {
      return { action: 'list', reason: 'close_candidates', ...base, matches: contenders };
    }
    return { action: 'decline', reason: 'weak_match', ...base, matches: contenders };
  }
}

/** Customers' picks from lists are real, labelled questions: the best calibration there is. */
function choiceSamples(index: FaqIndex, scale: number, choices: ListChoice[]): Sample[] {
  return choices.slice(-500).map(({ text, faqId }) => {
    const matches = index.search(text, { limit: SEARCH_DEPTH, minConfidence: 0 });
    const at = matches.findIndex((m) => m.id === faqId);
    return {
      x: featuresOf(matches, scale),
      first: at === 0 ? 1 : 0,
      listed: at >= 0 && at < LIST_SIZE ? 1 : 0,
      tie: tieOf(matches),
      inScope: true,
    };
  });
}

const policies = new WeakMap<FaqIndex, AnswerPolicy>();
/** The customers' picks an index's policy was primed with, to calibrate a copy the same way. */
const primedChoices = new WeakMap<FaqIndex, ListChoice[]>();

export const calibrationChoicesOf = (index: FaqIndex): ListChoice[] =>
  primedChoices.get(index) ?? [];

/** The index's policy: calibrated once, on first use unless primed by `primeAnswerPolicy`. */
export function answerPolicyFor(index: FaqIndex): AnswerPolicy {
  let policy = policies.get(index);
  if (!policy) {
    policy = AnswerPolicy.calibrate(index);
    policies.set(index, policy);
  }
  return policy;
}

/** Calibrates an index's policy in slices ahead of its first use. */
export async function primeAnswerPolicy(
  index: FaqIndex,
  choices: ListChoice[] = [],
): Promise<AnswerPolicy> {
  const policy = await AnswerPolicy.calibrateInSlices(index, { choices });
  policies.set(index, policy);
  primedChoices.set(index, choices);
  return policy;
}
