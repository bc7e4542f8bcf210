import { IntentVocabulary, type SparseVector } from './intent-features.js';
import {
  fitLogistic,
  fitSvm,
  linearScores,
  random,
  scoreSpread,
  softmax,
} from './intent-linear.js';

export type IntentExample = { text: string; intent: string };
export type IntentPrediction = { name: string; confidence: number };

/** Examples labelled with one of these teach the model what is *not* an intent. */
export const OUT_OF_SCOPE_LABELS: ReadonlySet<string> = new Set(['out_of_scope', 'oos']);

export type IntentTrainOptions = {
  /** Passes of the logistic model over the data. */
  epochs?: number;
  /** AdaGrad base learning rate of the logistic model. */
  learningRate?: number;
  /** L2 penalty per logistic update. */
  l2?: number;
  /**
   * C (inverse regularisation) of the squared-hinge SVMs; 0 trains the logistic model alone.
   * Unset: chosen by cross-validation on the examples.
   */
  svmC?: number;
  /**
   * Held-out examples for calibration (temperature) and the abstention threshold; may hold
   * out-of-scope examples. Without it a stratified share of the examples is held out, the
   * model fitted on the rest for calibration, then refitted on everything.
   */
  validation?: IntentExample[];
  /** When no out-of-scope examples are given: share of in-scope validation kept above the threshold. */
  inScopeKeep?: number;
  /** With out-of-scope validation examples: their assumed share of real traffic. */
  outOfScopeShare?: number;
  seed?: number;
  /** Yield to the event loop about this often (ms) so training never stalls requests. */
  sliceMs?: number;
};

const DEFAULTS = {
  epochs: 6,
  learningRate: 0.05,
  l2: 1e-6,
  svmC: 0.5,
  inScopeKeep: 0.95,
  outOfScopeShare: 0.2,
  seed: 7,
  sliceMs: 8,
};

type Weights = { classes: string[]; vocabulary: IntentVocabulary; w: Float32Array };

function scoresOf(model: Weights, text: string, out: Float64Array): void {
  linearScores(model.w, model.classes.length, model.vocabulary.vectorise(text), out);
}

/**
 * Scale of the combined scores: about the winning margin of a logistic model, so that
 * calibrated temperatures stay near one.
 */
const SCORE_SCALE = 10;

type Prepared = {
  classes: string[];
  vocabulary: IntentVocabulary;
  data: { x: SparseVector; y: number }[];
};

