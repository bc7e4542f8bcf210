import { countMatches, HAN, HANGUL, KANA } from './script.js';
import type { Language } from './types.js';

// Shinjitai forms that Chinese writes differently: a Han-only message using one is Japanese.
const JAPANESE_ONLY_HAN = new Set(
  '対応払戻円県駅売読続変帰様済発広関図気楽薬歳証険検験込営択沢辺価伝転働労総処実単戦権浅残銭鉄歩渋黒徳悪悩縄縁絵経継軽隠覚覧観歓譲醸嬢壌剰乗従渉獣縦粛粋酔砕雑恋'.split(
    '',
  ),
);

/** Script-based detection: kana → ja, hangul → ko, Han without kana → zh, otherwise en. */
export function detectLanguage(text: string): Language {
  // The bot and the index each ask about the same message in turn.
  if (text === lastInput) return lastLanguage;
  lastLanguage = detectUncached(text);
  lastInput = text;
  return lastLanguage;
}

let lastInput = '';
let lastLanguage: Language = 'en';

function detectUncached(text: string): Language {
  const kana = countMatches(text, KANA);
  const hangul = countMatches(text, HANGUL);
  if (kana > 0 && kana >= hangul) return 'ja';
  if (hangul > 0) return 'ko';
  const han = countMatches(text, HAN);
  if (han > 0) {
    for (const ch of text) if (JAPANESE_ONLY_HAN.has(ch)) return 'ja';
    return 'zh';
  }
  return 'en';
}
