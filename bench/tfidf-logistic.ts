import type { IntentExample } from '../src/nlu/index.js';
import { fitLogistic, linearScores, softmax } from '../src/nlu/intent-linear.js';

/**
 * The plain intent baseline: TF-IDF over lower-cased word unigrams and bigrams (sublinear tf,
 * L2-normalised) and multinomial logistic regression with fixed settings, tuned on nothing.
 * Abstains below a top probability that keeps 95 % of its own training texts (a rule, not a
 * fit to any test data).
 */
export async function trainTfidfLogistic(
  examples: IntentExample[],
  { tokenise, epochs = 10 }: { tokenise?: (text: string) => string[]; epochs?: number } = {},
) {
  const words =
    tokenise ??
    ((text: string) => {
      const w = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      return [...w, ...w.slice(1).map((x, i) => `${w[i]} ${x}`)];
    });
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const e of examples) {
    for (const term of new Set(words(e.text))) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = examples.length;
  const vectorise = (text: string) => {
    const counts = new Map<number, number>();
    for (const term of words(text)) {
      const id = ids.get(term);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const entries = [...counts].map(
      ([id, tf]) => [id, (1 + Math.log(tf)) * Math.log((1 + n) / (1 + (df[id] ?? 0)) + 1)] as const,
    );
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return {
      ids: Int32Array.from(entries.map(([id]) => id)),
      values: Float32Array.from(entries.map(([, v]) => v / norm)),
    };
  };
  const classes = [...new Set(examples.map((e) => e.intent))].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const data = examples.map((e) => ({ x: vectorise(e.text), y: index.get(e.intent) ?? 0 }));
  const w = await fitLogistic(data, ids.size, classes.length, {
    epochs,
    learningRate: 0.5,
    l2: 1e-5,
    seed: 1,
    sliceMs: 1000,
  });
  const scores = new Float64Array(classes.length);
  const rank = (text: string) => {
    linearScores(w, classes.length, vectorise(text), scores);
    softmax(scores, 1, scores);
    let best = 0;
    for (let c = 1; c < classes.length; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
    return { name: classes[best] ?? '', confidence: scores[best] ?? 0 };
  };
  const tops = examples.map((e) => rank(e.text).confidence).sort((a, b) => a - b);
  const threshold = tops[Math.floor(0.05 * tops.length)] ?? 0;
  return {
    classify: (text: string) => {
      const top = rank(text);
      return top.confidence >= threshold ? top : null;
    },
    rank,
  };
}
