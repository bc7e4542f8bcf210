/**
 * Folds what people type and what commands say into one form: NFKC turns full-width Latin and
 * digits (ｒｅｓｏｌｖｅ) and half-width kana (ｶﾅ) into their usual forms, case is ignored and
 * katakana match hiragana. Kana and Latin are not converted into each other: they match as typed.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every character of `needle` appears in `haystack` in order. */
const isSubsequence = (needle: string, haystack: string): boolean => {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at);
    if (at === -1) return false;
    at += char.length;
  }
  return true;
};

/**
 * How well one word of the query fits one text: a prefix beats the start of a word, which beats
 * anywhere inside, which beats the letters in order (fuzzy, for two or more characters). 0: no fit.
 */
const scoreWord = (word: string, text: string): number => {
  const at = text.indexOf(word);
  if (at === 0) return 4;
  if (at > 0) return /[\s:：/・(（「]/.test(text[at - 1] ?? '') ? 3 : 2;
  return [...word].length >= 2 && isSubsequence(word, text) ? 1 : 0;
};

/**
 * Scores a query against the texts of one command (its label in the UI language, its English
 * label, extra details). Every word of the query must fit one of the texts; 0 means no match.
 */
export function scoreMatch(query: string, texts: string[]): number {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return 1;
  const folded = texts.map(fold);
  let total = 0;
  for (const word of words) {
    const best = Math.max(0, ...folded.map((text) => scoreWord(word, text)));
    if (best === 0) return 0;
    total += best;
  }
  return total / words.length;
}
