import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { speedUpLookups } from './dictionary-lookup.js';
import { foldKana } from './normalise.js';
import { isStopWord } from './stop-words.js';
import { canonicalToken } from './synonyms.js';

/** One Japanese term: a base form (届いた → 届く), its reading, a compound or a synonym group. */
export type JapaneseTerm = { term: string; surface: string; kind: 'word' | 'reading' | 'synonym' };

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞', '接頭詞']);
const SKIPPED_DETAIL = new Set(['非自立', '代名詞', '数', '接尾']);
/** Words of asking, not of the subject asked about ("…について教えて下さい"). */
const QUESTION_WORDS = new Set(
  'する ある いる なる れる られる できる いう こと もの よう ため の ん ない いい よい 良い 思う 知る 教える 下さる くださる くれる ほしい 欲しい 場合 方法 について どう どこ 何 なに どれ 方 件 際 等 ところ 分かる わかる 聞く 伺う'.split(
    ' ',
  ),
);
const PUNCTUATION_OR_DIGITS = /^[\p{P}\p{S}\s\p{N}]+$/u;

let tokenizer: Tokenizer | undefined;
let synonymGroups: Map<string, string[]> | undefined;
let loading: Promise<void> | undefined;
let version = 0;

const requireFrom = createRequire(import.meta.url);

/** Sudachi's synonym dictionary: headword → its groups (only headwords that may expand). */
function loadSynonyms(): Map<string, string[]> {
  // The package exports only its entry point: the JSON file sits beside it.
  const file = path.join(
    path.dirname(requireFrom.resolve('sudachi-synonyms-dictionary')),
    'sudachi-synonyms-dictionary.json',
  );
  const groups = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    id: string;
    items: { expandControl: number; midashi: string }[];
  }[];
  const byWord = new Map<string, string[]>();
  for (const group of groups) {
    for (const item of group.items) {
      if (item.expandControl !== 0) continue;
      const word = foldKana(item.midashi.normalize('NFKC').toLowerCase());
      const list = byWord.get(word);
      if (list) list.push(group.id);
      else byWord.set(word, [group.id]);
    }
  }
  return byWord;
}

/**
 * Loads kuromoji's bundled dictionary and the synonym groups once, in the background. Until
 * it resolves, Japanese falls back to the built-in segmenter; indexes built before compare
 * `japaneseAnalyzerVersion()` and are rebuilt.
 */
export function loadJapaneseAnalyzer(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const dicPath = path.join(path.dirname(requireFrom.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, built) => {
      if (error) {
        loading = undefined;
        reject(error);
        return;
      }
      try {
        synonymGroups = loadSynonyms();
      } catch {
        synonymGroups = new Map();
      }
      speedUpLookups(built);
      tokenizer = built;
      version++;
      resolve();
    });
  });
  return loading;
}

/** Changes when the analyser becomes available, so cached indexes know to rebuild. */
export function japaneseAnalyzerVersion(): number {
  return version;
}

export function isJapaneseAnalyzerReady(): boolean {
  return tokenizer !== undefined;
}

/**
 * Content words by base form, their readings (そうりょう meets 送料), runs of nouns as
 * compounds (国民年金) and Sudachi synonym groups; or undefined while the dictionary loads.
 * Input must be width-normalised. `remember` keeps the result for the next index build; a
 * customer's message is read from what is kept (a clicked suggestion is a FAQ's own words)
 * but not added to it, so messages never push FAQ analyses out.
 */
export function analyseJapanese(text: string, remember = false): JapaneseTerm[] | undefined {
  if (!tokenizer) return undefined;
  const cached = analysed.get(text);
  if (cached) return cached;
  const terms = analyseUncached(tokenizer, text);
  if (remember) {
    if (analysed.size >= MAX_CACHED) analysed.clear();
    analysed.set(text, terms);
  }
  return terms;
}

/**
 * Morphological analysis costs about a millisecond per FAQ, so FAQ texts' results are kept:
 * rebuilding an index after one FAQ changed re-analyses only that FAQ.
 */
const analysed = new Map<string, JapaneseTerm[]>();
const MAX_CACHED = 100_000;

/** Kanji, okurigana, kanji (and okurigana): 振り込む, 申込む, 受け付け, 引き落とし. */
const OKURIGANA_COMPOUND = /^\p{Script=Han}+[ぁ-ゖ]{0,2}\p{Script=Han}+[ぁ-ゖ]*$/u;
const HIRAGANA = /[ぁ-ゖ]/g;

/**
 * A compound verb or noun written with or without its okurigana is one word: 振り込める,
 * 振り込み and 振込, or 申し込み, 申込み and 申込, all meet as their kanji (振込, 申込).
 */
export function okuriganaSkeleton(folded: string): string {
  return OKURIGANA_COMPOUND.test(folded) ? folded.replace(HIRAGANA, '') : folded;
}

function analyseUncached(tokenizer: Tokenizer, text: string): JapaneseTerm[] {
  const terms: JapaneseTerm[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1 && run.join('').length <= 12) {
      const joined = run.join('');
      terms.push({
        term: canonicalToken(okuriganaSkeleton(foldKana(joined))),
        surface: joined,
        kind: 'word',
      });
    }
    run = [];
  };
  for (const token of tokenizer.tokenize(text)) {
    const surface = token.surface_form;
    const base = token.basic_form === '*' ? surface : token.basic_form;
    const isNoun = token.pos === '名詞' && !['非自立', '代名詞'].includes(token.pos_detail_1);
    if (isNoun && !PUNCTUATION_OR_DIGITS.test(surface)) run.push(surface);
    else flush();
    const unfolded = foldKana(base);
    const folded = okuriganaSkeleton(unfolded);
    const term = canonicalToken(folded);
    // The curated vocabulary knows some words the filters would drop (いつ → 日数).
    const isCurated = term !== folded;
    if (!isCurated) {
      if (!CONTENT_POS.has(token.pos) || SKIPPED_DETAIL.has(token.pos_detail_1)) continue;
      if (PUNCTUATION_OR_DIGITS.test(base) || QUESTION_WORDS.has(base)) continue;
      if (isStopWord(folded)) continue;
    }
    terms.push({ term, surface, kind: 'word' });
    const reading = token.reading && token.reading !== '*' ? foldKana(token.reading) : undefined;
    // A curated word already meets its variants; its reading would count it twice.
    if (token.pos === '名詞' && reading && !isCurated) {
      terms.push({ term: `r:${reading}`, surface, kind: 'reading' });
    }
    for (const group of synonymGroups?.get(unfolded) ?? []) {
      terms.push({ term: `g:${group}`, surface, kind: 'synonym' });
    }
  }
  flush();
  return terms;
}
