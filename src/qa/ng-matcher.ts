/**
 * Finding listed words in any written variant: full or half width, hiragana or katakana,
 * upper or lower case, and with spaces or symbols slipped between the letters (ば か,
 * b.a.k.a). The text is reduced to a "skeleton" (folded letters only) that remembers where
 * each skeleton character came from, so a match is reported as a UTF-16 span of the
 * ORIGINAL text.
 */

export type Skeleton = {
  /** Folded letters and digits, separators left out. */
  chars: string;
  /** For each skeleton character, the UTF-16 offset in the original where its source starts. */
  starts: number[];
  /** …and where it ends. */
  ends: number[];
  /** 0 = nothing skipped before this character; 1 = soft separators (spaces, symbols); 2 = a hard break. */
  gapBefore: number[];
};

/** Separators: whitespace, punctuation and symbols. The prolonged sound mark ー is a letter. */
const SEPARATOR = /[\s\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]/u;
/** Separators that end a sentence or clause: words never join across them. */
const HARD_BREAK = /[\n\r、。，．！？!?「」『』（）()【】]/u;
const HALF_VOICED = /[\uFF9E\uFF9F]/;

const foldChar = (text: string): string => {
  let folded = text.normalize('NFKC').toLowerCase();
  // Katakana → hiragana (ァ..ヶ are 0x60 above ぁ..ゖ).
  let out = '';
  for (const ch of folded) {
    const code = ch.charCodeAt(0);
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : ch;
  }
  folded = out;
  return folded;
};

/** Folds one word the same way, dropping every separator ("shut up" → "shutup"). */
export function foldWord(word: string): string {
  return skeletonOf(word).chars;
}

/** Clause-ending ASCII punctuation and brackets; other ASCII symbols and spaces are soft. */
const ASCII_HARD = new Set([10, 13, 33, 63, 40, 41]);

export function skeletonOf(text: string): Skeleton {
  const length = text.length;
  let chars = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const gaps: number[] = [];
  let gap = 0;
  let i = 0;
  // Letters are appended inline (no helper closure): this runs for every stored message.
  while (i < length) {
    const code = text.charCodeAt(i);
    // Fast paths for what chat text is mostly made of: ASCII, kana, ideographs.
    let folded = -1;
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) folded = code;
      else if (code >= 0x41 && code <= 0x5a) folded = code + 32;
      else gap = ASCII_HARD.has(code) ? 2 : Math.max(gap, 1);
    } else if (
      (code >= 0x3041 && code <= 0x3096) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      code === 0x30fc
    ) {
      folded = code;
    } else if (code >= 0x30a1 && code <= 0x30f6) {
      folded = code - 0x60;
    } else {
      const point = text.codePointAt(i) ?? 0;
      const width = point > 0xffff ? 2 : 1;
      let raw = text.slice(i, i + width);
      let end = i + width;
      // Half-width katakana with a separate voiced mark (ﾊﾞ) is one letter (バ).
      if (end < length && HALF_VOICED.test(text[end] ?? '')) {
        raw += text[end];
        end++;
      }
      if (SEPARATOR.test(raw)) {
        gap = HARD_BREAK.test(raw) ? 2 : Math.max(gap, 1);
      } else {
        for (const ch of foldChar(raw)) {
          if (SEPARATOR.test(ch)) continue;
          chars += ch;
          starts.push(i);
          ends.push(end);
          gaps.push(gap);
          gap = 0;
        }
      }
      i = end;
      continue;
    }
    if (folded >= 0) {
      chars += String.fromCharCode(folded);
      starts.push(i);
      ends.push(i + 1);
      gaps.push(gap);
      gap = 0;
    }
    i++;
  }
  return { chars, starts, ends, gapBefore: gaps };
}

export type ListedWord = {
  /** As listed (for reports). */
  word: string;
  /** Folded, separators dropped. */
  folded: string;
  /** Positions inside `folded` where the listed word itself has a space ("shut up"). */
  ownGaps: ReadonlySet<number>;
  isLatin: boolean;
  /** Whatever the caller attaches (a rule, a severity). */
  tag: string;
};

export type WordMatch = { word: ListedWord; start: number; end: number; text: string };

const isLatinWord = (folded: string) => /^[a-z0-9]+$/.test(folded);
const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Words that contain a listed word but are innocent (バカンス is a holiday, not an insult):
 * a Japanese match inside one of these, at the same place, is not reported.
 */
const INNOCENT_CONTAINING: readonly string[] = [
  'バカンス',
  'ばかり',
  'ばかす',
  '場数',
  'アホウドリ',
  'シネマ',
  'しねん',
  'ねぼけ',
  'ピンぼけ',
  'ピンボケ',
  'とぼけ',
  'きもいり',
  'うざいく',
];

