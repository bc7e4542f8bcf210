import {
  type CustomerReading,
  type FaqIndex,
  isHandoffRequest,
  readCustomer,
  type SharedAnalyses,
  withSharedAnalyses,
} from '../nlu/index.js';
import type { TurnText } from './handoff-summary.js';

/** What the customer typed into the inquiry form, shown on the card as they gave it. */
export type FormFields = { name: string; email: string; subject: string | null };

export type HandoffCard = {
  reason: 'requested' | 'low_confidence' | 'form';
  summary: string;
  keywords: string[];
  intent: string | null;
  entities: { type: string; value: string }[];
  sentiment: 'positive' | 'neutral' | 'negative';
  botAnswers: string[];
  language: string | null;
  /** The inquiry form's fields, for a conversation that came from the form. */
  form?: FormFields;
  /** What a bot flow collected before handing over (order number, email…). */
  variables?: Record<string, string>;
};

/**
 * The card an operator reads first: what the customer wants, what they mentioned, how they
 * feel and what the bot already told them, so the customer never repeats themselves.
 */
export function buildHandoffCard(options: {
  messages: TurnText[];
  reason: HandoffCard['reason'];
  /** The tenant's FAQ: the category of the closest entry names what the customer is about. */
  index: FaqIndex;
  language: string | null;
  /** A language model's summary (see bot-assistant.ts); the extractive one when absent. */
  summary?: string | null | undefined;
  /**
   * The tenant's trained intent classifier: its intent (when sure) names what the customer
   * wants; without one, or when it abstains, the closest FAQ's category does.
   */
  classifyIntent?: ((text: string) => string | null) | undefined;
  form?: FormFields | undefined;
  /** The analyses of the message being handled (see decideReply): read, not repeated. */
  analyses?: SharedAnalyses | undefined;
  /**
   * The customer's words already read, elsewhere (the answer policy's thread), from the same
   * request (`readingOf`): the card then does no analysis of its own.
   */
  reading?: CustomerReading | undefined;
}): HandoffCard {
  return withSharedAnalyses(options.analyses ?? new Map(), () => cardOf(options));
}

/**
 * How much of the customer's latest words the card reads for what they want (its summary,
 * keywords, intent and closest FAQ): a conversation reopened many times holds dozens of
 * earlier requests, and searching the FAQ for all of them at once cost milliseconds a handoff.
 */
export const CARD_ABOUT_CHARS = 600;

/**
 * What the customer wants now: their substantive messages since an operator last wrote (an
 * earlier request was answered by one), the latest first kept, within `CARD_ABOUT_CHARS`, at
 * least one; in the order written. A message repeated while waiting ("hello?", the same
 * question again) is read once, where it was last written: repeating says nothing new, and
 * would crowd out what else the customer said.
 */
export function latestRequest(messages: readonly TurnText[]): string[] {
  let from = 0;
  for (let k = messages.length - 1; k >= 0; k--) {
    if ((messages[k] as TurnText).author === 'agent') {
      from = k + 1;
      break;
    }
  }
  const customer = messages
    .slice(from)
    .filter((m) => m.author === 'customer')
    .map((m) => m.text);
  const substantive = customer.filter((t) => !isHandoffRequest(t));
  const candidates = substantive.length > 0 ? substantive : customer;
  return latestDistinct(candidates, CARD_ABOUT_CHARS, (text) => text.length);
}

/** What the card reads the customer's words from: the request, and all they wrote. */
export function readingOf(messages: readonly TurnText[]): { about: string[]; customer: string[] } {
  return {
    about: latestRequest(messages),
    customer: messages.filter((m) => m.author === 'customer').map((m) => m.text),
  };
}

function cardOf(options: Parameters<typeof buildHandoffCard>[0]): HandoffCard {
  const { about, customer } = readingOf(options.messages);
  const reading =
    options.reading ??
    readCustomer({ index: options.index, about, customer, withSummary: !options.summary });
  const trained = trainedIntent(about, options.classifyIntent);
  return {
    reason: options.reason,
    summary: options.summary || (reading.summary ?? ''),
    keywords: reading.keywords,
    intent: trained ?? reading.category,
    entities: reading.entities,
    sentiment: reading.sentiment,
    botAnswers: latestDistinct(
      options.messages.filter((m) => m.author === 'bot').map((m) => m.text),
      CARD_BOT_ANSWERS,
      () => 1,
    ),
    language: options.language,
    ...(options.form ? { form: options.form } : {}),
  };
}

/**
 * How many of the bot's answers the card lists: the latest, each once. A customer the bot did
 * not understand hears the same apology again and again; listed each time, it buried what the
 * bot did answer, and the card is stored with the conversation and read with it.
 */
export const CARD_BOT_ANSWERS = 10;

/**
 * The latest distinct texts (compared trimmed), each where it was last said, in the order said,
 * as many as fit in `budget` counted by `size`; at least one.
 */
function latestDistinct(
  texts: readonly string[],
  budget: number,
  size: (text: string) => number,
): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  let used = 0;
  for (let k = texts.length - 1; k >= 0; k--) {
    const text = texts[k] as string;
    const said = text.trim();
    if (seen.has(said)) continue;
    if (kept.length > 0 && used + size(text) > budget) break;
    seen.add(said);
    kept.push(text);
    used += size(text);
  }
  return kept.reverse();
}

/** The latest substantive message the classifier is sure of, else the whole request. */
function trainedIntent(
  texts: string[],
  classify: ((text: string) => string | null) | undefined,
): string | null {
  if (!classify) return null;
  for (const text of [...texts].reverse()) {
    const intent = classify(text);
    if (intent) return intent;
  }
  return texts.length > 1 ? classify(texts.join('\n')) : null;
}
