import { builtInBannedWords } from '../moderation/index.js';
import { detectSentiment } from '../nlu/index.js';
import {
  compileWordList,
  matchWords,
  type Skeleton,
  skeletonOf,
  type WordList,
} from './ng-matcher.js';

export type Severity = 'low' | 'medium' | 'high';
export type Rule =
  | 'ng_word'
  | 'escalation'
  | 'anger'
  | 'missing_greeting'
  | 'missing_closing'
  | 'long_silence'
  | 'customer_repeat'
  | 'falling_sentiment'
  | 'broken_promise';

/** One problem spot: UTF-16 offsets into the message's text and that span's text. */
export type Finding = {
  rule: Rule;
  severity: Severity;
  messageId?: string;
  start: number;
  end: number;
  text: string;
  sentDespiteWarning?: boolean;
};

export const SEVERITY_OF: Record<Rule, Severity> = {
  ng_word: 'high',
  escalation: 'high',
  anger: 'medium',
  long_silence: 'medium',
  customer_repeat: 'medium',
  falling_sentiment: 'medium',
  broken_promise: 'medium',
  missing_greeting: 'low',
  missing_closing: 'low',
};

/** Demands to escalate and threats to leave or sue: a supervisor should know at once. */
const ESCALATION = [
  '責任者を出せ',
  '責任者出せ',
  '責任者を出して',
  '責任者に代われ',
  '責任者と話したい',
  '上司を出せ',
  '上司を出して',
  '上の者を出せ',
  '上の人を出せ',
  '社長を出せ',
  '解約します',
  '解約する',
  '解約したい',
  '退会します',
  '訴えます',
  '訴える',
  '裁判',
  '弁護士',
  '消費者センター',
  'cancel my account',
  'cancel my subscription',
  'close my account',
  'speak to your manager',
  'speak to a manager',
  'speak to the manager',
  'talk to your manager',
  'talk to a manager',
  'talk to your supervisor',
  'speak to your supervisor',
  'i want a manager',
  'my lawyer',
  'sue you',
  'legal action',
];

const ANGER = [
  'いい加減にしろ',
  'いい加減にして',
  'ふざけないで',
  '最悪',
  '最低',
  '許せない',
  '二度と使わない',
  '何度言えば',
  '何回言えば',
  'どうなってるんだ',
  'どうなってんだ',
  '話にならない',
  'ridiculous',
  'unacceptable',
  'worst service',
  'this is a joke',
  'fed up',
  'sick of this',
  'how many times',
];

/** A promise the operator must keep by writing again. */
const PROMISES = [
  '折り返します',
  '折り返しご連絡',
  '折り返し連絡',
  '折り返しお電話',
  '後ほどご連絡',
  '追ってご連絡',
  '確認してご連絡',
  '確認次第ご連絡',
  '改めてご連絡',
  "i'll get back to you",
  'i will get back to you',
  'we will get back to you',
  "we'll get back to you",
  'get back to you shortly',
  "i'll call you back",
  'i will call you back',
  "i'll follow up",
  'i will follow up',
];

const GREETINGS = [
  'こんにちは',
  'こんばんは',
  'おはようございます',
  'お問い合わせ',
  'お問合せ',
  'ご連絡ありがとう',
  'ありがとうございます',
  'お待たせ',
  '担当',
  'はじめまして',
  'hello',
  'hi',
  'good morning',
  'good afternoon',
  'good evening',
  'thank you for',
  'thanks for',
  'my name is',
  'welcome',
];

const CLOSINGS = [
  'ありがとうございました',
  '失礼いたします',
  '失礼します',
  'よろしくお願い',
  '他にご不明',
  'ほかにご不明',
  'お気軽に',
  'またのご利用',
  'ご利用ありがとう',
  'thank you',
  'thanks',
  'have a nice',
  'have a great',
  'have a good',
  'anything else',
  'goodbye',
  'bye',
  'take care',
];

/** The scanner's thresholds; a tenant's operators answer a chat within minutes. */
export const SILENCE_SECONDS = 180;
const REPEAT_SIMILARITY = 0.8;
const REPEAT_MIN_CHARS = 6;

export type PhraseLists = {
  escalation: WordList;
  anger: WordList;
  promises: WordList;
  greetings: WordList;
  closings: WordList;
};

