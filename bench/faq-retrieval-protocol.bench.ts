import type { HeldOutFaq } from '../src/nlu/coffee-shop-faq.test-fixture.js';
import { COFFEE_SHOP_EN, COFFEE_SHOP_JA } from '../src/nlu/coffee-shop-faq.test-fixture.js';
import { FAQ_DEV_SETS, FAQ_TEST_SETS } from '../src/nlu/faq-protocol.test-fixture.js';
import { AnswerPolicy, FaqIndex, loadJapaneseAnalyzer } from '../src/nlu/index.js';
import { answeredUnderFixedNearTie } from './answer-policy.bench.js';
import { charBigrams, createScoredReferenceBm25, wordUnigrams } from './reference-bm25.js';
import { fmt } from './stats.js';
import { trainTfidfLogistic } from './tfidf-logistic.js';

/**
 * The FAQ development protocol: small FAQs of other businesses, split into DEV sets (looked at
 * while improving retrieval and the answer policy) and TEST sets (only ever measured, with the
 * coffee shop). Each FAQ is fresh to the bot, as a new tenant's would be; customer questions
 * are paraphrases in other words, plus questions the FAQ does not cover. Baselines trained on
 * the same FAQ in the same run: plain BM25 (question and answer) and TF-IDF + logistic
 * regression (each FAQ's question and answer as its two examples).
 */
export type SetFigures = {
  /** Share of paraphrases whose right FAQ the search puts first. */
  retrievalFirst: number;
  /** Share of paraphrases answered directly and rightly (what the customer gets at once). */
  rightFirst: number;
  precision: number;
  /** Paraphrases offered a list that holds the right FAQ. */
  listedRight: number;
  unrelatedAnswered: number;
  bm25First: number;
  logisticFirst: number;
  /** Right first answers under the former fixed near-tie rule (0.9), same curve, same run. */
  fixedTieRightFirst: number;
  /**
   * The same over several calibration seeds: one calibration's rewordings are a random draw,
   * and on a FAQ of twenty questions a draw moves the figures by several points.
   */
  seeds: { rightFirst: number; rightFirstSd: number; precision: number; unrelatedAnswered: number };
};

/** Calibration seeds the figures are also averaged over. */
const SEEDS = [1, 2, 3, 4, 5];

/** Right first answers, precision and unrelated answered of one calibration seed. */
function underSeed(index: FaqIndex, set: HeldOutFaq, seed: number) {
  const policy = AnswerPolicy.calibrate(index, { seed });
  let answered = 0;
  let right = 0;
  for (const [text, id] of set.paraphrases) {
    const decision = policy.decide(text);
    if (decision.action !== 'answer') continue;
    answered++;
    if (decision.matches[0]?.id === id) right++;
  }
  const unrelated = set.unrelated.filter((t) => policy.decide(t).action === 'answer').length;
  return { rightFirst: right / set.paraphrases.length, answered, right, unrelated };
}

const tokeniserFor = (set: HeldOutFaq) =>
  set.faqs[0]?.language === 'ja'
    ? charBigrams
    : (t: string) => {
        const w = wordUnigrams(t);
        return [...w, ...w.slice(1).map((x, i) => `${w[i]} ${x}`)];
      };

/** TF-IDF (sublinear tf, L2) + multinomial logistic regression, fixed settings: each FAQ's
 * question and answer are its two examples. */
async function tfidfLogistic(set: HeldOutFaq) {
  const model = await trainTfidfLogistic(
    set.faqs.flatMap((f) => [
      { text: f.question, intent: f.id },
      { text: f.answer, intent: f.id },
    ]),
    { tokenise: tokeniserFor(set), epochs: 30 },
  );
  return (text: string): string => model.rank(text).name;
}

export async function measureSet(set: HeldOutFaq): Promise<SetFigures> {
  const index = FaqIndex.build(set.faqs);
  const policy = AnswerPolicy.calibrate(index);
  let retrieved = 0;
  let right = 0;
  let answered = 0;
  let listedRight = 0;
  let fixedTieRight = 0;
  for (const [text, id] of set.paraphrases) {
    if (index.search(text, { limit: 1, minConfidence: 0 })[0]?.id === id) retrieved++;
    const decision = policy.decide(text);
    if (answeredUnderFixedNearTie(index, text, decision) && decision.matches[0]?.id === id) {
      fixedTieRight++;
    }
    if (decision.action === 'answer') {
      answered++;
      if (decision.matches[0]?.id === id) right++;
    } else if (decision.action === 'list' && decision.matches.some((m) => m.id === id)) {
      listedRight++;
    }
  }
  const unrelatedAnswered = set.unrelated.filter(
    (t) => policy.decide(t).action === 'answer',
  ).length;
  const bm25 = createScoredReferenceBm25(
    set.faqs.map((f) => ({ id: f.id, text: `${f.question}\n${f.answer}` })),
    tokeniserFor(set),
  );
  const classify = await tfidfLogistic(set);
  const n = set.paraphrases.length;
  const seeded = SEEDS.map((seed) => underSeed(index, set, seed));
  const mean = seeded.reduce((sum, r) => sum + r.rightFirst, 0) / seeded.length;
  const variance = seeded.reduce((sum, r) => sum + (r.rightFirst - mean) ** 2, 0) / seeded.length;
  return {
    retrievalFirst: retrieved / n,
    rightFirst: right / n,
    precision: right / Math.max(1, answered),
    listedRight,
    unrelatedAnswered,
    bm25First: set.paraphrases.filter(([t, id]) => bm25(t, 1)[0]?.id === id).length / n,
    logisticFirst: set.paraphrases.filter(([t, id]) => classify(t) === id).length / n,
    fixedTieRightFirst: fixedTieRight / n,
    seeds: {
      rightFirst: mean,
      rightFirstSd: Math.sqrt(variance),
      precision:
        seeded.reduce((sum, r) => sum + r.right, 0) /
        Math.max(
          1,
          seeded.reduce((sum, r) => sum + r.answered, 0),
        ),
      unrelatedAnswered: seeded.reduce((sum, r) => sum + r.unrelated, 0) / seeded.length,
    },
  };
}

