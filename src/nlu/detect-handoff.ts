import { normalise } from './normalise.js';

// Patterns run on normalise()d text: katakana is already hiragana (おぺれーたー).
const JA_PERSON =
  '(人間|人|おぺれーたー?|担当者?|担当の方|すたっふ|係の(人|方)|窓口の(人|方)|有人|生身)';
const JA_ACTION =
  '(話し|話せ|話す|話を|繋|つな|代わ|代え|替わ|替え|かわ|変わ|お願い|おねがい|対応|呼ん|呼び|出して|接続|相談|と直接)';

const PATTERNS: RegExp[] = [
  // ja: a person word followed closely by an asking verb.
  new RegExp(`${JA_PERSON}(と|に|を|へ|で|の|が)?.{0,6}${JA_ACTION}`),
  /有人(対応|ちゃっと|さぽーと)/,
  /^(おぺれーたー?|担当者|有人|人間)(さん)?(お願い.*|を?お願い.*|で)?$/,
  // en
  /\b(talk|speak|chat|connect|transfer|put)\b.{0,30}\b(human|person|agent|representative|rep|operator|someone|somebody|staff|people|man|woman)\b/,
  /\b(human|agent|operator|representative|real person|live person|live agent)\b.{0,12}\b(please|pls|plz|now|asap)\b/,
  /\breal (person|human|people)\b|\blive (agent|person|support|chat)\b/,
  /\bcustomer (service|support|care) (rep|representative|agent|person)\b/,
  /^(an? )?(human|agent|operator|representative|person)( please)?$/,
  // ko
  /(상담원|상담사|직원|사람|담당자|매니저|상담 ?직원).{0,8}(연결|이야기|얘기|통화|대화|바꿔|부탁|요청|말하)/,
  /^(상담원|상담사)$/,
  // zh (simplified and traditional)
  /[转轉]人工|人工(客服|服[务務]|坐席)|真人(客服)?|找(人工|客服)|[联聯][系繫](人工|客服)|[转轉]接?(人工|客服)|要(人工|客服)|接通客服/,
  /^人工$/,
];

/** An explicit ask for a human (not merely a hard question): ja, en, ko, zh. */
export function isHandoffRequest(text: string): boolean {
  const normalised = normalise(text);
  if (normalised.length === 0) return false;
  if (/人工智能|人工智慧/.test(normalised)) return false;
  return PATTERNS.some((pattern) => pattern.test(normalised));
}