function prepare(examples: IntentExample[]): Prepared {
  const classes = [...new Set(examples.map((e) => e.intent))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const vocabulary = IntentVocabulary.build(examples.map((e) => e.text));
  const data = examples.map((e) => ({
    x: vocabulary.vectorise(e.text),
    y: classIndex.get(e.intent) ?? 0,
  }));
  return { classes, vocabulary, data };
}

type FitOptions = Required<Omit<IntentTrainOptions, 'validation' | 'svmC'>>;

/**
 * The logistic model's scores averaged with the SVMs': each divided by its typical training
 * margin, so prediction costs one model.
 */
async function combine(
  { classes, vocabulary, data }: Prepared,
  logistic: Float32Array,
  svmC: number,
  options: FitOptions,
): Promise<Weights> {
  const k = classes.length;
  if (!(svmC > 0)) return { classes, vocabulary, w: logistic };
  const svm = await fitSvm(data, vocabulary.size, k, { ...options, c: svmC });
  const a = SCORE_SCALE / 2 / scoreSpread(logistic, k, data);
  const b = SCORE_SCALE / 2 / scoreSpread(svm, k, data);
  const w = new Float32Array(logistic.length);
  for (let i = 0; i < w.length; i++) w[i] = a * (logistic[i] ?? 0) + b * (svm[i] ?? 0);
  return { classes, vocabulary, w };
}

/**
 * Multinomial logistic regression and one-vs-rest squared-hinge SVMs on the same features:
 * the two losses err on different texts.
 */
async function fit(examples: IntentExample[], svmC: number, options: FitOptions): Promise<Weights> {
  const prepared = prepare(examples);
  const { vocabulary, data, classes } = prepared;
  const logistic = await fitLogistic(data, vocabulary.size, classes.length, options);
  return combine(prepared, logistic, svmC, options);
}

type Calibration = { temperature: number; threshold: number };

/**
 * Never claim an intent below this calibrated probability: with few examples the tuned
 * threshold rests on a handful of held-out texts.
 */
const MIN_THRESHOLD = 0.4;

/**
 * Temperature minimising validation log-loss, then the abstention threshold on the calibrated
 * top probability: with out-of-scope examples, the lowest one within a standard error of the
 * best accuracy over a traffic mix where `outOfScopeShare` of the messages are out of scope;
 * without, the one that keeps `inScopeKeep` of the
 * correctly classified in-scope examples.
 */
function calibrate(
  model: Weights,
  validation: IntentExample[],
  settings: { inScopeKeep: number; outOfScopeShare: number },
): Calibration {
  const k = model.classes.length;
  const classIndex = new Map(model.classes.map((c, i) => [c, i]));
  const raw = validation.map((e) => {
    const scores = new Float64Array(k);
    scoresOf(model, e.text, scores);
    return { scores, y: OUT_OF_SCOPE_LABELS.has(e.intent) ? -1 : (classIndex.get(e.intent) ?? -1) };
  });
  return calibrateScores(model.classes, raw, settings);
}

/** Scores of held-out texts over a model's classes; `y` is -1 for an out-of-scope text. */
type HeldOut = { scores: Float64Array; y: number };

function calibrateScores(
  classes: readonly string[],
  raw: readonly HeldOut[],
  { inScopeKeep, outOfScopeShare }: { inScopeKeep: number; outOfScopeShare: number },
): Calibration {
  const k = classes.length;
  const p = new Float64Array(k);
  let temperature = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.05; t <= 20; t *= 1.1) {
    let loss = 0;
    let n = 0;
    for (const { scores, y } of raw) {
      if (y < 0) continue;
      softmax(scores, t, p);
      loss -= Math.log(Math.max(1e-12, p[y] ?? 0));
      n++;
    }
    if (n > 0 && loss / n < bestLoss) {
      bestLoss = loss / n;
      temperature = t;
    }
  }
  const oosClasses = new Set(classes.flatMap((c, i) => (OUT_OF_SCOPE_LABELS.has(c) ? [i] : [])));
  const judged = raw.map(({ scores, y }) => {
    softmax(scores, temperature, p);
    let best = 0;
    for (let c = 1; c < k; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
    return { y, best, top: p[best] ?? 0, predictsOos: oosClasses.has(best) };
  });
  const inScope = judged.filter((j) => j.y >= 0);
  const outOfScope = judged.filter((j) => j.y < 0);
  if (outOfScope.length === 0) {
    const tops = inScope
      .filter((j) => j.best === j.y)
      .map((j) => j.top)
      .sort((a, b) => a - b);
    const threshold = tops[Math.floor((1 - inScopeKeep) * tops.length)] ?? 0;
    return { temperature, threshold: Math.min(Math.max(threshold, MIN_THRESHOLD), 0.5) };
  }
  let threshold = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < 1; t += 0.01) {
    const accuracy =
      inScope.filter((j) => !j.predictsOos && j.top >= t && j.best === j.y).length /
      Math.max(1, inScope.length);
    const recall = outOfScope.filter((j) => j.predictsOos || j.top < t).length / outOfScope.length;
    const score = (1 - outOfScopeShare) * accuracy + outOfScopeShare * recall;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      threshold = t;
    }
  }
  // The best threshold rests on few out-of-scope examples and swings with them. Take the
  // lowest one whose loss against it is within one standard error: abstain more only where
  // the held-out examples show it pays.
  const inWeight = (1 - outOfScopeShare) / Math.max(1, inScope.length);
  const outWeight = outOfScopeShare / outOfScope.length;
  for (let t = MIN_THRESHOLD; t < threshold; t += 0.01) {
    let lostInScope = 0;
    let missedOutOfScope = 0;
    for (const j of judged) {
      if (j.predictsOos || j.top < t || j.top >= threshold) continue;
      if (j.y < 0) missedOutOfScope++;
      else if (j.best === j.y) lostInScope++;
    }
    const loss = outWeight * missedOutOfScope - inWeight * lostInScope;
    const error = Math.sqrt(outWeight ** 2 * missedOutOfScope + inWeight ** 2 * lostInScope);
    if (loss <= error) return { temperature, threshold: t };
  }
  return { temperature, threshold: Math.max(threshold, MIN_THRESHOLD) };
}

