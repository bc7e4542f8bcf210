const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;
const KATAKANA = /[\u30a1-\u30fc]/;
const APOSTROPHE = /['‘’`´]/;

/**
 * Width, case, long-vowel and punctuation cleanup without folding katakana.
 * Tokenisation segments this form because ICU's dictionary splits words written
 * in katakana well but shreds the same words once they are turned into hiragana.
 */
export function normaliseWidth(text: string): string {
  // A message is normalised by the handoff check, the analyser and the bigrams in turn.
  if (text === lastWidthInput) return lastWidthOutput;
  const out = normaliseWidthUncached(text);
  lastWidthInput = text;
  lastWidthOutput = out;
  return out;
}

let lastWidthInput = '';
let lastWidthOutput = '';

function normaliseWidthUncached(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  // The katakana rules are costly lookbehinds; most text has no katakana at all.
  if (KATAKANA.test(out)) {
    out = out
      // A dash or wave typed after katakana is almost always a long-vowel mark.
      .replace(/(?<=[\u30a1-\u30fc])[-‐‑–—―−~〜～]/g, 'ー')
      .replace(/ー{2,}/g, 'ー')
      // サーバー/サーバ, ユーザー/ユーザ: the final long vowel is spelled both ways.
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

/** Katakana → hiragana so that カタカナ and かたかな compare equal. */
export function foldKana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out +=
      code >= KATAKANA_START && code <= KATAKANA_END
        ? String.fromCodePoint(code - KANA_OFFSET)
        : ch;
  }
  return out;
}

/** NFKC (full/half width), lowercase, katakana→hiragana, long-vowel and punctuation cleanup. */
export function normalise(text: string): string {
  return foldKana(normaliseWidth(text));
}
