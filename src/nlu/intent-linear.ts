import type { SparseVector } from './intent-features.js';

/**
 * Linear intent models over sparse features. Weights are laid out feature-major
 * (`w[feature * classes + class]`) so that scoring a text touches one run per feature.
 */

export type LabelledVector = { x: SparseVector; y: number };

/** Deterministic PRNG (mulberry32): the same data trains the same model. */
export function random(seed: number): () => number {
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

/**
 * Returns a promise once `sliceMs` have passed since the last event-loop turn (checked every
 * 16 calls), else undefined: awaiting only then keeps tight loops free of microtask turns.
 */
function slicer(sliceMs: number): () => Promise<void> | undefined {
  let start = performance.now();
  let calls = 0;
  return () => {
    if ((++calls & 15) !== 0 || performance.now() - start <= sliceMs) return undefined;
    return yieldToLoop().then(() => {
      start = performance.now();
    });
  };
}

export function softmax(scores: Float64Array, temperature: number, out: Float64Array): void {
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

export function linearScores(w: Float32Array, k: number, x: SparseVector, out: Float64Array): void {
  out.fill(0);
  for (let j = 0; j < x.ids.length; j++) {
    const base = (x.ids[j] ?? 0) * k;
    const v = x.values[j] ?? 0;
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + v * (w[base + c] ?? 0);
  }
}

function shuffle(order: Int32Array | number[], length: number, rng: () => number): void {
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
}

/** Multinomial logistic regression fitted with AdaGrad; sparse updates skip settled classes. */
export async function fitLogistic(
  data: LabelledVector[],
  dim: number,
  k: number,
  o: { epochs: number; learningRate: number; l2: number; seed: number; sliceMs: number },
): Promise<Float32Array> {
  const w = new Float32Array(dim * k);
  const g2 = new Float32Array(dim * k);
  const rng = random(o.seed);
  const order = data.map((_, i) => i);
  const p = new Float64Array(k);
  const active: number[] = [];
  const pause = slicer(o.sliceMs);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, order.length, rng);
    for (const index of order) {
      const item = data[index];
      if (!item) continue;
      linearScores(w, k, item.x, p);
      softmax(p, 1, p);
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
          const grad = (p[c] ?? 0) * v + o.l2 * weight;
          const acc = (g2[at] ?? 0) + grad * grad;
          g2[at] = acc;
          w[at] = weight - (o.learningRate * grad) / Math.sqrt(acc + 1e-8);
        }
      }
      const wait = pause();
      if (wait) await wait;
    }
  }
  return w;
}

/**
 * One-vs-rest linear SVMs with the squared hinge loss, each solved exactly by dual coordinate
 * descent with shrinking (Hsieh et al. 2008, as in LIBLINEAR): no learning rate to tune, only C.
 */
export async function fitSvm(
  data: LabelledVector[],
  dim: number,
  k: number,
  o: { c: number; epsilon?: number; maxPasses?: number; seed: number; sliceMs: number },
): Promise<Float32Array> {
  const n = data.length;
  const epsilon = o.epsilon ?? 0.5;
  const maxPasses = o.maxPasses ?? 200;
  const out = new Float32Array(dim * k);
  const w = new Float64Array(dim);
  const alpha = new Float64Array(n);
  const diag = 1 / (2 * o.c);
  const q = data.map(({ x }) => {
    let s = diag;
    for (let j = 0; j < x.values.length; j++) s += (x.values[j] ?? 0) ** 2;
    return s;
  });
  const rng = random(o.seed);
  const index = new Int32Array(n);
  const pause = slicer(o.sliceMs);
  for (let c = 0; c < k; c++) {
    w.fill(0);
    alpha.fill(0);
    for (let i = 0; i < n; i++) index[i] = i;
    let active = n;
    let bound = Number.POSITIVE_INFINITY;
    for (let pass = 0; pass < maxPasses; pass++) {
      let pgMax = Number.NEGATIVE_INFINITY;
      let pgMin = Number.POSITIVE_INFINITY;
      shuffle(index, active, rng);
      for (let s = 0; s < active; s++) {
        const i = index[s] ?? 0;
        const item = data[i];
        if (!item) continue;
        const { ids, values } = item.x;
        const y = item.y === c ? 1 : -1;
        let dot = 0;
        for (let j = 0; j < ids.length; j++) dot += (w[ids[j] ?? 0] ?? 0) * (values[j] ?? 0);
        const a = alpha[i] ?? 0;
        const g = y * dot - 1 + diag * a;
        let pg = g;
        if (a === 0) {
          if (g > bound) {
            // Settled outside the margin: leave it out until the final check.
            active--;
            index[s] = index[active] ?? 0;
            index[active] = i;
            s--;
            continue;
          }
          if (g > 0) pg = 0;
        }
        if (pg > pgMax) pgMax = pg;
        if (pg < pgMin) pgMin = pg;
        if (pg !== 0) {
          const next = Math.max(a - g / (q[i] ?? 1), 0);
          const d = (next - a) * y;
          alpha[i] = next;
          for (let j = 0; j < ids.length; j++) {
            const id = ids[j] ?? 0;
            w[id] = (w[id] ?? 0) + d * (values[j] ?? 0);
          }
        }
        const wait = pause();
        if (wait) await wait;
      }
      if (pgMax - pgMin <= epsilon) {
        if (active === n) break;
        active = n;
        bound = Number.POSITIVE_INFINITY;
        continue;
      }
      bound = pgMax > 0 ? pgMax : Number.POSITIVE_INFINITY;
    }
    for (let f = 0; f < dim; f++) out[f * k + c] = w[f] ?? 0;
  }
  return out;
}

/**
 * Typical winning margin of a model on its training data: the mean gap between the top score
 * and the mean of the others. Dividing by it puts models trained with different losses on one
 * scale before their scores are added.
 */
export function scoreSpread(w: Float32Array, k: number, data: LabelledVector[]): number {
  if (k < 2) return 1;
  const scores = new Float64Array(k);
  let total = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += Math.max(1, Math.floor(data.length / 2000))) {
    const item = data[i];
    if (!item) continue;
    linearScores(w, k, item.x, scores);
    let max = Number.NEGATIVE_INFINITY;
    let sum = 0;
    for (const s of scores) {
      sum += s;
      if (s > max) max = s;
    }
    total += max - (sum - max) / (k - 1);
    n++;
  }
  const spread = n > 0 ? total / n : 0;
  return spread > 1e-9 ? spread : 1;
}