/** Regularisation tried per tenant: C of the SVMs (larger fits the examples more closely). */
const SVM_C_GRID = [0.1, 0.25, 0.5, 1, 2];
const FOLDS = 5;
/** Larger example sets are cross-validated on a stratified sample of this many. */
const CV_SAMPLE = 3000;

/** How a tenant's model was chosen: shown beside it so its owner can judge it. */
export type IntentTrainingReport = {
  /** Examples trained on (out-of-scope ones included). */
  examples: number;
  /** Cross-validation folds; 0 when a validation set was given or there were too few examples. */
  folds: number;
  /** The SVMs' C chosen (0: logistic model alone). */
  svmC: number;
  /** Each C tried with its cross-validated top-1 accuracy on in-scope examples. */
  candidates: { svmC: number; accuracy: number }[];
  /** Cross-validated top-1 accuracy of the chosen model on in-scope examples. */
  accuracy: number | null;
  /** In-scope examples both right and above the threshold (cross-validated). */
  answeredRight: number | null;
  /** Out-of-scope examples it abstained on (cross-validated); null without any. */
  outOfScopeRecall: number | null;
  temperature: number;
  threshold: number;
};

/**
 * Stratified folds: each intent's examples are shuffled and dealt round the folds, each
 * intent starting where the last one stopped so that folds stay even with small intents.
 */
function stratifiedFolds(examples: IntentExample[], folds: number, seed: number): number[] {
  const rng = random(seed);
  const byIntent = new Map<string, number[]>();
  examples.forEach((e, i) => {
    byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), i]);
  });
  const fold = new Array<number>(examples.length).fill(0);
  let next = 0;
  for (const key of [...byIntent.keys()].sort()) {
    const list = byIntent.get(key) ?? [];
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [list[i], list[j]] = [list[j] ?? 0, list[i] ?? 0];
    }
    for (const index of list) {
      fold[index] = next;
      next = (next + 1) % folds;
    }
  }
  return fold;
}

/** A stratified sample of about `size` examples, every intent kept. */
function sample(examples: IntentExample[], size: number, seed: number): IntentExample[] {
  if (examples.length <= size) return examples;
  const rng = random(seed);
  const byIntent = new Map<string, IntentExample[]>();
  for (const e of examples) byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), e]);
  const share = size / examples.length;
  return [...byIntent.values()].flatMap((list) => list.filter((_, i) => i < 2 || rng() < share));
}

/**
 * Chooses the SVMs' C and then the calibration by k-fold cross-validation on the tenant's
 * own examples: every example is scored once by a model that never saw it. C maximises
 * out-of-fold accuracy (with out-of-scope examples: the accuracy over the assumed traffic
 * mix at the calibrated threshold); ties go to the stronger regularisation. Temperature and
 * threshold are then fitted on the chosen C's out-of-fold scores: five times the held-out
 * texts of a single split, which matters with 5–20 examples per intent.
 */
