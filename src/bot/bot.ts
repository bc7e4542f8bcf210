import {
  answerPolicyFor,
  detectLanguage,
  type FaqIndex,
  type FaqMatch,
  isHandoffRequest,
  type Language,
  type PolicyDecision,
  type SharedAnalyses,
  withSharedAnalyses,
} from '../nlu/index.js';
import { type ClosedHours, closedMessage, messagesFor } from './bot-messages.js';
import { GROUNDING_ENTRIES, type GroundedAnswer } from './grounded-answer.js';

export type BotReply = { text: string; buttons?: { label: string; text: string }[] };

export type BotDecision = {
  language: Language;
  replies: BotReply[];
  /** Why the conversation should go to a human, or null to keep it with the bot. */
  handoff: 'requested' | 'low_confidence' | 'form' | null;
  botMisses: number;
  answered: FaqMatch | null;
  /** The answer policy's verdict on the FAQ search, when the message reached it. */
  policy?: PolicyDecision;
};

/** Consecutive turns the bot could not answer before it hands over on its own. */
export const MAX_BOT_MISSES = 2;

const hello =
  /^(こんにちは|こんばんは|おはよう(ございます)?|はじめまして|hi|hello|hey|good (morning|afternoon|evening)|안녕하세요|안녕|你好|您好)[!！。.、\s]*$/i;
/** A chat app's "start" command (Telegram's /start, with a deep-link payload or not). */
const startCommand = /^\/start(@\w+)?(\s+\S.*)?$/s;
/**
 * A line that only stands for something sent without words: a file, picture, sticker, place,
 * contact or dice (the placeholders the channels write). A message of nothing else is not a
 * question: the bot stays quiet and counts no miss.
 */
const placeholderLine =
  /^(?:[📎📍👤]\uFE0F?\s?\S.*|\[(?:sticker|image|photo|video|video note|audio|voice|animation|file|dice|location|venue|contact|poll)\].*)$/u;
const thanks =
  /^(ありがとう(ございます|ございました)?|thanks?( you)?( very much)?|thx|감사합니다|고맙습니다|谢谢|多谢)[!！。.、\s]*$/i;

export type ReplyOptions = {
  text: string;
  index: FaqIndex;
  botMisses: number;
  fallbackLanguage?: string | null;
  /**
   * A language model's answer from this message's FAQ candidates (see bot-assistant.ts), used
   * when retrieval alone is not confident enough; ignored unless it cites one of them.
   */
  grounded?: GroundedAnswer | null | undefined;
  /**
   * Support is closed now (the business hours of the queue or tenant): a handoff still queues
   * the conversation, and the customer is told when a person will answer instead of being
   * promised one now.
   */
  closed?: ClosedHours | null | undefined;
  /**
   * The message is an inquiry form: it always goes to a person. The customer gets an
   * acknowledgement (with an FAQ answer when one is confident), never a "no answer" reply.
   */
  isForm?: boolean | undefined;
  /**
   * The answer policy's verdict on this same text and index, when an earlier decision on the
   * message already searched (a flow's FAQ trigger): the search is not run twice.
   */
  policy?: PolicyDecision | undefined;
  /**
   * The message's analyses, shared with whatever else reads it while it is handled (its
   * handoff card): each text is analysed once.
   */
  analyses?: SharedAnalyses | undefined;
};

/**
 * What the bot says to one customer message. Pure: the FAQ index and the conversation's
 * miss count come in, the replies and the handoff decision go out.
 */
export function decideReply(options: ReplyOptions): BotDecision {
  return withSharedAnalyses(options.analyses, () => decide(options));
}