let phrases: PhraseLists | undefined;
const phraseLists = (): PhraseLists => {
  phrases ??= {
    escalation: compileWordList(ESCALATION.map((word) => ({ word, tag: 'escalation' }))),
    anger: compileWordList(ANGER.map((word) => ({ word, tag: 'anger' }))),
    promises: compileWordList(PROMISES.map((word) => ({ word, tag: 'promise' }))),
    greetings: compileWordList(GREETINGS.map((word) => ({ word, tag: 'greeting' }))),
    closings: compileWordList(CLOSINGS.map((word) => ({ word, tag: 'closing' }))),
  };
  return phrases;
};

/** Japanese insults written in Latin letters, beside the built-in list. */
const ROMAJI_WORDS = ['baka', 'kuso', 'kimoi', 'uzai'];

/** The built-in lists plus a tenant's own words, compiled once per distinct tenant list. */
export function compileNgWords(tenantWords: readonly string[]): WordList {
  return compileWordList(
    [...builtInBannedWords, ...ROMAJI_WORDS, ...tenantWords].map((word) => ({
      word,
      tag: 'ng_word',
    })),
  );
}

const finding = (rule: Rule, start: number, end: number, text: string): Finding => ({
  rule,
  severity: SEVERITY_OF[rule],
  start,
  end,
  text: text.slice(start, end),
});

/**
 * What one text holds on its own: NG words (for everyone), escalation and anger (the
 * customer's words). Used before an operator sends and for every stored message.
 */
export function scanText(
  text: string,
  ngWords: WordList,
  author: 'agent' | 'customer' | undefined,
  sk: Skeleton = skeletonOf(text),
): Finding[] {
  const found: Finding[] = [];
  for (const m of matchWords(text, ngWords, sk))
    found.push(finding('ng_word', m.start, m.end, text));
  if (author !== 'agent') {
    const lists = phraseLists();
    for (const m of matchWords(text, lists.escalation, sk))
      found.push(finding('escalation', m.start, m.end, text));
    for (const m of matchWords(text, lists.anger, sk))
      found.push(finding('anger', m.start, m.end, text));
  }
  return found.sort((a, b) => a.start - b.start);
}

export type PastMessage = {
  id: string;
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string;
  createdAt: string;
  /**
   * What the context rules derived from this message, filled in by the scanner: a
   * conversation's recent messages are kept in memory and scanned as context again and again,
   * so each is folded and judged once.
   */
  memo?: ContextMemo;
};

type ContextMemo = { grams?: Uint32Array; sentiment?: string };

const has = (text: string, list: WordList, sk?: Skeleton) => matchWords(text, list, sk).length > 0;

/**
 * The distinct character bigrams of a folded text, each packed in one number (two UTF-16
 * units), sorted: comparing two messages is then a merge of two small arrays, with no strings.
 */
function bigrams(folded: string): Uint32Array {
  if (folded.length === 1) return Uint32Array.of(folded.charCodeAt(0));
  const grams = new Uint32Array(Math.max(0, folded.length - 1));
  let previous = folded.charCodeAt(0);
  for (let i = 1; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    grams[i - 1] = previous * 0x10000 + code;
    previous = code;
  }
  grams.sort();
  let distinct = 0;
  for (let i = 0; i < grams.length; i++) {
    if (i === 0 || grams[i] !== grams[distinct - 1]) grams[distinct++] = grams[i] as number;
  }
  return grams.subarray(0, distinct);
}

/** Dice similarity of character bigrams of the folded texts. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(skeletonOf(a).chars), bigrams(skeletonOf(b).chars));
}

function dice(x: Uint32Array, y: Uint32Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

const memoOf = (m: PastMessage): ContextMemo => {
  m.memo ??= {};
  return m.memo;
};
const gramsOf = (m: PastMessage): Uint32Array => {
  const memo = memoOf(m);
  memo.grams ??= bigrams(skeletonOf(m.text).chars);
  return memo.grams;
};
const sentimentOf = (m: PastMessage): string => {
  const memo = memoOf(m);
  memo.sentiment ??= detectSentiment(m.text);
  return memo.sentiment;
};

/** Whether a customer's message repeats an earlier one: Dice of their bigrams ≥ 0.8. */
function repeats(message: PastMessage, earlier: PastMessage): boolean {
  // Dice ≥ 0.8 needs lengths within 2:3 of each other, so others are not compared.
  const a = message.text.length;
  const b = earlier.text.length;
  if (b < REPEAT_MIN_CHARS || Math.min(a, b) / Math.max(a, b) < 0.6) return false;
  const x = gramsOf(message);
  const y = gramsOf(earlier);
  // …and as many distinct bigrams within 2:3: the merge is left out for the rest.
  if (Math.min(x.length, y.length) * 3 < Math.max(x.length, y.length) * 2) return false;
  return dice(x, y) >= REPEAT_SIMILARITY;
}

