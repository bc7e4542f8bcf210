import { intentNormalise, intentStem } from './intent-text.js';

/** A sparse vector: parallel feature ids and values, ids unique. */
export type SparseVector = { ids: Int32Array; values: Float32Array };

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}\p{M}']+/gu;
const LATIN = /^[\p{Script=Latin}']+$/u;
const DIGITS = /^\p{N}+$/u;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Words for intent features. Unlike FAQ tokenisation nothing is dropped or merged into a
 * synonym: "can't" and "why" are what tell two intents apart.
 */
export function intentWords(text: string): string[] {
  const width = intentNormalise(text);
  const raw = HAN_OR_KANA.test(width)
    ? [...segmenter.segment(width)].flatMap((s) => (s.isWordLike ? [s.segment] : []))
    : (width.match(WORD) ?? []);
  return raw.map((word) => (DIGITS.test(word) ? '#' : LATIN.test(word) ? intentStem(word) : word));
}

/** Raw feature counts: word unigrams and bigrams, and character n-grams within words. */
export function intentFeatureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const words = intentWords(text);
  for (let i = 0; i < words.length; i++) {
    add(`w ${words[i]}`);
    add(`b ${i === 0 ? '^' : words[i - 1]} ${words[i]}`);
  }
  if (words.length > 0) add(`b ${words[words.length - 1]} $`);
  // Characters within each word (padded by spaces, as scikit-learn's char_wb): spelling
  // variants and unseen inflections still meet. CJK has no spaces: n-grams of the whole text.
  const cjk = HAN_OR_KANA.test(text);
  const width = intentNormalise(text);
  const pieces = cjk ? [width] : (width.match(WORD) ?? []);
  const [low, high] = cjk ? [1, 3] : [CHAR_LOW, 5];
  for (const piece of pieces) {
    const chars = [...` ${piece} `];
    for (let n = low; n <= high; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n).join('');
        if (gram.trim()) add(`c ${gram}`);
      }
    }
  }
  return counts;
}

const CHAR_LOW = 2;

/** Character-block weight against the word block, both L2-normalised first. */
const CHAR_WEIGHT = 1;

/** Vocabulary with IDF, fixed at training: unseen features are ignored at prediction. */
export class IntentVocabulary {
  readonly #ids: Map<string, number>;
  readonly #idf: Float32Array;

  private constructor(ids: Map<string, number>, idf: Float32Array) {
    this.#ids = ids;
    this.#idf = idf;
  }

  /** Features seen in at least `minCount` texts; the last id is the bias. */
  static build(texts: string[], minCount = 2): IntentVocabulary {
    const df = new Map<string, number>();
    for (const text of texts) {
      for (const key of intentFeatureCounts(text).keys()) {
        df.set(key, (df.get(key) ?? 0) + 1);
      }
    }
    const ids = new Map<string, number>();
    const idf: number[] = [];
    for (const [key, count] of df) {
      // Words are kept from one occurrence: in a small training set each one counts.
      if (count < minCount && !key.startsWith('w ')) continue;
      ids.set(key, idf.length);
      idf.push(Math.log((1 + texts.length) / (1 + count)) + 1);
    }
    idf.push(1);
    return new IntentVocabulary(ids, Float32Array.from(idf));
  }

  /** Number of features including the bias. */
  get size(): number {
    return this.#idf.length;
  }

  vectorise(text: string): SparseVector {
    const ids: number[] = [];
    const values: number[] = [];
    const isChar: boolean[] = [];
    let wordNorm = 0;
    let charNorm = 0;
    for (const [key, count] of intentFeatureCounts(text)) {
      const id = this.#ids.get(key);
      if (id === undefined) continue;
      const value = (1 + Math.log(count)) * (this.#idf[id] ?? 1);
      const char = key.startsWith('c ');
      ids.push(id);
      values.push(value);
      isChar.push(char);
      if (char) charNorm += value * value;
      else wordNorm += value * value;
    }
    // Each block is normalised on its own so that long texts do not drown the words.
    const wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
    const charScale = charNorm > 0 ? CHAR_WEIGHT / Math.sqrt(charNorm) : 0;
    for (let i = 0; i < values.length; i++) {
      values[i] = (values[i] ?? 0) * (isChar[i] ? charScale : wordScale);
    }
    ids.push(this.size - 1);
    values.push(1);
    return { ids: Int32Array.from(ids), values: Float32Array.from(values) };
  }
}
