import {
  COFFEE_SHOP_EN,
  COFFEE_SHOP_JA,
  type HeldOutFaq,
} from '../src/nlu/coffee-shop-faq.test-fixture.js';
import {
  ANSWER_CONFIDENCE,
  AnswerPolicy,
  FaqIndex,
  loadJapaneseAnalyzer,
  type PolicyDecision,
} from '../src/nlu/index.js';
import { type Eval, loadLocalgov, loadStackFaq } from './faq-retrieval.bench.js';
import { charBigrams, createScoredReferenceBm25, wordUnigrams } from './reference-bm25.js';
import { fmt } from './stats.js';

/**
 * What a customer gets straight away. The answer policy is calibrated on each FAQ alone (no
 * setting is tuned on these sets), so every query here is unseen. Coverage is the share of
 * questions answered directly, precision the share of those answers that are right. Baselines
 * in the same run: the fixed confidence threshold the bot used before, and plain BM25
 * answering its top hit above a score threshold set to give the policy's own coverage.
 */
type Outcome = { coverage: number; precision: number; rightFirst: number };

function outcome(answers: (boolean | null)[]): Outcome {
  const answered = answers.filter((a) => a !== null);
  const right = answered.filter((a) => a === true).length;
  return {
    coverage: answered.length / Math.max(1, answers.length),
    precision: right / Math.max(1, answered.length),
    rightFirst: right / Math.max(1, answers.length),
  };
}

/** BM25 answering its top hit when the score clears the threshold giving `coverage`. */
function bm25AtCoverage(tops: { right: boolean; score: number }[], coverage: number): Outcome {
  const sorted = [...tops].sort((a, b) => b.score - a.score);
  const n = Math.round(coverage * tops.length);
  return outcome(sorted.map((t, i) => (i < n ? t.right : null)));
}

/**
 * The near-tie rule the policy had before it was calibrated per FAQ, as a baseline in the same
 * run: any runner-up sharing words with the query and scoring at least 0.9 of the first
 * turned an answer into a list.
 */
export function answeredUnderFixedNearTie(
  index: FaqIndex,
  text: string,
  decision: PolicyDecision,
): boolean {
  if (decision.action !== 'answer') return false;
  const [top, second] = index.search(text, { limit: 2, minConfidence: 0 });
  if (!top || !second || second.matchedTerms.length === 0 || top.score <= 0) return true;
  return second.score / top.score < 0.9;
}

const show = (o: Outcome) =>
  `coverage ${fmt(o.coverage, 2)}, precision ${fmt(o.precision, 2)}, right first ${fmt(o.rightFirst, 2)}`;

function runHeldOutShop(name: string, set: HeldOutFaq, tokenise: (t: string) => string[]) {
  const index = FaqIndex.build(set.faqs);
  const start = performance.now();
  const policy = AnswerPolicy.calibrate(index);
  const calibrationMs = performance.now() - start;
  const decisions = set.paraphrases.map(([text, id]) => ({ text, id, d: policy.decide(text) }));
  const ours = decisions.map(({ id, d }) =>
    d.action === 'answer' ? d.matches[0]?.id === id : null,
  );
  const fixedTie = decisions.map(({ text, id, d }) =>
    answeredUnderFixedNearTie(index, text, d) ? d.matches[0]?.id === id : null,
  );
  const fixed = set.paraphrases.map(([text, id]) => {
    const top = index.search(text, { limit: 1 })[0];
    return top && top.confidence >= ANSWER_CONFIDENCE ? top.id === id : null;
  });
  const unrelated = set.unrelated.filter((t) => policy.decide(t).action === 'answer').length;
  const listed = set.paraphrases.filter(([text]) => policy.decide(text).action === 'list').length;
  const bm25 = createScoredReferenceBm25(
    set.faqs.map((f) => ({ id: f.id, text: `${f.question}\n${f.answer}` })),
    tokenise,
  );
  const tops = set.paraphrases.map(([text, id]) => {
    const top = bm25(text, 1)[0];
    return { right: top?.id === id, score: top?.score ?? 0 };
  });
  const o = outcome(ours);
  console.log(
    `Held-out shop FAQ ${name} (${set.faqs.length} FAQ, ${set.paraphrases.length} paraphrases, ` +
      `${set.unrelated.length} unrelated, through the bot's policy): right first answers ` +
      `${fmt(o.rightFirst, 2)} (target ≥ .85), precision ${fmt(o.precision, 2)}, listed ` +
      `${listed}, unrelated answered ${unrelated}/${set.unrelated.length} (bar ≤ 1 in 8) | ` +
      `fixed 0.9 near-tie rule in this run: ${show(outcome(fixedTie))} | ` +
      `fixed threshold in this run: ${show(outcome(fixed))} | plain BM25 at the same coverage: ` +
      `${show(bm25AtCoverage(tops, o.coverage))} | calibration ${fmt(calibrationMs, 0)} ms`,
  );
}

