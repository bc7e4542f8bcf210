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
};

const has = (text: string, list: WordList, sk?: Skeleton) => matchWords(text, list, sk).length > 0;

const bigrams = (text: string, folded = skeletonOf(text).chars): Set<string> => {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) grams.add(folded.slice(i, i + 2));
  if (folded.length === 1) grams.add(folded);
  return grams;
};

/** Dice similarity of character bigrams of the folded texts. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * What the context rules derive from a message, kept with the message object: a conversation's
 * recent messages are kept in memory and scanned as context again and again, so each is
 * folded and judged once.
 */
const derived = new WeakMap<PastMessage, { grams?: Set<string>; sentiment?: string }>();
const derivedOf = (m: PastMessage) => {
  let d = derived.get(m);
  if (!d) {
    d = {};
    derived.set(m, d);
  }
  return d;
};
const gramsOf = (m: PastMessage) => {
  const d = derivedOf(m);
  d.grams ??= bigrams(m.text);
  return d.grams;
};
const sentimentOf = (m: PastMessage) => {
  const d = derivedOf(m);
  d.sentiment ??= detectSentiment(m.text);
  return d.sentiment;
};

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
  // The text is folded once: for the word lists and, for repetition, its bigrams.
  const sk = skeletonOf(message.text);
  const found = scanText(message.text, ngWords, message.author, sk);
  if (message.author === 'customer' && !derived.get(message)?.grams)
    derivedOf(message).grams = bigrams(message.text, sk.chars);
  const whole = (rule: Rule) => finding(rule, 0, message.text.length, message.text);
  if (message.author === 'agent') {
    const earlierAgent = history.filter((m) => m.author === 'agent');
    if (earlierAgent.length === 0 && !has(message.text, phraseLists().greetings, sk)) {
      found.push(whole('missing_greeting'));
    }
    // Operator silence: the customer waited long for this reply though an operator was already
    // in the conversation (the wait in the queue before the first reply is not silence).
    if (earlierAgent.length > 0) {
      let firstUnanswered: PastMessage | undefined;
      for (let k = history.length - 1; k >= 0; k--) {
        const m = history[k] as PastMessage;
        if (m.author === 'agent') break;
        if (m.author === 'customer') firstUnanswered = m;
      }
      if (firstUnanswered) {
        const waited =
          (Date.parse(message.createdAt) - Date.parse(firstUnanswered.createdAt)) / 1000;
        if (waited > SILENCE_SECONDS) found.push(whole('long_silence'));
      }
    }
  } else {
    const earlier = history.filter((m) => m.author === 'customer');
    if (message.text.length >= REPEAT_MIN_CHARS) {
      // Dice ≥ 0.8 needs lengths within 2:3 of each other, so others are not compared.
      const length = message.text.length;
      const repeated = earlier
        .slice(-10)
        .some(
          (m) =>
            Math.min(m.text.length, length) / Math.max(m.text.length, length) >= 0.6 &&
            m.text.length >= REPEAT_MIN_CHARS &&
            dice(gramsOf(m), gramsOf(message)) >= REPEAT_SIMILARITY,
        );
      if (repeated) found.push(whole('customer_repeat'));
    }
    // Falling sentiment: the customer turned negative after an earlier message that was not.
    const previous = earlier[earlier.length - 1];
    if (previous && sentimentOf(message) === 'negative' && sentimentOf(previous) !== 'negative') {
      found.push(whole('falling_sentiment'));
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
