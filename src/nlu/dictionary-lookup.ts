import { createRequire } from 'node:module';

/**
 * kuromoji's lattice building without its quadratic cost. kuromoji (0.1.2, finished upstream)
 * builds, for every character position of a sentence, a surrogate-aware copy of the rest of
 * the sentence, and its dictionary trie (the `doublearray` package) then encodes that whole
 * rest to UTF-8 and decodes every match back: O(n²) work and allocation per sentence, most
 * of the analyser's time on a chat message. The builder here indexes the sentence's
 * characters once and walks the trie one UTF-8 byte at a time straight from the string,
 * stopping where the trie does; and a word's features are decoded once, not per occurrence.
 * The lattice, and so every token, is the same as kuromoji's own: the tests compare both.
 */

/** The parts of a doublearray trie the search reads: its base and check arrays. */
export type DoubleArrayTrie = {
  bc: { getBase(index: number): number; getCheck(index: number): number };
};

/** One dictionary word the key starts with: its text `k` and record `v`. */
export type PrefixMatch = { k: string; v?: number };

type Bytes = { getShort(index: number): number };
type CharacterClass = {
  class_id: number;
  class_name: string;
  is_always_invoke: number | boolean;
  is_grouping: number | boolean;
};
type Dictionary = {
  dictionary: Bytes;
  target_map: Record<number, number[]>;
  getFeatures(id: number | string): string;
};
type LatticeBuilder = {
  trie: DoubleArrayTrie;
  token_info_dictionary: Dictionary;
  unknown_dictionary: Dictionary & { lookup(ch: string): CharacterClass };
  build(sentence: string): unknown;
};
type Lattice = { append(node: unknown): void; appendEos(): void };

const requireKuromoji = createRequire(import.meta.url);

const ROOT = 0;
/** The trie marks the end of a word with a child on this code. */
const TERMINAL = 0;

/** Dictionary words that `text` has at `start`, shortest first, as doublearray returns them. */
export function commonPrefixSearch(trie: DoubleArrayTrie, text: string, start = 0): PrefixMatch[] {
  const { bc } = trie;
  const matches: PrefixMatch[] = [];
  let node = ROOT;
  for (let i = start; i < text.length; ) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      // doublearray cannot encode a malformed pair and throws; such a key matches no word.
      if (!(low >= 0xdc00 && low <= 0xdfff)) return [];
      code = (code - 0xd800) * 0x400 + 0x10000 + (low - 0xdc00);
      width = 2;
    }
    // The code point's UTF-8 bytes, leading byte first, each one step down the trie.
    const length = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const lead =
      length === 1
        ? code
        : length === 2
          ? 0xc0 | (code >>> 6)
          : length === 3
            ? 0xe0 | (code >>> 12)
            : 0xf0 | (code >>> 18);
    let child = bc.getBase(node) + lead;
    if (bc.getCheck(child) !== node) return matches;
    node = child;
    for (let shift = 6 * (length - 2); shift >= 0; shift -= 6) {
      child = bc.getBase(node) + (0x80 | ((code >>> shift) & 0x3f));
      if (bc.getCheck(child) !== node) return matches;
      node = child;
    }
    i += width;
    const end = bc.getBase(node) + TERMINAL;
    if (bc.getCheck(end) === node) {
      const base = bc.getBase(end);
      const k = text.slice(start, i);
      matches.push(base <= 0 ? { v: -base - 1, k } : { k });
    }
  }
  return matches;
}

type LatticeClasses = {
  ViterbiLattice: new () => Lattice;
  ViterbiNode: new (...args: unknown[]) => unknown;
};

/** kuromoji's ViterbiBuilder.build, with the sentence's characters indexed once. */
function buildLattice(
  builder: LatticeBuilder,
  { ViterbiLattice, ViterbiNode }: LatticeClasses,
  sentence: string,
): Lattice {
  const lattice = new ViterbiLattice();
  const known = builder.token_info_dictionary;
  const unknown = builder.unknown_dictionary;
  // Where each character starts, a surrogate pair counting as one character (as kuromoji counts).
  const starts: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    starts.push(i);
    const code = sentence.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
  }
  const charAt = (pos: number) => sentence.slice(starts[pos], starts[pos + 1] ?? sentence.length);
  /** A lattice node for word `id` of `from` (its context ids and cost are in the dictionary). */
  const append = (
    from: Dictionary,
    id: number,
    pos: number,
    length: number,
    type: 'KNOWN' | 'UNKNOWN',
    surface: string,
  ) => {
    const { dictionary } = from;
    lattice.append(
      new ViterbiNode(
        id,
        dictionary.getShort(id + 4),
        pos + 1,
        length,
        type,
        dictionary.getShort(id),
        dictionary.getShort(id + 2),
        surface,
      ),
    );
  };

  for (let pos = 0; pos < starts.length; pos++) {
    const words = commonPrefixSearch(builder.trie, sentence, starts[pos]);
    for (const { k, v } of words) {
      for (const id of known.target_map[v as number] ?? [])
        append(known, id, pos, k.length, 'KNOWN', k);
    }
    const head = charAt(pos);
    const headClass = unknown.lookup(head);
    if (words.length > 0 && headClass.is_always_invoke !== 1) continue;
    // An unknown word: the head character, and the characters of its class after it.
    let key = head;
    let grouped = false;
    if (headClass.is_grouping === 1) {
      for (let next = pos + 1; next < starts.length; next++) {
        const ch = charAt(next);
        if (unknown.lookup(ch).class_name !== headClass.class_name) break;
        key += ch;
        grouped = true;
      }
    }
    // kuromoji counts a lone head in characters and a grouped key in UTF-16 units.
    const length = grouped ? key.length : 1;
    for (const id of unknown.target_map[headClass.class_id] ?? []) {
      append(unknown, id, pos, length, 'UNKNOWN', key);
    }
  }
  lattice.appendEos();
  return lattice;
}

/** Decoded features of the most recently seen words, by word id. */
const MAX_REMEMBERED_FEATURES = 50_000;

function rememberFeatures(dictionary: Dictionary): void {
  const decode = dictionary.getFeatures.bind(dictionary);
  const features = new Map<number | string, string>();
  dictionary.getFeatures = (id) => {
    let line = features.get(id);
    if (line === undefined) {
      line = decode(id);
      if (features.size >= MAX_REMEMBERED_FEATURES) features.clear();
      features.set(id, line);
    }
    return line;
  };
}

/** Builders already given the code above: a second call changes nothing. */
const sped = new WeakSet<object>();

/**
 * Gives a loaded kuromoji tokenizer the lattice builder and feature memory above. A layout
 * other than the one this was written against keeps kuromoji's own code.
 */
export function speedUpLookups(tokenizer: unknown): void {
  const builder = (tokenizer as { viterbi_builder?: LatticeBuilder }).viterbi_builder;
  if (
    !builder ||
    sped.has(builder) ||
    typeof builder.trie?.bc?.getBase !== 'function' ||
    typeof builder.token_info_dictionary?.getFeatures !== 'function' ||
    typeof builder.unknown_dictionary?.lookup !== 'function'
  ) {
    return;
  }
  sped.add(builder);
  const classes: LatticeClasses = {
    ViterbiLattice: requireKuromoji('kuromoji/src/viterbi/ViterbiLattice.js'),
    ViterbiNode: requireKuromoji('kuromoji/src/viterbi/ViterbiNode.js'),
  };
  builder.build = (sentence) => buildLattice(builder, classes, sentence);
  rememberFeatures(builder.token_info_dictionary);
}
