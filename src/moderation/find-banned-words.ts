export type BannedWordMatch = { word: string; start: number; end: number };

const isAsciiWord = (word: string) => /^[\x20-\x7e]+$/.test(word);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the text contains a banned word (case-insensitive). Latin words match whole words
 * only ("class" is not "ass"); Japanese words, written without spaces, match anywhere.
 * Offsets are UTF-16 indices into the original text, for highlighting.
 */
export function findBannedWords(text: string, words: readonly string[]): BannedWordMatch[] {
  const unique = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  if (unique.length === 0) return [];
  // Longest first, so "bullshit" wins over "shit" at the same place.
  unique.sort((a, b) => b.length - a.length);
  const alternatives = unique.map((w) =>
    isAsciiWord(w) ? `(?<![A-Za-z0-9])${escapeRegExp(w)}(?![A-Za-z0-9])` : escapeRegExp(w),
  );
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  const matches: BannedWordMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    matches.push({ word: m[0], start, end: start + m[0].length });
  }
  return matches;
}