function decide(options: ReplyOptions): BotDecision {
  const text = options.text.trim();
  const language = pickLanguage(text, options.fallbackLanguage);
  const say = messagesFor(language);
  const humanButton = { label: say.talkToHuman, text: say.talkToHuman };
  const closed = options.closed;

  if (options.isForm) {
    // The same calibrated policy as a chat: an answer only when the first hit is likely right.
    const policy = options.policy ?? answerPolicyFor(options.index).decide(text);
    const top = policy.matches[0];
    const isConfident = top !== undefined && policy.action === 'answer';
    const parts = [
      closed ? closedMessage(language, closed) : say.formReceived,
      ...(isConfident ? [`${say.formRelatedAnswer}\n${top.answer}`] : []),
    ];
    return {
      language,
      replies: [{ text: parts.join('\n\n') }],
      handoff: 'form',
      botMisses: options.botMisses,
      answered: isConfident ? top : null,
      policy,
    };
  }
  if (isHandoffRequest(text) || text === say.talkToHuman) {
    return {
      language,
      replies: [{ text: closed ? closedMessage(language, closed) : say.handoffRequested }],
      handoff: 'requested',
      botMisses: options.botMisses,
      answered: null,
    };
  }
  const lines = text.split('\n').filter((line) => line.trim());
  if (lines.length > 0 && lines.every((line) => placeholderLine.test(line.trim()))) {
    return {
      language: pickLanguage('', options.fallbackLanguage ?? language),
      replies: [],
      handoff: null,
      botMisses: options.botMisses,
      answered: null,
    };
  }
  if (startCommand.test(text)) {
    // The command says nothing of the customer's language: the conversation's own is kept.
    const greetIn = pickLanguage('', options.fallbackLanguage ?? language);
    return {
      language: greetIn,
      replies: [{ text: messagesFor(greetIn).greeting }],
      handoff: null,
      botMisses: options.botMisses,
      answered: null,
    };
  }
  if (hello.test(text)) {
    return {
      language,
      replies: [{ text: say.smallTalkHello }],
      handoff: null,
      botMisses: options.botMisses,
      answered: null,
    };
  }
  if (thanks.test(text)) {
    return {
      language,
      replies: [{ text: say.smallTalkThanks }],
      handoff: null,
      botMisses: 0,
      answered: null,
    };
  }

  // The same few candidates are offered as suggestions and given to a model to answer from.
  const policy = options.policy ?? answerPolicyFor(options.index).decide(text);
  const top = policy.matches[0];
  if (top && policy.action === 'answer') {
    return {
      language,
      replies: [{ text: top.answer }],
      handoff: null,
      botMisses: 0,
      answered: top,
      policy,
    };
  }
  const grounded = options.grounded;
  // The model was given the top search results (see bot-assistant.ts); it may cite any of them.
  const cited =
    grounded &&
    options.index
      .search(text, { limit: GROUNDING_ENTRIES })
      .find((m) => grounded.faqIds.includes(m.id));
  if (grounded && cited) {
    return {
      language,
      replies: [{ text: grounded.text }],
      handoff: null,
      botMisses: 0,
      answered: cited,
      policy,
    };
  }

  const botMisses = options.botMisses + 1;
  if (botMisses >= MAX_BOT_MISSES) {
    return {
      language,
      replies: [
        {
          text: closed
            ? `${say.sorryNoAnswer}${closedMessage(language, closed)}`
            : say.handoffAfterMisses,
        },
      ],
      handoff: 'low_confidence',
      botMisses,
      answered: null,
      policy,
    };
  }
  const suggestions = policy.action === 'list' ? policy.matches : [];
  if (suggestions.length > 0) {
    const buttons = suggestions.map((m) => ({ label: m.question, text: m.question }));
    return {
      language,
      replies: [{ text: say.suggest, buttons: [...buttons, humanButton] }],
      handoff: null,
      botMisses,
      answered: null,
      policy,
    };
  }
  return {
    language,
    replies: [{ text: say.noAnswer, buttons: [humanButton] }],
    handoff: null,
    botMisses,
    answered: null,
    policy,
  };
}

/**
 * Scripts that identify a language win. Han-only text (注文) is ambiguous between Japanese
 * and Chinese, and short Latin text (ok) between English and anything: for those the
 * conversation's language stands.
 */
function pickLanguage(text: string, fallback: string | null | undefined): Language {
  const detected = detectLanguage(text);
  const known = fallback === 'ja' || fallback === 'ko' || fallback === 'zh' || fallback === 'en';
  if (!known) return detected;
  if (
    detected === 'zh' &&
    fallback === 'ja' &&
    !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
  ) {
    return 'ja';
  }
  if (detected === 'en' && !/[a-z]{3,}/i.test(text)) return fallback;
  return detected;
}
