import type { ChatComplete } from '../llm/index.js';
import type { FaqIndex } from '../nlu/index.js';
import { decideReply } from './bot.js';
import { askGroundedAnswer, GROUNDING_ENTRIES, type GroundedAnswer } from './grounded-answer.js';
import { askHandoffSummary, type TurnText } from './handoff-summary.js';

/** What a language model adds to one customer message; nulls leave the bot as it is without one. */
export type BotAssist = { grounded: GroundedAnswer | null; summary: string | null };

export type BotAssistant = {
  /**
   * Asks the model what this message may need: an answer grounded in the tenant's FAQ
   * candidates when retrieval alone is unsure, and a summary when the turn hands over.
   * Run before the conversation is locked, so a slow model holds no lock; the decision made
   * afterwards under the lock uses what came back.
   */
  prepare(options: {
    text: string;
    /** The conversation's tenant's index: the only FAQ entries the model ever sees. */
    index: FaqIndex;
    botMisses: number;
    fallbackLanguage: string | null;
    /** The conversation so far, read only when a summary is wanted. */
    history: () => Promise<TurnText[]>;
  }): Promise<BotAssist>;
};

/** The customer waits for this one, so it may take a few seconds. */
export const ANSWER_TIMEOUT_MS = 8000;
/** The handoff waits for this one: kept tight, the extractive summary is a fine fallback. */
export const SUMMARY_TIMEOUT_MS = 3000;

export function createBotAssistant(options: {
  complete: ChatComplete;
  answerTimeoutMs?: number;
  summaryTimeoutMs?: number;
}): BotAssistant {
  const answerTimeoutMs = options.answerTimeoutMs ?? ANSWER_TIMEOUT_MS;
  const summaryTimeoutMs = options.summaryTimeoutMs ?? SUMMARY_TIMEOUT_MS;
  return {
    async prepare({ text, index, botMisses, fallbackLanguage, history }) {
      const plain = decideReply({ text, index, botMisses, fallbackLanguage });
      let grounded: GroundedAnswer | null = null;
      // Only a miss asks the model: direct answers, small talk and requests for a human do not.
      if (plain.answered === null && plain.botMisses > botMisses) {
        const candidates = index.search(text.trim(), { limit: GROUNDING_ENTRIES });
        grounded = await askGroundedAnswer({
          complete: options.complete,
          question: text.trim(),
          entries: candidates,
          language: plain.language,
          timeoutMs: answerTimeoutMs,
        });
      }
      const decision = grounded
        ? decideReply({ text, index, botMisses, fallbackLanguage, grounded })
        : plain;
      let summary: string | null = null;
      if (decision.handoff) {
        const turn: TurnText[] = [
          { author: 'customer', text },
          ...decision.replies.map((reply) => ({ author: 'bot' as const, text: reply.text })),
        ];
        summary = await askHandoffSummary({
          complete: options.complete,
          messages: [...(await history()), ...turn],
          timeoutMs: summaryTimeoutMs,
        });
      }
      return { grounded, summary };
    },
  };
}
