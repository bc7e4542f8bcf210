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
  return keptRuns(out);
}

/** Letters, digits, marks, the apostrophe and ー: what a normalised text keeps. */
const KEPT = /^[\p{L}\p{N}\p{M}'ー]$/u;
/** Per UTF-16 code unit outside surrogates: 0 not yet seen, 1 kept, 2 a separator. */
const KIND = new Uint8Array(0x10000);

/**
 * The runs of kept characters joined by single spaces: every run of punctuation, symbols
 * and whitespace becomes one space, none at either end. Each code unit's class is looked up
 * once and remembered, rather than running Unicode-property expressions over every text.
 */
function keptRuns(text: string): string {
  let out = '';
  let runStart = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let width = 1;
    let kept: boolean;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is one code point; a lone surrogate is no letter.
      width = code <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      kept = width === 2 && KEPT.test(text.slice(i, i + 2));
    } else {
      let kind = KIND[code];
      if (kind === 0) {
        kind = KEPT.test(String.fromCharCode(code)) ? 1 : 2;
        KIND[code] = kind;
      }
      kept = kind === 1;
    }
    if (kept) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      out += out === '' ? text.slice(runStart, i) : ` ${text.slice(runStart, i)}`;
      runStart = -1;
    }
    i += width;
  }
  if (runStart === 0) return text;
  if (runStart > 0) out += out === '' ? text.slice(runStart) : ` ${text.slice(runStart)}`;
  return out;
}

/** Katakana → hiragana so that カタカナ and かたかな compare equal. */
export function foldKana(text: string): string {
  // Most text has no katakana; the rest is copied in slices between katakana letters.
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= KATAKANA_START && code <= KATAKANA_END) {
      out += text.slice(from, i) + String.fromCharCode(code - KANA_OFFSET);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

const FOLDABLE = /[\u30a1-\u30f6]/;

/** NFKC (full/half width), lowercase, katakana→hiragana, long-vowel and punctuation cleanup. */
export function normalise(text: string): string {
  return foldKana(normaliseWidth(text));
}