/**
 * What a stored message means in its conversation: `history` holds the messages before it,
 * oldest first. Rules that need the conversation's end (closing, promises) are in `scanClosed`.
 */
export function scanInContext(
  message: PastMessage,
  history: readonly PastMessage[],
  ngWords: WordList,
): Finding[] {
  if (message.author !== 'agent' && message.author !== 'customer') return [];
  const text = message.text;
  // The text is folded once: for the word lists and, for repetition, its bigrams.
  const sk = skeletonOf(text);
  const found = scanText(text, ngWords, message.author, sk);
  if (message.author === 'agent') {
    // One walk back to the previous operator message finds what both rules need.
    let earlierAgent = false;
    let firstUnanswered: PastMessage | undefined;
    for (let k = history.length - 1; k >= 0; k--) {
      const m = history[k] as PastMessage;
      if (m.author === 'agent') {
        earlierAgent = true;
        break;
      }
      if (m.author === 'customer') firstUnanswered = m;
    }
    if (!earlierAgent) {
      if (!has(text, phraseLists().greetings, sk))
        found.push(finding('missing_greeting', 0, text.length, text));
    } else if (firstUnanswered) {
      // Operator silence: the customer waited long for this reply though an operator was already
      // in the conversation (the wait in the queue before the first reply is not silence).
      const waited = (Date.parse(message.createdAt) - Date.parse(firstUnanswered.createdAt)) / 1000;
      if (waited > SILENCE_SECONDS) found.push(finding('long_silence', 0, text.length, text));
    }
  } else {
    const memo = memoOf(message);
    // Its bigrams from the fold already made, for this comparison and the later ones.
    if (text.length >= REPEAT_MIN_CHARS) memo.grams ??= bigrams(sk.chars);
    // The customer's latest ten earlier messages, newest first; the first is `previous`.
    let previous: PastMessage | undefined;
    let repeated = false;
    let compared = 0;
    for (let k = history.length - 1; k >= 0 && compared < 10; k--) {
      const m = history[k] as PastMessage;
      if (m.author !== 'customer') continue;
      previous ??= m;
      compared++;
      if (text.length >= REPEAT_MIN_CHARS && repeats(message, m)) {
        repeated = true;
        break;
      }
    }
    if (repeated) found.push(finding('customer_repeat', 0, text.length, text));
    // Falling sentiment: the customer turned negative after an earlier message that was not
    // (after a negative one already known, this message's sentiment is not needed yet).
    if (
      previous &&
      previous.memo?.sentiment !== 'negative' &&
      sentimentOf(message) === 'negative' &&
      sentimentOf(previous) !== 'negative'
    ) {
      found.push(finding('falling_sentiment', 0, text.length, text));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Rules judged once a conversation ends: a closing by the operator, promises kept. */
export function scanClosed(messages: readonly PastMessage[]): (Finding & { messageId: string })[] {
  const found: (Finding & { messageId: string })[] = [];
  const agentMessages = messages.filter((m) => m.author === 'agent');
  const last = agentMessages[agentMessages.length - 1];
  if (!last) return found;
  if (!has(last.text, phraseLists().closings)) {
    found.push({
      ...finding('missing_closing', 0, last.text.length, last.text),
      messageId: last.id,
    });
  }
  // A promise to get back is kept by any later operator message.
  for (const m of agentMessages) {
    if (m === last) {
      for (const p of matchWords(m.text, phraseLists().promises)) {
        found.push({ ...finding('broken_promise', p.start, p.end, m.text), messageId: m.id });
      }
    }
  }
  return found;
}

/** Risk of a conversation for the review queue: severities weighted, high counting most. */
export const RISK_WEIGHT: Record<Severity, number> = { high: 10, medium: 3, low: 1 };
export const riskOf = (findings: readonly { severity: Severity }[]): number =>
  findings.reduce((sum, f) => sum + RISK_WEIGHT[f.severity], 0);