function runDataset(name: string, data: Eval | undefined, tokenise: (t: string) => string[]) {
  if (!data) {
    console.log(`${name}: dataset not found, skipped`);
    return;
  }
  const docs = data.docs.map((d) => ({ ...d, alternates: [], category: null, language: null }));
  const index = FaqIndex.build(docs);
  const start = performance.now();
  const policy = AnswerPolicy.calibrate(index);
  const calibrationMs = performance.now() - start;
  // Queries never used to tune ranking (the held-out two thirds).
  const queries = data.queries.filter((q) => !q.dev);
  const decisions = queries.map((q) => ({ q, d: policy.decide(q.text) }));
  const ours = decisions.map(({ q, d }) =>
    d.action === 'answer' ? q.relevant.has(d.matches[0]?.id ?? '') : null,
  );
  const fixedTie = decisions.map(({ q, d }) =>
    answeredUnderFixedNearTie(index, q.text, d) ? q.relevant.has(d.matches[0]?.id ?? '') : null,
  );
  const fixed = queries.map((q) => {
    const top = index.search(q.text, { limit: 1 })[0];
    return top && top.confidence >= ANSWER_CONFIDENCE ? q.relevant.has(top.id) : null;
  });
  const bm25 = createScoredReferenceBm25(
    data.docs.map((d) => ({ id: d.id, text: `${d.question}\n${d.answer}` })),
    tokenise,
  );
  const tops = queries.map((q) => {
    const top = bm25(q.text, 1)[0];
    return { right: q.relevant.has(top?.id ?? ''), score: top?.score ?? 0 };
  });
  const o = outcome(ours);
  const f = outcome(fixed);
  console.log(
    `${name} direct answers on held-out queries, policy calibrated on the FAQ alone: ${show(o)} | ` +
      `fixed 0.9 near-tie rule in this run: ${show(outcome(fixedTie))} | ` +
      `fixed threshold in this run: ${show(f)} | plain BM25 at the same coverage: ` +
      `${show(bm25AtCoverage(tops, o.coverage))}; at the fixed threshold's coverage: ` +
      `${show(bm25AtCoverage(tops, f.coverage))} | calibration ${fmt(calibrationMs, 0)} ms over ${docs.length} FAQ`,
  );
}

export async function runAnswerPolicyBench(): Promise<void> {
  await loadJapaneseAnalyzer();
  runHeldOutShop('(ja)', COFFEE_SHOP_JA, charBigrams);
  runHeldOutShop('(en)', COFFEE_SHOP_EN, wordUnigrams);
  if (process.env.BENCH_QUICK) return;
  runDataset('LocalgovFAQ (ja)', loadLocalgov(), charBigrams);
  runDataset('StackFAQ (en)', loadStackFaq(), wordUnigrams);
}

if (process.argv[1]?.endsWith('answer-policy.bench.ts')) await runAnswerPolicyBench();
