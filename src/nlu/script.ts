export const HAN = /\p{Script=Han}/u;
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
export const HANGUL = /\p{Script=Hangul}/u;
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
export const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}']+$/u;

export function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const ch of text) if (pattern.test(ch)) count++;
  return count;
}