/** A compiled list: words bucketed by their first folded character. */
export type WordList = {
  byFirst: Map<number, ListedWord[]>;
  /** A bit per UTF-16 unit that starts a listed word: most letters of a text start none. */
  starts: Uint32Array;
  innocent: Map<string, { folded: string; offset: number }[]>;
};

export function compileWordList(entries: readonly { word: string; tag: string }[]): WordList {
  const byFirst = new Map<number, ListedWord[]>();
  const seen = new Set<string>();
  for (const { word, tag } of entries) {
    const folded = foldWord(word);
    if (folded.length === 0 || seen.has(`${tag}\u0000${folded}`)) continue;
    seen.add(`${tag}\u0000${folded}`);
    const sk = skeletonOf(word.trim());
    const ownGaps = new Set<number>();
    for (let k = 1; k < sk.chars.length; k++) if (sk.gapBefore[k]) ownGaps.add(k);
    const entry: ListedWord = { word, folded, ownGaps, isLatin: isLatinWord(folded), tag };
    const first = folded.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(entry);
    else byFirst.set(first, [entry]);
  }
  // Longest first, so "bullshit" wins over "shit" at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  const innocent = new Map<string, { folded: string; offset: number }[]>();
  for (const word of INNOCENT_CONTAINING) {
    const folded = foldWord(word);
    for (const list of byFirst.values()) {
      for (const listed of list) {
        const offset = folded.indexOf(listed.folded);
        if (offset < 0 || listed.isLatin) continue;
        const known = innocent.get(listed.folded) ?? [];
        known.push({ folded, offset });
        innocent.set(listed.folded, known);
      }
    }
  }
  const starts = new Uint32Array(0x10000 / 32);
  for (const first of byFirst.keys())
    starts[first >>> 5] = (starts[first >>> 5] as number) | (1 << (first & 31));
  return { byFirst, starts, innocent };
}

/** Checks the separators inside a candidate match: deliberate spacing, not two real words. */
function acceptsInnerGaps(sk: Skeleton, from: number, to: number, word: ListedWord): boolean {
  let pieceStart = from;
  let inserted = false;
  let longestPiece = 0;
  for (let k = from + 1; k < to; k++) {
    const gap = sk.gapBefore[k] ?? 0;
    if (gap === 0) continue;
    if (word.ownGaps.has(k - from)) continue;
    if (gap === 2) return false;
    inserted = true;
    longestPiece = Math.max(longestPiece, k - pieceStart);
    pieceStart = k;
  }
  if (!inserted) return true;
  longestPiece = Math.max(longestPiece, to - pieceStart);
  // "b.a.k.a", "ば か", "s h i t": every piece one letter (Japanese: up to two).
  return longestPiece <= (word.isLatin ? 1 : 2);
}

function isInnocent(list: WordList, sk: Skeleton, from: number, word: ListedWord): boolean {
  const known = list.innocent.get(word.folded);
  if (!known) return false;
  for (const { folded, offset } of known) {
    const at = from - offset;
    if (at >= 0 && sk.chars.startsWith(folded, at)) return true;
  }
  return false;
}

const HIRAGANA = /[\u3041-\u3096]/;
const KATAKANA = /[\u30a1-\u30f6\uff66-\uff9d]/;

/**
 * A match written partly in hiragana and partly in katakana without a separator between
 * (出来れ|ばカ|クテル) straddles two words: one word is written in one script.
 */
function isMixedKana(text: string, sk: Skeleton, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (sk.gapBefore[k]) return false;
  const span = text.slice(sk.starts[from], sk.ends[to - 1]);
  return HIRAGANA.test(span) && KATAKANA.test(span);
}

/** Every listed word in the text, left to right, not overlapping, with original UTF-16 spans. */
export function matchWords(
  text: string,
  list: WordList,
  sk: Skeleton = skeletonOf(text),
): WordMatch[] {
  const matches: WordMatch[] = [];
  const chars = sk.chars;
  let i = 0;
  while (i < chars.length) {
    const code = chars.charCodeAt(i);
    if (((list.starts[code >>> 5] as number) & (1 << (code & 31))) === 0) {
      i++;
      continue;
    }
    const candidates = list.byFirst.get(code);
    let matched = 0;
    if (candidates) {
      for (const word of candidates) {
        if (!chars.startsWith(word.folded, i)) continue;
        const to = i + word.folded.length;
        if (word.isLatin) {
          // Whole words only ("class" is not "ass", "scrap" is not "crap").
          if (i > 0 && !sk.gapBefore[i] && isAlnum(chars[i - 1])) continue;
          if (to < chars.length && !sk.gapBefore[to] && isAlnum(chars[to])) continue;
        } else if (isInnocent(list, sk, i, word) || isMixedKana(text, sk, i, to)) {
          continue;
        }
        if (!acceptsInnerGaps(sk, i, to, word)) continue;
        const start = sk.starts[i] as number;
        const end = sk.ends[to - 1] as number;
        matches.push({ word, start, end, text: text.slice(start, end) });
        matched = word.folded.length;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return matches;
}
