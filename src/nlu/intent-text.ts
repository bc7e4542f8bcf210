/**
 * Text normalisation and stemming for intent features, kept apart from FAQ tokenisation so
 * that a trained intent model's features stay stable when retrieval's analysis changes.
 */

const KATAKANA = /[\u30a1-\u30fc]/;
const APOSTROPHE = /['‘’`´]/;

/** Width (NFKC), case, katakana long-vowel and punctuation cleanup. */
export function intentNormalise(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  if (KATAKANA.test(out)) {
    out = out
      // A dash or wave typed after katakana is almost always a long-vowel mark.
      .replace(/(?<=[\u30a1-\u30fc])[-‐‑–—―−~〜～]/g, 'ー')
      .replace(/ー{2,}/g, 'ー')
      // サーバー/サーバ: the final long vowel is spelled both ways.
      .replace(/(?<=[\u30a1-\u30fc][\u30a1-\u30fa])ー(?![\u30a1-\u30fc])/g, '');
  }
  if (APOSTROPHE.test(out)) {
    // Apostrophes inside words (don't, what's) carry meaning; other punctuation does not.
    out = out.replace(/[‘’`´]/g, "'").replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ');
  }
  return out
    .replace(/[^\p{L}\p{N}\p{M}'ー\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CONTRACTION = /'(s|d|m|re|ve|ll|t)$/;
const DOUBLE_CONSONANT = /([bcdfgkmnprt])\1$/;

/** Light English suffix stripping: shipping/shipped/ships meet, nothing clever. */
export function intentStem(word: string): string {
  let stem = word.replace(CONTRACTION, '').replace(/n$/, (n) => (word.endsWith("n't") ? '' : n));
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/.test(stem))
    stem = stem.slice(0, -1);
  let stripped = false;
  if (stem.length > 5 && stem.endsWith('ing')) {
    stem = stem.slice(0, -3);
    stripped = true;
  } else if (stem.length > 4 && stem.endsWith('ed')) {
    stem = stem.slice(0, -2);
    stripped = true;
  }
  if (stripped && DOUBLE_CONSONANT.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
