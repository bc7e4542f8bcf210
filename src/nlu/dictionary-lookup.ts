/**
 * kuromoji's dictionary lookup without its quadratic cost. For every character position the
 * lattice builder asks the dictionary's double-array trie for the words starting there, and
 * the trie's `commonPrefixSearch` (from the `doublearray` package) first encodes the whole
 * rest of the sentence to UTF-8 and decodes every match back: O(n²) work and allocation per
 * sentence, most of kuromoji's time on a chat message. This search walks the trie one UTF-8
 * byte at a time straight from the string and stops where the trie does; it returns the same
 * matches in the same order (test/nlu-knowledge.test.ts compares it with the original).
 */

/** The parts of a doublearray trie the search reads: its base and check arrays. */
export type DoubleArrayTrie = {
  bc: { getBase(index: number): number; getCheck(index: number): number };
  commonPrefixSearch(key: string): PrefixMatch[];
};

/** One dictionary word the key starts with: its text `k` and record `v`. */
export type PrefixMatch = { k: string; v?: number };

const ROOT = 0;
/** The trie marks the end of a word with a child on this code. */
const TERMINAL = 0;

export function commonPrefixSearch(trie: DoubleArrayTrie, key: string): PrefixMatch[] {
  const { bc } = trie;
  const matches: PrefixMatch[] = [];
  let node = ROOT;
  const step = (code: number): boolean => {
    const child = bc.getBase(node) + code;
    if (bc.getCheck(child) !== node) return false;
    node = child;
    return true;
  };
  for (let i = 0; i < key.length; ) {
    let code = key.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = key.charCodeAt(i + 1);
      // The original gives up on a malformed pair, keeping no match at all.
      if (!(low >= 0xdc00 && low <= 0xdfff)) return [];
      code = (code - 0xd800) * 0x400 + 0x10000 + (low - 0xdc00);
      width = 2;
    }
    const found =
      code < 0x80
        ? step(code)
        : code < 0x800
          ? step((code >>> 6) | 0xc0) && step((code & 0x3f) | 0x80)
          : code < 0x10000
            ? step((code >>> 12) | 0xe0) &&
              step(((code >>> 6) & 0x3f) | 0x80) &&
              step((code & 0x3f) | 0x80)
            : step((code >>> 18) | 0xf0) &&
              step(((code >>> 12) & 0x3f) | 0x80) &&
              step(((code >>> 6) & 0x3f) | 0x80) &&
              step((code & 0x3f) | 0x80);
    if (!found) break;
    i += width;
    const end = bc.getBase(node) + TERMINAL;
    if (bc.getCheck(end) === node) {
      const base = bc.getBase(end);
      matches.push(base <= 0 ? { v: -base - 1, k: key.slice(0, i) } : { k: key.slice(0, i) });
    }
  }
  return matches;
}

/** Points a loaded kuromoji tokenizer's trie at the search above. */
export function speedUpLookups(tokenizer: unknown): void {
  const trie = (tokenizer as { viterbi_builder?: { trie?: DoubleArrayTrie } }).viterbi_builder
    ?.trie;
  if (!trie || typeof trie.bc?.getBase !== 'function') return; // another kuromoji layout: keep its own
  trie.commonPrefixSearch = (key) => commonPrefixSearch(trie, key);
}