async function crossValidate(
  examples: IntentExample[],
  grid: readonly number[],
  settings: Required<Omit<IntentTrainOptions, 'validation'>>,
): Promise<{ svmC: number; calibration: Calibration; report: IntentTrainingReport } | null> {
  const pool = sample(examples, CV_SAMPLE, settings.seed);
  const classes = [...new Set(pool.map((e) => e.intent))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const perIntent = new Map<string, number>();
  for (const e of pool) perIntent.set(e.intent, (perIntent.get(e.intent) ?? 0) + 1);
  if (pool.length < 10 || ![...perIntent.values()].some((n) => n >= 2)) return null;
  const folds = Math.min(FOLDS, Math.max(2, Math.max(...perIntent.values())));
  const foldOf = stratifiedFolds(pool, folds, settings.seed);
  const k = classes.length;
  // held[c][i]: scores of example i over all classes from the fold model that left it out.
  const held = grid.map(() => pool.map(() => new Float64Array(k).fill(Number.NEGATIVE_INFINITY)));
  const isScored = pool.map(() => false);
  const scores = new Float64Array(k);
  for (let f = 0; f < folds; f++) {
    const train = pool.filter((_, i) => foldOf[i] !== f);
    if (new Set(train.map((e) => e.intent)).size < 2) continue;
    const prepared = prepare(train);
    const { vocabulary, data } = prepared;
    const local = prepared.classes.map((c) => classIndex.get(c) ?? 0);
    const logistic = await fitLogistic(data, vocabulary.size, local.length, settings);
    for (const [g, c] of grid.entries()) {
      const model = await combine(prepared, logistic, c, settings);
      pool.forEach((e, i) => {
        if (foldOf[i] !== f) return;
        scoresOf(model, e.text, scores.subarray(0, local.length));
        const out = held[g]?.[i];
        if (!out) return;
        local.forEach((global, j) => {
          out[global] = scores[j] ?? 0;
        });
        // An intent missing from this fold's training cannot be recognised; it is not judged.
        isScored[i] = prepared.classes.includes(e.intent);
      });
    }
  }
  const isOutOfScope = (e: IntentExample) => OUT_OF_SCOPE_LABELS.has(e.intent);
  const hasOutOfScope = pool.some(isOutOfScope);
  const p = new Float64Array(k);
  let best: {
    g: number;
    score: number;
    calibration: Calibration;
    report: IntentTrainingReport;
  } | null = null;
  const candidates: { svmC: number; accuracy: number }[] = [];
  for (const [g, c] of grid.entries()) {
    const raw: HeldOut[] = [];
    pool.forEach((e, i) => {
      const s = held[g]?.[i];
      if (!s || !isScored[i]) return;
      raw.push({ scores: s, y: isOutOfScope(e) ? -1 : (classIndex.get(e.intent) ?? -1) });
    });
    const calibration = calibrateScores(classes, raw, settings);
    let right = 0;
    let answeredRight = 0;
    let inScope = 0;
    let outOfScope = 0;
    let abstained = 0;
    for (const { scores: s, y } of raw) {
      softmax(s, calibration.temperature, p);
      let top = 0;
      for (let j = 1; j < k; j++) if ((p[j] ?? 0) > (p[top] ?? 0)) top = j;
      const abstains =
        OUT_OF_SCOPE_LABELS.has(classes[top] ?? '') || (p[top] ?? 0) < calibration.threshold;
      if (y < 0) {
        outOfScope++;
        if (abstains) abstained++;
        continue;
      }
      inScope++;
      if (top === y) {
        right++;
        if (!abstains) answeredRight++;
      }
    }
    const accuracy = right / Math.max(1, inScope);
    const recall = outOfScope > 0 ? abstained / outOfScope : null;
    candidates.push({ svmC: c, accuracy: round(accuracy) });
    const score =
      recall === null
        ? accuracy
        : (1 - settings.outOfScopeShare) * (answeredRight / Math.max(1, inScope)) +
          settings.outOfScopeShare * recall;
    // Ties (within one example's worth) go to the smaller C: the simpler model.
    if (!best || score > best.score + 0.5 / Math.max(1, raw.length)) {
      best = {
        g,
        score,
        calibration,
        report: {
          examples: examples.length,
          folds,
          svmC: c,
          candidates,
          accuracy: round(accuracy),
          answeredRight: round(answeredRight / Math.max(1, inScope)),
          outOfScopeRecall: recall === null ? null : round(recall),
          temperature: round(calibration.temperature),
          threshold: round(calibration.threshold),
        },
      };
    }
  }
  if (!best) return null;
  if (!hasOutOfScope) best.report.outOfScopeRecall = null;
  return {
    svmC: grid[best.g] ?? DEFAULTS.svmC,
    calibration: best.calibration,
    report: best.report,
  };
}

const EMPTY_REPORT: IntentTrainingReport = {
  examples: 0,
  folds: 0,
  svmC: 0,
  candidates: [],
  accuracy: null,
  answeredRight: null,
  outOfScopeRecall: null,
  temperature: 1,
  threshold: 0,
};

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A tenant's intent model: word and character n-gram TF-IDF features, multinomial logistic
 * regression averaged with linear SVMs, temperature-calibrated probabilities and a threshold below which it abstains.
 * Immutable once trained, so a new model can replace it atomically.
 */
export class IntentClassifier {
  readonly #model: Weights;
  readonly #calibration: Calibration;
  readonly #scores: Float64Array;
  readonly #p: Float64Array;
  readonly #report: IntentTrainingReport;

  private constructor(model: Weights, calibration: Calibration, report: IntentTrainingReport) {
    this.#model = model;
    this.#calibration = calibration;
    this.#report = report;
    this.#scores = new Float64Array(model.classes.length);
    this.#p = new Float64Array(model.classes.length);
  }

  /** Trains in slices between event-loop turns; resolves with the calibrated model. */
  static async train(
    examples: IntentExample[],
    options: IntentTrainOptions = {},
  ): Promise<IntentClassifier> {
    const settings = { ...DEFAULTS, ...options };
    const { validation: given, ...rest } = settings;
    const fixedC = options.svmC;
    const cleaned = examples
      .map((e) => ({ text: e.text.trim(), intent: e.intent.trim() }))
      .filter((e) => e.text && e.intent);
    const intents = new Set(cleaned.map((e) => e.intent));
    if (intents.size === 0) throw new Error('No intent examples to train on');
    if (intents.size === 1) {
      // One intent has nothing to be told apart from: only abstention can be learnt.
      cleaned.push({ text: '\u0000', intent: 'out_of_scope' });
    }
    const { svmC: _c, ...fitOptions } = rest;
    if (given && given.length > 0) {
      const svmC = fixedC ?? DEFAULTS.svmC;
      const model = await fit(cleaned, svmC, fitOptions);
      const calibration = calibrate(model, given, settings);
      return new IntentClassifier(model, calibration, {
        ...EMPTY_REPORT,
        examples: cleaned.length,
        svmC,
        temperature: round(calibration.temperature),
        threshold: round(calibration.threshold),
      });
    }
    const chosen = await crossValidate(cleaned, fixedC === undefined ? SVM_C_GRID : [fixedC], {
      ...settings,
      svmC: fixedC ?? DEFAULTS.svmC,
    });
    const svmC = chosen?.svmC ?? fixedC ?? DEFAULTS.svmC;
    const calibration = chosen?.calibration ?? { temperature: 1, threshold: MIN_THRESHOLD };
    const report = chosen?.report ?? {
      ...EMPTY_REPORT,
      examples: cleaned.length,
      svmC,
      temperature: 1,
      threshold: MIN_THRESHOLD,
    };
    return new IntentClassifier(await fit(cleaned, svmC, fitOptions), calibration, report);
  }

  /** How the model was chosen: the cross-validated settings and accuracy. */
  get report(): IntentTrainingReport {
    return this.#report;
  }

  get intents(): string[] {
    return this.#model.classes.filter((c) => !OUT_OF_SCOPE_LABELS.has(c));
  }

  get threshold(): number {
    return this.#calibration.threshold;
  }

  /** Calibrated probabilities of every intent, best first. */
  rank(text: string): IntentPrediction[] {
    scoresOf(this.#model, text, this.#scores);
    softmax(this.#scores, this.#calibration.temperature, this.#p);
    return this.#model.classes
      .map((name, c) => ({ name, confidence: this.#p[c] ?? 0 }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  /** The intent, or null when the text is out of scope or the model is unsure. */
  classify(text: string): IntentPrediction | null {
    const top = this.rank(text)[0];
    if (!top || OUT_OF_SCOPE_LABELS.has(top.name) || top.confidence < this.#calibration.threshold)
      return null;
    return { name: top.name, confidence: Math.round(top.confidence * 1000) / 1000 };
  }
}