const line = (name: string, set: HeldOutFaq, f: SetFigures) =>
  `  ${name.padEnd(22)} right FAQ first ${fmt(f.retrievalFirst, 2)} (plain BM25 ${fmt(f.bm25First, 2)}, ` +
  `TF-IDF + LR ${fmt(f.logisticFirst, 2)}) | through the policy: right first answers ` +
  `${fmt(f.rightFirst, 2)} (target ≥ .85; fixed 0.9 near-tie rule ${fmt(f.fixedTieRightFirst, 2)}), ` +
  `precision ${fmt(f.precision, 2)}, lists holding the ` +
  `right FAQ ${f.listedRight}, unrelated answered ${f.unrelatedAnswered}/${set.unrelated.length} (bar ≤ 1 in 8)\n` +
  `  ${''.padEnd(22)} over ${SEEDS.length} calibration seeds: right first answers ` +
  `${fmt(f.seeds.rightFirst, 2)} ± ${fmt(f.seeds.rightFirstSd, 2)}, precision ${fmt(f.seeds.precision, 2)}, ` +
  `unrelated answered ${fmt(f.seeds.unrelatedAnswered, 1)}/${set.unrelated.length}`;

/**
 * What went wrong on a DEV set, one line per miss: the customer's question, the FAQ meant, what
 * the policy did and why, and the best matches with the words they met. TEST sets are never
 * printed: they are only measured.
 */
function printDevMisses(name: string, set: HeldOutFaq): void {
  const index = FaqIndex.build(set.faqs);
  const policy = AnswerPolicy.calibrate(index);
  const questionOf = new Map(set.faqs.map((f) => [f.id, f.question]));
  const describe = (text: string) => {
    const d = policy.decide(text);
    const found = index
      .search(text, { limit: 3, minConfidence: 0 })
      .map((m) => `${m.id} ${fmt(m.confidence, 2)} [${m.matchedTerms.join(' ')}]`)
      .join('; ');
    return { d, why: `${d.action}/${d.reason} p ${fmt(d.probability, 2)} | ${found}` };
  };
  console.log(`  misses on ${name}:`);
  for (const [text, id] of set.paraphrases) {
    const { d, why } = describe(text);
    if (d.action === 'answer' && d.matches[0]?.id === id) continue;
    console.log(`    "${text}" meant ${id} (${questionOf.get(id)}): ${why}`);
  }
  for (const text of set.unrelated) {
    const { d, why } = describe(text);
    if (d.action === 'answer') console.log(`    uncovered "${text}" answered: ${why}`);
  }
}

export async function runFaqProtocolBench(): Promise<void> {
  await loadJapaneseAnalyzer();
  const groups: [string, Record<string, HeldOutFaq>][] = [
    ['DEV (tuned on)', FAQ_DEV_SETS],
    [
      'TEST (never tuned on)',
      { ...FAQ_TEST_SETS, 'coffee shop (ja)': COFFEE_SHOP_JA, 'coffee shop (en)': COFFEE_SHOP_EN },
    ],
  ];
  console.log('FAQ protocol: new tenants’ FAQs, customer paraphrases and unrelated questions');
  for (const [group, sets] of groups) {
    console.log(` ${group}`);
    let ours = 0;
    let bm25 = 0;
    let logistic = 0;
    let answers = 0;
    let fixedTie = 0;
    let seededAnswers = 0;
    const entries = Object.entries(sets);
    for (const [name, set] of entries) {
      const f = await measureSet(set);
      console.log(line(name, set, f));
      ours += f.retrievalFirst / entries.length;
      bm25 += f.bm25First / entries.length;
      logistic += f.logisticFirst / entries.length;
      answers += f.rightFirst / entries.length;
      fixedTie += f.fixedTieRightFirst / entries.length;
      seededAnswers += f.seeds.rightFirst / entries.length;
      if (sets === FAQ_DEV_SETS && process.env.FAQ_PROTOCOL_MISSES) printDevMisses(name, set);
    }
    console.log(
      `  mean: right FAQ first ${fmt(ours, 2)} (plain BM25 ${fmt(bm25, 2)}, ratio ` +
        `${fmt(ours / Math.max(1e-9, bm25), 2)}; TF-IDF + LR ${fmt(logistic, 2)}, ratio ` +
        `${fmt(ours / Math.max(1e-9, logistic), 2)}), right first answers ${fmt(answers, 2)} ` +
        `(fixed 0.9 near-tie rule ${fmt(fixedTie, 2)}; over ${SEEDS.length} calibration seeds ` +
        `${fmt(seededAnswers, 2)})`,
    );
  }
}

if (process.argv[1]?.endsWith('faq-retrieval-protocol.bench.ts')) await runFaqProtocolBench();
