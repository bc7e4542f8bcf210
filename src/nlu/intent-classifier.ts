import { IntentVocabulary, type SparseVector } from './intent-features.js';

export type IntentExample = { text: string; intent: string };
export type IntentPrediction = { name: string; confidence: number };

/** Examples labelled with one of these teach the model what is *not* an intent. */
export const OUT_OF_SCOPE_LABELS: ReadonlySet<string> = new Set(['out_of_scope', 'oos']);

export type IntentTrainOptions = {
  /** Passes over the data. */
  epochs?: number;
  /** AdaGrad base learning rate. */
  learningRate?: number;
  /** L2 penalty per update. */
  l2?: number;
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
  epochs: 15,
  learningRate: 0.05,
  l2: 1e-6,
  inScopeKeep: 0.95,
  outOfScopeShare: 0.2,
  seed: 7,
  sliceMs: 8,
};

/** Deterministic PRNG (mulberry32): the same data trains the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function softmax(scores: Float64Array, temperature: number, out: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    const e = Math.exp(((scores[k] ?? 0) - max) / temperature);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) / sum;
}

type Weights = { classes: string[]; vocabulary: IntentVocabulary; w: Float32Array };

function scoresOf(model: Weights, x: SparseVector, out: Float64Array): void {
  const k = model.classes.length;
  out.fill(0);
  for (let j = 0; j < x.ids.length; j++) {
    const base = (x.ids[j] ?? 0) * k;
    const v = x.values[j] ?? 0;
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + v * (model.w[base + c] ?? 0);
  }
}

/** Multinomial logistic regression fitted with AdaGrad; sparse updates skip settled classes. */
async function fit(
  examples: IntentExample[],
  options: Required<Omit<IntentTrainOptions, 'validation'>>,
): Promise<Weights> {
  const classes = [...new Set(examples.map((e) => e.intent))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const vocabulary = IntentVocabulary.build(examples.map((e) => e.text));
  const k = classes.length;
  const w = new Float32Array(vocabulary.size * k);
  const g2 = new Float32Array(vocabulary.size * k);
  const data = examples.map((e) => ({
    x: vocabulary.vectorise(e.text),
    y: classIndex.get(e.intent) ?? 0,
  }));
  const rng = random(options.seed);
  const order = data.map((_, i) => i);
  const scores = new Float64Array(k);
  const p = new Float64Array(k);
  const active: number[] = [];
  let sliceStart = performance.now();
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const item = data[index];
      if (!item) continue;
      scoresOf({ classes, vocabulary, w }, item.x, scores);
      softmax(scores, 1, p);
      active.length = 0;
      for (let c = 0; c < k; c++) {
        const g = (p[c] ?? 0) - (c === item.y ? 1 : 0);
        if (g > 1e-4 || g < -1e-4) active.push(c);
        p[c] = g;
      }
      for (let j = 0; j < item.x.ids.length; j++) {
        const base = (item.x.ids[j] ?? 0) * k;
        const v = item.x.values[j] ?? 0;
        for (const c of active) {
          const at = base + c;
          const weight = w[at] ?? 0;
          const grad = (p[c] ?? 0) * v + options.l2 * weight;
          const acc = (g2[at] ?? 0) + grad * grad;
          g2[at] = acc;
          w[at] = weight - (options.learningRate * grad) / Math.sqrt(acc + 1e-8);
        }
      }
      if (performance.now() - sliceStart > options.sliceMs) {
        await yieldToLoop();
        sliceStart = performance.now();
      }
    }
  }
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
 * top probability: with out-of-scope examples, the one maximising accuracy over a traffic mix
 * where `outOfScopeShare` of the messages are out of scope; without, the one that keeps `inScopeKeep` of the
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
    scoresOf(model, model.vocabulary.vectorise(e.text), scores);
    return { scores, y: OUT_OF_SCOPE_LABELS.has(e.intent) ? -1 : (classIndex.get(e.intent) ?? -1) };
  });
  const p = new Float64Array(k);
  let temperature = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.25; t <= 4; t *= 1.15) {
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
  return { temperature, threshold: Math.max(threshold, MIN_THRESHOLD) };
}

/**
 * A tenant's intent model: word and character n-gram TF-IDF features, multinomial logistic
 * regression, temperature-calibrated probabilities and a threshold below which it abstains.
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
    const x = this.#model.vocabulary.vectorise(text);
    scoresOf(this.#model, x, this.#scores);
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
