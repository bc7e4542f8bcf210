import { IntentVocabulary } from './intent-features.js';
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
  /** C (inverse regularisation) of the squared-hinge SVMs; 0 trains the logistic model alone. */
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

/**
 * Multinomial logistic regression and one-vs-rest squared-hinge SVMs on the same features:
 * the two losses err on different texts. Each model's scores are divided by its typical
 * training margin and the two averaged into one weight matrix, so prediction costs one model.
 */
async function fit(
  examples: IntentExample[],
  options: Required<Omit<IntentTrainOptions, 'validation'>>,
): Promise<Weights> {
  const classes = [...new Set(examples.map((e) => e.intent))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const k = classes.length;
  const vocabulary = IntentVocabulary.build(examples.map((e) => e.text));
  const data = examples.map((e) => ({
    x: vocabulary.vectorise(e.text),
    y: classIndex.get(e.intent) ?? 0,
  }));
  const w = await fitLogistic(data, vocabulary.size, k, options);
  if (!(options.svmC > 0)) return { classes, vocabulary, w };
  const svm = await fitSvm(data, vocabulary.size, k, { ...options, c: options.svmC });
  const a = SCORE_SCALE / 2 / scoreSpread(w, k, data);
  const b = SCORE_SCALE / 2 / scoreSpread(svm, k, data);
  for (let i = 0; i < w.length; i++) w[i] = a * (w[i] ?? 0) + b * (svm[i] ?? 0);
  return { classes, vocabulary, w };
}

/** Stratified split: about `share` of each intent's examples (at least one kept for training). */
function holdOut(examples: IntentExample[], share: number, seed: number) {
  const rng = random(seed);
  const byIntent = new Map<string, IntentExample[]>();
  for (const e of examples) byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), e]);
  const train: IntentExample[] = [];
  const validation: IntentExample[] = [];
  for (const list of byIntent.values()) {
    const shuffled = [...list].sort(() => rng() - 0.5);
    const n = list.length >= 3 ? Math.max(1, Math.round(list.length * share)) : 0;
    validation.push(...shuffled.slice(0, n));
    train.push(...shuffled.slice(n));
  }
  return { train, validation };
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
  { inScopeKeep, outOfScopeShare }: { inScopeKeep: number; outOfScopeShare: number },
): Calibration {
  const k = model.classes.length;
  const classIndex = new Map(model.classes.map((c, i) => [c, i]));
  const raw = validation.map((e) => {
    const scores = new Float64Array(k);
    scoresOf(model, e.text, scores);
    return { scores, y: OUT_OF_SCOPE_LABELS.has(e.intent) ? -1 : (classIndex.get(e.intent) ?? -1) };
  });
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
  const oosClasses = new Set(
    model.classes.flatMap((c, i) => (OUT_OF_SCOPE_LABELS.has(c) ? [i] : [])),
  );
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

  private constructor(model: Weights, calibration: Calibration) {
    this.#model = model;
    this.#calibration = calibration;
    this.#scores = new Float64Array(model.classes.length);
    this.#p = new Float64Array(model.classes.length);
  }

  /** Trains in slices between event-loop turns; resolves with the calibrated model. */
  static async train(
    examples: IntentExample[],
    options: IntentTrainOptions = {},
  ): Promise<IntentClassifier> {
    const settings = { ...DEFAULTS, ...options };
    const { validation: given, ...fitOptions } = settings;
    const cleaned = examples
      .map((e) => ({ text: e.text.trim(), intent: e.intent.trim() }))
      .filter((e) => e.text && e.intent);
    const intents = new Set(cleaned.map((e) => e.intent));
    if (intents.size === 0) throw new Error('No intent examples to train on');
    if (intents.size === 1) {
      // One intent has nothing to be told apart from: only abstention can be learnt.
      cleaned.push({ text: '\u0000', intent: 'out_of_scope' });
    }
    let calibration: Calibration;
    if (given && given.length > 0) {
      const model = await fit(cleaned, fitOptions);
      calibration = calibrate(model, given, settings);
      return new IntentClassifier(model, calibration);
    }
    const { train, validation } = holdOut(cleaned, 0.2, settings.seed);
    if (validation.length >= 10 && new Set(train.map((e) => e.intent)).size === intents.size) {
      calibration = calibrate(await fit(train, fitOptions), validation, settings);
    } else {
      calibration = { temperature: 1, threshold: MIN_THRESHOLD };
    }
    return new IntentClassifier(await fit(cleaned, fitOptions), calibration);
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
