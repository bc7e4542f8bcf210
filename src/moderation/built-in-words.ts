/**
 * Words an operator should never send a customer, Japanese and English. Deliberately short
 * and unambiguous (insults and slurs, not words with innocent readings); tenants add their own.
 */
export const builtInBannedWords: readonly string[] = [
  // Japanese
  'バカ',
  'ばか',
  '馬鹿',
  'アホ',
  'あほ',
  'クソ',
  'くそ',
  '死ね',
  'しね',
  'ボケ',
  'うざい',
  'ウザい',
  'きもい',
  'キモい',
  'ふざけるな',
  'てめえ',
  '黙れ',
  'ガイジ',
  // English
  'idiot',
  'stupid',
  'moron',
  'dumb',
  'shut up',
  'fuck',
  'fucking',
  'shit',
  'bullshit',
  'damn',
  'asshole',
  'bitch',
  'bastard',
  'crap',
  'retard',
];
